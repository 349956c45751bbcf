package bodyclose_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/bodyclose"
	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

func TestReports(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), bodyclose.Analyzer, "bodyclose/basic")
}

func TestPeers(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), bodyclose.Analyzer, "bodyclose/peers/...")
}
