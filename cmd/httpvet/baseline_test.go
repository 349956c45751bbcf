package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// baseSrc has two findings: a client with no timeout in New, and an
// unclosed body in Client.Read (a method, so the key names Recv.Method).
const baseSrc = `package m

import (
	"io"
	"net/http"
)

type Client struct{ c *http.Client }

func New() *Client {
	return &Client{c: &http.Client{}}
}

func (cl *Client) Read(u string) ([]byte, error) {
	resp, err := cl.c.Get(u)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 {
		return nil, io.EOF
	}
	return io.ReadAll(resp.Body)
}
`

func TestBaseline(t *testing.T) {
	dir := module(t, map[string]string{"m.go": baseSrc, "m_test.go": testFile})
	file := filepath.Join(dir, "m.go")
	check := func(label string, wantCode int, want ...string) string {
		t.Helper()
		stdout, stderr, code := runSplit(t, dir, nil, binary, "-baseline=httpvet-baseline.json", "./...")
		if code != wantCode {
			t.Errorf("%s: exit %d, want %d:\n%s%s", label, code, wantCode, stdout, stderr)
		}
		lines := strings.Split(strings.TrimSpace(stdout), "\n")
		if stdout == "" {
			lines = nil
		}
		if len(lines) != len(want) {
			t.Errorf("%s: %d findings, want %d:\n%s", label, len(lines), len(want), stdout)
			return stdout
		}
		for i, w := range want {
			if !strings.Contains(lines[i], w) {
				t.Errorf("%s: finding %q lacks %q", label, lines[i], w)
			}
		}
		return stdout
	}

	// No baseline yet: an error that says how to make one.
	_, stderr, code := runSplit(t, dir, nil, binary, "-baseline=httpvet-baseline.json", "./...")
	if code != 1 || !strings.Contains(stderr, "-baseline-update") {
		t.Errorf("missing baseline: exit %d:\n%s", code, stderr)
	}

	_, stderr, code = runSplit(t, dir, nil, binary, "-baseline=httpvet-baseline.json", "-baseline-update", "./...")
	if code != 0 || !strings.Contains(stderr, "2 findings recorded") {
		t.Fatalf("-baseline-update: exit %d:\n%s", code, stderr)
	}
	data := read(t, filepath.Join(dir, "httpvet-baseline.json"))
	want := `{
  "version": 1,
  "findings": [
    {"rule":"bodyclose","file":"example.com/m/m.go","func":"Client.Read","line":"` + lineHash("resp, err := cl.c.Get(u)") + `","n":0},
    {"rule":"clienttimeout","file":"example.com/m/m.go","func":"New","line":"` + lineHash("return &Client{c: &http.Client{}}") + `","n":0}
  ]
}
`
	if data != want {
		t.Errorf("baseline file:\n%s\nwant:\n%s", data, want)
	}
	var parsed baselineFile
	if err := json.Unmarshal([]byte(data), &parsed); err != nil {
		t.Errorf("baseline is not JSON: %v", err)
	}
	check("unchanged", 0)

	// Edits above, inside and below the functions, and white space
	// changed on the finding's line: still nothing new.
	edited := strings.Replace(baseSrc, "type Client", "// A comment above.\nvar x = 1\n\ntype Client", 1)
	edited = strings.Replace(edited, "\tresp, err := cl.c.Get(u)\n", "\tu = u + \"/\"\n\tresp, err :=   cl.c.Get(u)\n", 1)
	edited += "\nfunc Below() {}\n"
	write(t, file, edited)
	check("edited above, inside, below", 0)

	// The function moved below another.
	moved := strings.Replace(edited, "func New() *Client {\n\treturn &Client{c: &http.Client{}}\n}\n", "", 1) + "\nfunc New() *Client {\n\treturn &Client{c: &http.Client{}}\n}\n"
	write(t, file, moved)
	check("function moved", 0)

	// A second identical finding in the same function is new.
	second := strings.Replace(moved, "\treturn &Client{c: &http.Client{}}\n}\n", "\t_ = &Client{c: &http.Client{}}\n\treturn &Client{c: &http.Client{}}\n}\n", 1)
	write(t, file, second)
	out := check("second identical finding", 3, "http.Client has no Timeout")
	if !strings.Contains(out, "(clienttimeout)") {
		t.Errorf("the new finding is not reported: %s", out)
	}

	// The same line in another function is new too.
	other := moved + "\nfunc Other() *Client {\n\treturn &Client{c: &http.Client{}}\n}\n"
	write(t, file, other)
	check("same line in another function", 3, "http.Client has no Timeout")

	// A fixed finding drops out on the next update; updating twice gives
	// the same file.
	fixed := strings.Replace(moved, "&http.Client{}", "&http.Client{Timeout: 1}", 1)
	write(t, file, fixed)
	check("fixed", 0)
	runSplit(t, dir, nil, binary, "-baseline=httpvet-baseline.json", "-baseline-update", "./...")
	after := read(t, filepath.Join(dir, "httpvet-baseline.json"))
	if strings.Contains(after, "clienttimeout") || !strings.Contains(after, "bodyclose") {
		t.Errorf("after the fix:\n%s", after)
	}
	runSplit(t, dir, nil, binary, "-baseline=httpvet-baseline.json", "-baseline-update", "./...")
	if again := read(t, filepath.Join(dir, "httpvet-baseline.json")); again != after {
		t.Errorf("a second update changed the file:\n%s\n%s", after, again)
	}

	// A broken package: the baseline is not updated (its findings are
	// unknown).
	write(t, filepath.Join(dir, "bad", "b.go"), "package bad\n\nvar x int = \"s\"\n")
	_, stderr, code = runSplit(t, dir, nil, binary, "-baseline=httpvet-baseline.json", "-baseline-update", "./...")
	if code != 1 || !strings.Contains(stderr, "not updated") {
		t.Errorf("broken package: exit %d:\n%s", code, stderr)
	}
}

func lineHash(line string) string { return lineKey(line) }
