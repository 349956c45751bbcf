package suppress

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"
)

func TestParseDirective(t *testing.T) {
	tests := []struct {
		text   string
		rules  []string
		reason string
		ok     bool // a directive of ours at all
	}{
		{"//httpvet:ignore clienttimeout -- bounded by ctx", []string{"clienttimeout"}, "bounded by ctx", true},
		{"//httpvet:ignore a,b because", []string{"a", "b"}, "because", true},
		{"//httpvet:ignore bodyclose", []string{"bodyclose"}, "", true},
		{"//httpvet:ignore", nil, "", true},
		{"//httpvet:ignored x y", nil, "", false},
	}
	fset := token.NewFileSet()
	fset.AddFile("a.go", -1, 100)
	for _, tt := range tests {
		d := parseDirective(fset, &ast.Comment{Slash: 1, Text: tt.text})
		if (d != nil) != tt.ok {
			t.Errorf("%q: directive = %v, want ours = %v", tt.text, d, tt.ok)
			continue
		}
		if d == nil {
			continue
		}
		if !slices.Equal(d.Rules, tt.rules) || d.Reason != tt.reason {
			t.Errorf("%q: rules %q reason %q, want %q %q", tt.text, d.Rules, d.Reason, tt.rules, tt.reason)
		}
		if d.Valid() != (len(tt.rules) > 0 && tt.reason != "") {
			t.Errorf("%q: Valid() = %v", tt.text, d.Valid())
		}
	}
}

// A directive covers its own line and the next one.
func TestLines(t *testing.T) {
	src := "package a\n\n//httpvet:ignore r -- why\nvar x = 1\nvar y = 2 //httpvet:ignore r -- why\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "a.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var dirs []*Directive
	for _, g := range f.Comments {
		for _, c := range g.List {
			dirs = append(dirs, parseDirective(fset, c))
		}
	}
	if dirs[0].Line != 3 || dirs[1].Line != 5 {
		t.Errorf("lines %d, %d; want 3, 5", dirs[0].Line, dirs[1].Line)
	}
}
