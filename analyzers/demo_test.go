package analyzers_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/httpvet/httpvet/analyzers"
)

// TestDemoFiresEveryRule keeps the README's first command honest: the
// bundled demo must make every rule of the suite report.
func TestDemoFiresEveryRule(t *testing.T) {
	dir, _ := filepath.Abs(filepath.Join("..", "testdata", "demo"))
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Dir: dir}, ".")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the demo does not load")
	}
	rules := analyzers.Rules()
	graph, err := checker.Analyze(rules, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	fired := make(map[string]int)
	for act := range graph.All() {
		if act.IsRoot {
			if act.Err != nil {
				t.Errorf("%s: %v", act, act.Err)
			}
			fired[act.Analyzer.Name] += len(act.Diagnostics)
		}
	}
	for _, a := range rules {
		if fired[a.Name] == 0 {
			t.Errorf("rule %s does not fire on the demo", a.Name)
		}
	}
}
