package bodyclose

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
	"github.com/httpvet/httpvet/analyzers/internal/respflow"
	"github.com/httpvet/httpvet/analyzers/internal/scaffold"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer is the bodyclose rule.
var Analyzer = New()

// New returns a new bodyclose analyzer.
func New() *analysis.Analyzer {
	return scaffold.New(scaffold.Rule{
		Name:     "bodyclose",
		Doc:      doc,
		Requires: []*analysis.Analyzer{respflow.Analyzer},
		Run:      run,
	})
}

func run(pass *analysis.Pass, rep *suppress.Reporter) error {
	flows := pass.ResultOf[respflow.Analyzer].(*respflow.Result)
	for _, r := range flows.Responses {
		for _, pos := range r.DeferLoop {
			rep.Report(analysis.Diagnostic{
				Pos:     pos,
				Message: "defer closes this response body only when the function returns, not at the end of the loop iteration: every iteration keeps a connection open until then; close the body before the next iteration (or move the loop body into a function)",
			})
		}
		if d, ok := diagnose(pass, r); ok {
			rep.Report(d)
		}
	}
	return nil
}

func diagnose(pass *analysis.Pass, r *respflow.Response) (analysis.Diagnostic, bool) {
	d := analysis.Diagnostic{Pos: r.Call.Pos(), End: r.Call.End()}
	switch {
	case r.Discarded:
		d.Message = "the response is discarded, so its body is never closed and its connection leaks; bind it and close its body"
	case len(r.Leaks) == 0:
		return d, false
	default:
		leak := r.Leaks[0]
		line := pass.Fset.Position(leak.Pos).Line
		name := "resp"
		if r.Var != nil {
			name = r.Var.Name()
		}
		switch {
		case leak.Iteration:
			d.Message = fmt.Sprintf("%s.Body is not closed before the loop calls again: one connection leaks per iteration; close it before the next iteration", name)
		case leak.AnyClose:
			d.Message = fmt.Sprintf("%s.Body is not closed on the path that leaves the function at line %d: its connection leaks there; close it on every path (defer %s.Body.Close() after the error check)", name, line, name)
		default:
			d.Message = fmt.Sprintf("%s.Body is never closed: its connection cannot be reused and leaks; add defer %s.Body.Close() after the error check", name, name)
		}
	}
	if fix := closeFix(pass, r); fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	return d, true
}

// closeFix inserts `defer resp.Body.Close()` after the error check that
// follows the call, binding a discarded response first.
func closeFix(pass *analysis.Pass, r *respflow.Response) *analysis.SuggestedFix {
	if r.InLoop || r.Stmt == nil {
		return nil
	}
	list := fixes.StmtList(r.Func.Body, r.Stmt)
	if list == nil {
		return nil
	}
	if es, ok := r.Stmt.(*ast.ExprStmt); ok {
		// client.Get(u) → if resp, err := client.Get(u); err == nil { resp.Body.Close() }
		lhs := bindResults(pass.TypesInfo.TypeOf(r.Call), r.Index)
		if lhs == "" {
			return nil
		}
		indent := fixes.Indent(pass, es.Pos())
		call := fixes.Source(pass.Fset, es.X)
		text := fmt.Sprintf("if %s := %s; err == nil {\n%s\tresp.Body.Close()\n%s}", lhs, call, indent, indent)
		return &analysis.SuggestedFix{
			Message:   "Close the response body",
			TextEdits: []analysis.TextEdit{{Pos: es.Pos(), End: es.End(), NewText: []byte(text)}},
		}
	}
	var edits []analysis.TextEdit
	name := ""
	if r.Var != nil {
		name = r.Var.Name()
	} else {
		// _, err := client.Get(u): name the response.
		as, ok := r.Stmt.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			return nil // with =, a new variable would shadow the error
		}
		if r.Index < 0 || r.Index >= len(as.Lhs) {
			return nil
		}
		blank, ok := as.Lhs[r.Index].(*ast.Ident)
		if !ok || blank.Name != "_" {
			return nil
		}
		name = freeName(pass, as.Pos(), "resp", "res", "response")
		if name == "" {
			return nil
		}
		edits = append(edits, analysis.TextEdit{Pos: blank.Pos(), End: blank.End(), NewText: []byte(name)})
	}
	after := r.Stmt
	if next := fixes.NextStmt(list, r.Stmt); next != nil && fixes.IsErrCheck(pass.TypesInfo, next, r.Err) {
		after = next
	}
	// On a line of its own after the statement and its trailing comment.
	indent := fixes.Indent(pass, r.Stmt.Pos())
	tf := pass.Fset.File(after.End())
	line := tf.Line(after.End()) + 1
	if line > tf.LineCount() {
		return nil
	}
	pos := tf.LineStart(line)
	edits = append(edits, analysis.TextEdit{
		Pos:     pos,
		End:     pos,
		NewText: fmt.Appendf(nil, "%sdefer %s.Body.Close()\n", indent, name),
	})
	return &analysis.SuggestedFix{Message: "Close the response body", TextEdits: edits}
}

// bindResults returns the left-hand side that binds the results t of a
// discarded call: resp for the response at index, err for a last error
// result, _ for the others; "" when there is no error result to check.
func bindResults(t types.Type, index int) string {
	tuple, ok := t.(*types.Tuple)
	if !ok || tuple.Len() < 2 || index < 0 || index >= tuple.Len()-1 {
		return ""
	}
	last := tuple.At(tuple.Len() - 1).Type()
	if !types.Identical(last, types.Universe.Lookup("error").Type()) {
		return ""
	}
	names := make([]string, tuple.Len())
	for i := range names {
		names[i] = "_"
	}
	names[index], names[len(names)-1] = "resp", "err"
	return strings.Join(names, ", ")
}

// freeName returns the first of names that is not declared in the scope
// at pos or any enclosing one, or "".
func freeName(pass *analysis.Pass, pos token.Pos, names ...string) string {
	scope := pass.Pkg.Scope().Innermost(pos)
	for _, name := range names {
		if scope == nil {
			return name
		}
		if _, obj := scope.LookupParent(name, pos); obj == nil {
			return name
		}
	}
	return ""
}
