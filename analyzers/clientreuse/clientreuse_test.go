package clientreuse_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/clientreuse"
	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

// packages are the testdata packages checked with the default flags.
var packages = []string{
	"clientreuse/report",
	"clientreuse/noreport",
	"clientreuse/fix",
	"clientreuse/mainpkg",
	"clientreuse/lookalike",
	"clientreuse/linger",
	"clientreuse/names",
}

func TestAnalyzer(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtest.TestData(), clientreuse.Analyzer, packages...)
}

// TestFixesCompose applies every fix of a package at once and checks that
// the result is gofmt-clean and compiles.
func TestFixesCompose(t *testing.T) {
	if n := fixtest.Run(t, fixtest.TestData(), clientreuse.New(), packages...); n == 0 {
		t.Error("no fix applied")
	}
}

// TestTests checks that _test.go files are skipped unless -tests is set.
func TestTests(t *testing.T) {
	var ignored recorder // the test file's expectations are not met, as intended
	for _, res := range analysistest.Run(&ignored, fixtest.TestData(), clientreuse.New(), "clientreuse/tests") {
		for _, d := range res.Diagnostics {
			t.Errorf("%s: reported with tests off: %s", res.Pass.Fset.Position(d.Pos), d.Message)
		}
	}

	a := clientreuse.New()
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, fixtest.TestData(), a, "clientreuse/tests")
}

type recorder struct{}

func (recorder) Errorf(string, ...any) {}
