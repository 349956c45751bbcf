package statuscheck

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/internal/docs"
	"github.com/httpvet/httpvet/analyzers/internal/respflow"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer is the statuscheck rule.
var Analyzer = New()

// New returns a new statuscheck analyzer.
func New() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "statuscheck",
		Doc:        docs.Extract(doc, "statuscheck"),
		URL:        "https://pkg.go.dev/github.com/httpvet/httpvet/analyzers/statuscheck",
		Requires:   []*analysis.Analyzer{respflow.Analyzer, suppress.Analyzer},
		ResultType: suppress.ResultType,
		Run:        run,
	}
}

func run(pass *analysis.Pass) (any, error) {
	rep := suppress.NewReporter(pass, false)
	flows := pass.ResultOf[respflow.Analyzer].(*respflow.Result)
	for _, r := range flows.Responses {
		name := "resp"
		if r.Var != nil {
			name = r.Var.Name()
		}
		for _, read := range r.Unchecked {
			d := analysis.Diagnostic{
				Pos:     read.Pos,
				End:     read.End,
				Message: fmt.Sprintf("%s.Body is read as data before %s.StatusCode is checked: an error response would be taken for the result; check the status first", name, name),
			}
			if fix := guardFix(pass, r, read); fix != nil {
				d.SuggestedFixes = []analysis.SuggestedFix{*fix}
			}
			rep.Report(d)
		}
	}
	return rep.Result(), nil
}
