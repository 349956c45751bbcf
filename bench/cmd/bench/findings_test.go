package main

import "testing"

// TestParseTree reads httpvet's -format=json: an array, one record a
// line; a record given twice counts once.
func TestParseTree(t *testing.T) {
	out := []byte(`[
{"rule":"bodyclose","posn":"/src/a.go:3:4","end":"/src/a.go:3:9","message":"m","fixes":[{"message":"f","edits":[{"filename":"/src/a.go","start":1,"end":2,"new":"x"},{"filename":"/src/a.go","start":5,"end":5,"new":"y"}]}]},
{"rule":"bodyclose","posn":"/src/a.go:3:4","end":"/src/a.go:3:9","message":"m","fixes":[]},
{"rule":"clienttimeout","posn":"/src/a.go:1:1","end":"/src/a.go:1:2","message":"n","fixes":[]}
]
`)
	fs, errs, err := parseTree(out, &positions{})
	if err != nil || len(errs) != 0 {
		t.Fatal(err, errs)
	}
	if len(fs) != 2 || fs[0].rule != "clienttimeout" || fs[1].rule != "bodyclose" || !fs[1].fixable || fs[1].edits != 2 || fs[0].fixable {
		t.Errorf("parseTree = %+v", fs)
	}
	if _, _, err := parseTree([]byte(`{"example.com/m": {}}`), &positions{}); err == nil {
		t.Errorf("the old x/tools tree is accepted")
	}
}
