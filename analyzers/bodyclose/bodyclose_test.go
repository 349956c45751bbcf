package bodyclose_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/bodyclose"
	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

func TestReports(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), bodyclose.Analyzer, "bodyclose/basic", "bodyclose/realcode")
}

func TestPeers(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), bodyclose.Analyzer, "bodyclose/peers/...")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtest.TestData(), bodyclose.Analyzer, "bodyclose/fix")
}

func TestFixesCompose(t *testing.T) {
	for _, pkg := range []string{"bodyclose/fix", "bodyclose/basic", "bodyclose/peers"} {
		t.Run(pkg, func(t *testing.T) {
			if n := fixtest.Run(t, fixtest.TestData(), bodyclose.New(), pkg); n == 0 {
				t.Errorf("no fixes in %s", pkg)
			}
		})
	}
}

// TestAcrossPackages: helpers of another package are judged by the
// summaries their package exports as facts.
func TestAcrossPackages(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), bodyclose.Analyzer, "bodyclose/across/...")
}
