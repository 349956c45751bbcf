// Package fixtest checks that the suggested fixes of an analyzer compose:
// applying every fix of a package at once must give gofmt-clean source
// that still type-checks. analysistest compares fixes with golden files
// but formats both sides first and never compiles the result.
package fixtest

import (
	"bytes"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
)

// Run runs a over the packages of testdata dir (GOPATH layout, as for
// analysistest), applies all suggested fixes of each package together
// and checks the result formats unchanged and type-checks.
// It returns the number of fixes applied.
func Run(t *testing.T, dir string, a *analysis.Analyzer, patterns ...string) int {
	t.Helper()
	results := analysistest.Run(t, dir, a, patterns...)
	overlay := make(map[string][]byte)
	applied := 0
	for _, res := range results {
		pass := res.Pass
		edits := make(map[string][]analysis.TextEdit)
		for _, d := range res.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			applied++
			for _, e := range d.SuggestedFixes[0].TextEdits {
				name := pass.Fset.File(e.Pos).Name()
				edits[name] = append(edits[name], e)
			}
		}
		for name, es := range edits {
			if _, done := overlay[name]; done {
				continue // the same file in a package and its test variant
			}
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			base := pass.Fset.File(es[0].Pos).Base()
			out, err := fixes.Apply(src, base, es)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if formatted, err := format.Source(out); err != nil {
				t.Errorf("%s: fixed source does not parse: %v\n%s", name, err, out)
				continue
			} else if !sameLayout(formatted, out) {
				t.Errorf("%s: fixed source is not gofmt-clean:\n%s", name, out)
			}
			overlay[name] = out
		}
	}
	if len(overlay) == 0 {
		return applied
	}
	cfg := &packages.Config{
		Mode:    packages.LoadSyntax,
		Dir:     dir,
		Tests:   true,
		Env:     append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("after applying all fixes: %v", e)
		}
	})
	if t.Failed() {
		for name, src := range overlay {
			t.Logf("%s after fixes:\n%s", filepath.Base(name), src)
		}
	}
	return applied
}

// sameLayout reports whether a and b have the same lines with the same
// tokens. A fix that renames something may leave the trailing comments
// of neighbouring lines misaligned; gofmt realigns them (the x/tools
// drivers format what they fix), and nothing else may differ.
func sameLayout(a, b []byte) bool {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	if len(la) != len(lb) {
		return false
	}
	for i := range la {
		if !slices.EqualFunc(bytes.Fields(la[i]), bytes.Fields(lb[i]), bytes.Equal) {
			return false
		}
	}
	return true
}

// TestData returns the absolute path of the repository's testdata
// directory, for the tests of any package of the module.
func TestData() string {
	dir, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	// The module's root holds go.mod; tests run in their package's
	// directory, at any depth below it.
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			panic("fixtest: no go.mod above the test's directory")
		}
		dir = parent
	}
}

// RunFixed runs the fixed code of a test package: it copies golden (a
// .golden file that analysistest has checked to be the package with all
// fixes applied) into a module of its own with testSource as a _test.go
// file, and runs go test there. A fix that compiles can still crash or
// change what working code does; testSource calls the fixed functions
// against httptest servers and failing transports to show it does not.
// The module uses the standard library only, so no network is needed.
func RunFixed(t *testing.T, golden, testSource string) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs go test on the fixed code")
	}
	src, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	base := strings.TrimSuffix(filepath.Base(golden), ".golden")
	files := map[string]string{
		"go.mod":        "module fixed\n\ngo 1.26\n",
		base:            string(src),
		"fixed_test.go": testSource,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("go", "test", "-count=1", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go test on the fixed code of %s: %v\n%s", golden, err, out)
	}
}
