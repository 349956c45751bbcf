package scaffold_test

import (
	"go/ast"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/scaffold"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
)

const doc = `Package demo is a rule for tests.

# Analyzer demo

demo: report calls of println

It reports every call of the builtin println.
`

// demo reports every println call through the scaffold's reporter.
func demo() *analysis.Analyzer {
	return scaffold.New(scaffold.Rule{
		Name:       "demo",
		Doc:        "/*\n" + doc + "*/\npackage demo\n",
		Production: true,
		Imports:    knowledge.HTTPPackages,
		Fixes:      scaffold.Safe,
		Run: func(pass *analysis.Pass, rep *suppress.Reporter) error {
			for _, f := range pass.Files {
				if rep.Skips(f) {
					continue
				}
				ast.Inspect(f, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "println" {
							rep.Reportf(call.Pos(), "call of println")
						}
					}
					return true
				})
			}
			return nil
		},
	})
}

func TestRule(t *testing.T) {
	// a: a finding, one silenced by a directive, one whose directive names
	// another rule, and a test file that is skipped. b: no net/http, no run.
	results := analysistest.Run(t, fixtest.TestData(), demo(), "scaffold/a", "scaffold/b")
	for _, r := range results {
		res, ok := r.Result.(*suppress.Result)
		if !ok {
			t.Fatalf("%s: result %T, want *suppress.Result", r.Pass.Pkg.Path(), r.Result)
		}
		if res.Rule != "demo" || !res.SkippedTests {
			t.Errorf("%s: result %+v", r.Pass.Pkg.Path(), res)
		}
		if r.Pass.Pkg.Path() == "scaffold/a" && len(res.Used) != 1 {
			t.Errorf("scaffold/a: %d directives used, want 1", len(res.Used))
		}
	}
}

func TestTestsFlag(t *testing.T) {
	a := demo()
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(&quiet{T: t}, fixtest.TestData(), a, "scaffold/a")
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if strings.HasSuffix(r.Pass.Fset.File(d.Pos).Name(), "_test.go") {
				n++
			}
		}
	}
	if n == 0 {
		t.Error("-tests=true: no finding in the test file")
	}
}

// quiet lets a test look at findings that testdata does not state (the
// test file's, found only with -tests).
type quiet struct{ *testing.T }

func (q *quiet) Errorf(format string, args ...any) {}

func TestAnalyzer(t *testing.T) {
	a := demo()
	if a.Name != "demo" || a.URL != scaffold.URLBase+"demo" || !strings.HasPrefix(a.Doc, "report calls of println") {
		t.Errorf("analyzer: name %q, URL %q, doc %q", a.Name, a.URL, a.Doc)
	}
	if a.Flags.Lookup("tests") == nil {
		t.Error("a production rule has no -tests flag")
	}
	found := false
	for _, req := range a.Requires {
		found = found || req == suppress.Analyzer
	}
	if !found {
		t.Error("the rule does not require the directives' analyzer: //httpvet:ignore would be silently off")
	}
	if b, c := demo(), demo(); b.Flags.Lookup("tests") == c.Flags.Lookup("tests") {
		t.Error("two analyzers share a flag")
	}
}

func TestTiers(t *testing.T) {
	demo()
	if got := scaffold.TierOf("demo"); got != scaffold.Safe {
		t.Errorf("TierOf(demo) = %v, want safe", got)
	}
	if got := scaffold.TierOf("nosuchrule"); got != scaffold.BehaviourChanging {
		t.Errorf("TierOf(nosuchrule) = %v, want behaviour-changing: a rule that declares nothing is not safe", got)
	}
}
