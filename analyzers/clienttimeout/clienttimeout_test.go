package clienttimeout_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/clienttimeout"
	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

func TestReports(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), clienttimeout.Analyzer,
		"clienttimeout/report", "clienttimeout/noreport", "clienttimeout/initbound",
		"clienttimeout/lookalike", "clienttimeout/alias", "clienttimeout/testfiles",
		"clienttimeout/importfix", "clienttimeout/stream", "clienttimeout/callertest")
}

func TestTestsFlag(t *testing.T) {
	a := clienttimeout.New()
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, fixtest.TestData(), a, "clienttimeout/testfilesflag")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtest.TestData(), clienttimeout.Analyzer,
		"clienttimeout/fix", "clienttimeout/sharedfix", "clienttimeout/sharednolint", "clienttimeout/stream",
		"clienttimeout/converge", "clienttimeout/configured", "clienttimeout/configuredtest")
}

func TestFixesCompose(t *testing.T) {
	for _, pkg := range []string{"clienttimeout/fix", "clienttimeout/sharedfix", "clienttimeout/report", "clienttimeout/alias", "clienttimeout/stream", "clienttimeout/converge"} {
		t.Run(pkg, func(t *testing.T) {
			if n := fixtest.Run(t, fixtest.TestData(), clienttimeout.New(), pkg); n == 0 {
				t.Errorf("no fixes in %s", pkg)
			}
		})
	}
}

func TestDefaultFlag(t *testing.T) {
	a := clienttimeout.New()
	if err := a.Flags.Set("default", "1m30s"); err != nil {
		t.Fatal(err)
	}
	fixtest.Run(t, fixtest.TestData(), a, "clienttimeout/fix")
}
