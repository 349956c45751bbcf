package statuscheck_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
	"github.com/httpvet/httpvet/analyzers/statuscheck"
)

func TestReports(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), statuscheck.Analyzer, "statuscheck/basic")
}

func TestPeers(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), statuscheck.Analyzer, "statuscheck/peers/...")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtest.TestData(), statuscheck.Analyzer, "statuscheck/fix")
}

func TestFixesCompose(t *testing.T) {
	for _, pkg := range []string{"statuscheck/fix", "statuscheck/basic", "statuscheck/peers"} {
		t.Run(pkg, func(t *testing.T) {
			if n := fixtest.Run(t, fixtest.TestData(), statuscheck.New(), pkg); n == 0 {
				t.Errorf("no fixes in %s", pkg)
			}
		})
	}
}

// TestAcrossPackages: whether a function of another package returns a
// checked response, or checks one it is given, is known from its facts.
func TestAcrossPackages(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), statuscheck.Analyzer, "statuscheck/across/...")
}
