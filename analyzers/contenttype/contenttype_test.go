package contenttype_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/contenttype"
	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

func TestReports(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), contenttype.Analyzer,
		"contenttype/report", "contenttype/noreport", "contenttype/clients", "contenttype/lookalike", "contenttype/transport",
		"contenttype/foreign", "contenttype/dialect")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtest.TestData(), contenttype.Analyzer, "contenttype/fix")
}

// TestFixesCompose applies every fix of a package at once and checks
// that the result is gofmt-clean and compiles.
func TestFixesCompose(t *testing.T) {
	for _, pkg := range []string{"contenttype/fix", "contenttype/report", "contenttype/clients"} {
		t.Run(pkg, func(t *testing.T) {
			if n := fixtest.Run(t, fixtest.TestData(), contenttype.New(), pkg); n == 0 {
				t.Errorf("no fixes in %s", pkg)
			}
		})
	}
}

// TestNoFixForOtherJSON checks that a package that sends another JSON
// media type gets findings but no fix that writes application/json.
func TestNoFixForOtherJSON(t *testing.T) {
	if n := fixtest.Run(t, fixtest.TestData(), contenttype.New(), "contenttype/dialect"); n != 0 {
		t.Errorf("%d fixes in contenttype/dialect, want none", n)
	}
}
