package ignore_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/clienttimeout"
	"github.com/httpvet/httpvet/analyzers/ignore"
	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

func TestIgnore(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), ignore.New(clienttimeout.New()), "ignore/a")
}
