package statuscheck

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/internal/respflow"
	"github.com/httpvet/httpvet/analyzers/internal/scaffold"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer is the statuscheck rule.
var Analyzer = New()

// New returns a new statuscheck analyzer.
func New() *analysis.Analyzer {
	return scaffold.New(scaffold.Rule{
		Name:     "statuscheck",
		Doc:      doc,
		Requires: []*analysis.Analyzer{respflow.Analyzer},
		Fixes:    scaffold.Safe,
		Run:      run,
	})
}

func run(pass *analysis.Pass, rep *suppress.Reporter) error {
	flows := pass.ResultOf[respflow.Analyzer].(*respflow.Result)
	for _, r := range flows.Responses {
		name := "resp"
		if r.Var != nil {
			name = r.Var.Name()
		}
		for _, read := range r.Unchecked {
			if decodesEnvelope(pass.TypesInfo, read) {
				continue
			}
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
	return nil
}

// decodesEnvelope reports whether the statement of read decodes the body
// into an envelope: a struct with a bool field Ok, OK, Success or
// Successful. APIs built that way (Telegram's, Slack's) say in the body
// whether the call failed, and the code checks that field instead of the
// status.
func decodesEnvelope(info *types.Info, read respflow.Read) bool {
	if read.Stmt == nil {
		return false
	}
	found := false
	ast.Inspect(read.Stmt, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && !found {
			found = isEnvelope(info.TypeOf(e))
		}
		return !found
	})
	return found
}

func isEnvelope(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if _, ok := t.Underlying().(*types.Struct); !ok {
		return false
	}
	for _, name := range []string{"Ok", "OK", "Success", "Successful"} {
		// Also promoted from an embedded struct (slack-go's SlackResponse).
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
		if v, ok := obj.(*types.Var); ok && v.IsField() {
			if b, ok := v.Type().Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
				return true
			}
		}
	}
	return false
}
