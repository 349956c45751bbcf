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
