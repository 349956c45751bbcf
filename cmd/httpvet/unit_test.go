package main

import (
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestMergeEdits: identical edits (two findings declaring one shared
// client) coalesce; overlapping ones conflict; insertions at one point
// are kept in order.
func TestMergeEdits(t *testing.T) {
	acc := []edit{{10, 10, "import"}, {20, 25, "x"}}
	if got, ok := mergeEdits(acc, []edit{{10, 10, "import"}, {30, 30, "y"}}); !ok || len(got) != 3 {
		t.Errorf("identical edit: %v %v", got, ok)
	}
	if _, ok := mergeEdits(acc, []edit{{22, 27, "z"}}); ok {
		t.Errorf("overlapping replacements merged")
	}
	if _, ok := mergeEdits(acc, []edit{{22, 22, "z"}}); ok {
		t.Errorf("an insertion inside a replacement merged")
	}
	if got, ok := mergeEdits(acc, []edit{{10, 10, "other"}, {25, 25, "after"}, {20, 20, "before"}}); !ok || len(got) != 5 {
		t.Errorf("insertions at edges: %v %v", got, ok)
	}
}

// TestApplyEdits: inserted lines take the file's CRLF; a BOM stays.
func TestApplyEdits(t *testing.T) {
	src := "\xef\xbb\xbfpackage p\r\n\r\nfunc f() {\r\n}\r\n"
	i := strings.Index(src, "}")
	got := string(applyEdits([]byte(src), []edit{{i, i, "\tprintln()\n"}}))
	want := "\xef\xbb\xbfpackage p\r\n\r\nfunc f() {\r\n\tprintln()\r\n}\r\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestUnifiedDiff: hunks with context, and the redactor applied.
func TestUnifiedDiff(t *testing.T) {
	var before, after []string
	for range 30 {
		before = append(before, "line")
		after = append(after, "line")
	}
	before[2], after[2] = "old secretvalue", "new"
	after = append(after[:20], append([]string{"inserted"}, after[20:]...)...)
	var b strings.Builder
	writeUnifiedDiff(&b, "f.go", []byte(strings.Join(before, "\n")+"\n"), []byte(strings.Join(after, "\n")+"\n"), &redactor{secrets: []string{"secretvalue"}})
	want := `--- a/f.go
+++ b/f.go
@@ -1,6 +1,6 @@
 line
 line
-old secr…
+new
 line
 line
 line
@@ -18,6 +18,7 @@
 line
 line
 line
+inserted
 line
 line
 line
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestRedact: the longest secret first, each shown as 4 characters.
func TestRedact(t *testing.T) {
	r := &redactor{secrets: []string{"Bearer abcdefgh", "abcdefgh"}}
	if got := r.redact(`h.Set("Authorization", "Bearer abcdefgh") // abcdefgh`); got != `h.Set("Authorization", "Bear…") // abcd…` {
		t.Errorf("redact = %s", got)
	}
}

// TestDescribeError: the compiler's first error, relative paths, and
// for a module that needs a newer Go, what to do.
func TestDescribeError(t *testing.T) {
	for _, tt := range []struct {
		e    packages.Error
		want string
	}{
		{packages.Error{Pos: "./m.go:3:13", Msg: "cannot use x"}, "m.go:3:13: cannot use x"},
		{packages.Error{Pos: "-", Msg: "# example.com/m\n./a.go:1:1: first\n./a.go:2:1: second"}, "a.go:1:1: first"},
		{packages.Error{Pos: "m.go:1:1", Msg: "package requires newer Go version go1.27 (application built with go1.26)"}, "the module requires go1.27, but this httpvet was built with " + runtime.Version() + ": rebuild it with go1.27 or later (go install github.com/httpvet/httpvet/cmd/httpvet@latest)"},
	} {
		if got := describeError(tt.e); got != tt.want {
			t.Errorf("describeError(%q) = %q, want %q", tt.e.Msg, got, tt.want)
		}
	}
}
