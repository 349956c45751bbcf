package insecuretls_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/insecuretls"
	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
)

func TestReport(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtest.TestData(), insecuretls.Analyzer, "insecuretls/report", "insecuretls/fix", "insecuretls/misses")
}

func TestNoReport(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), insecuretls.Analyzer, "insecuretls/noreport", "insecuretls/lookalike")
}

// TestFixesCompose applies all fixes of each package at once and checks
// the result is gofmt-clean and compiles.
func TestFixesCompose(t *testing.T) {
	if n := fixtest.Run(t, fixtest.TestData(), insecuretls.New(), "insecuretls/report", "insecuretls/fix", "insecuretls/misses"); n == 0 {
		t.Error("no fixes applied")
	}
	a := insecuretls.New()
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	fixtest.Run(t, fixtest.TestData(), a, "insecuretls/tests")
}

func TestRuntime(t *testing.T) {
	a := insecuretls.New()
	if err := a.Flags.Set("runtime", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, fixtest.TestData(), a, "insecuretls/runtime")
	// Values chosen at run time are still not reported by default.
	expectNothing(t, insecuretls.New(), "insecuretls/runtime")
}

func TestTests(t *testing.T) {
	a := insecuretls.New()
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, fixtest.TestData(), a, "insecuretls/tests")

	// By default the _test.go file is skipped, and the result says so
	// for the ignore analyzer.
	for _, res := range expectNothing(t, insecuretls.Analyzer, "insecuretls/tests") {
		if r, ok := res.Result.(*suppress.Result); !ok || !r.SkippedTests {
			t.Errorf("%s: result %#v, want SkippedTests", res.Pass.Pkg.Path(), res.Result)
		}
	}
}

// TestNewIsFresh checks that analyzers from New share no flag state.
func TestNewIsFresh(t *testing.T) {
	a, b := insecuretls.New(), insecuretls.New()
	if err := a.Flags.Set("runtime", "true"); err != nil {
		t.Fatal(err)
	}
	if got := b.Flags.Lookup("runtime").Value.String(); got != "false" {
		t.Errorf("runtime of a second analyzer = %s, want false", got)
	}
	if got := insecuretls.Analyzer.Flags.Lookup("runtime").Value.String(); got != "false" {
		t.Errorf("runtime of Analyzer = %s, want false", got)
	}
	if !strings.HasPrefix(a.Doc, "report tls.Configs that") {
		t.Errorf("Doc does not start with the summary: %q", a.Doc)
	}
}

// expectNothing runs a over packages whose // want comments are for
// another configuration, and checks it reports nothing: the only
// complaints must be unmet expectations.
func expectNothing(t *testing.T, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	var rec recorder
	results := analysistest.Run(&rec, fixtest.TestData(), a, pkgs...)
	if len(results) == 0 {
		t.Fatalf("no packages analyzed: %v", rec.errors)
	}
	for _, e := range rec.errors {
		if !strings.Contains(e, "no diagnostic was reported matching") {
			t.Error(e)
		}
	}
	for _, res := range results {
		for _, d := range res.Diagnostics {
			t.Errorf("%s: unexpected diagnostic: %s", res.Pass.Fset.Position(d.Pos), d.Message)
		}
	}
	return results
}

// recorder is an analysistest.Testing that records errors.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
