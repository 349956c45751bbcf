package bodyclose

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
	"github.com/httpvet/httpvet/analyzers/internal/match"
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
		Fixes:    scaffold.Safe,
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

// closeFix inserts `defer resp.Body.Close()` where the response is known
// not to be nil: after the error check that follows the call when that
// check leaves the function, and otherwise right after the call, guarded
// by `if resp != nil`. A deferred close of a nil response panics, and
// every transport error gives one (109 of 172 closes an earlier version
// inserted on application code came before the error check). A discarded
// response is bound first.
//
// No fix is offered where a close at function exit would be wrong: in a
// loop (one open body per iteration), when some path hands the response
// on (a deferred close would close what the caller gets), and when the
// response lives in a variable of an enclosing function (a retrying
// helper's closure: the close would run when the closure returns, while
// the response is still in use).
func closeFix(pass *analysis.Pass, r *respflow.Response) *analysis.SuggestedFix {
	if r.InLoop || r.Stmt == nil || r.Escapes {
		return nil
	}
	if r.Var != nil && !match.IsLocal(r.Var, r.Func.Node) {
		return nil
	}
	list := fixes.StmtList(r.Func.Body, r.Stmt)
	if list == nil {
		return nil
	}
	// closeBody is name.Body.Close().
	closeBody := func(name string) *ast.CallExpr {
		return fixes.Call(&ast.SelectorExpr{X: fixes.Sel(name, "Body"), Sel: ast.NewIdent("Close")})
	}
	if es, ok := r.Stmt.(*ast.ExprStmt); ok {
		// client.Get(u) → if resp, err := client.Get(u); err == nil { resp.Body.Close() }
		lhs := bindResults(pass.TypesInfo.TypeOf(r.Call), r.Index)
		if lhs == nil {
			return nil
		}
		bind := &ast.IfStmt{
			Init: &ast.AssignStmt{Lhs: lhs, Tok: token.DEFINE, Rhs: []ast.Expr{es.X}},
			Cond: &ast.BinaryExpr{X: ast.NewIdent("err"), Op: token.EQL, Y: ast.NewIdent("nil")},
			Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: closeBody("resp")}}},
		}
		text := fixes.Print(pass.Fset, bind, fixes.Indent(pass, es.Pos()))
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
		name = fixes.FreeName(pass, as.Pos(), "resp", "res", "response")
		if name == "" {
			return nil
		}
		edits = append(edits, analysis.TextEdit{Pos: blank.Pos(), End: blank.End(), NewText: []byte(name)})
	}
	var close ast.Stmt = &ast.DeferStmt{Call: closeBody(name)}
	after, checked := fixes.AfterCheck(pass.TypesInfo, list, r.Stmt, r.Err, r.Var)
	if !checked {
		// if resp != nil { defer resp.Body.Close() }
		after = r.Stmt
		close = &ast.IfStmt{
			Cond: &ast.BinaryExpr{X: ast.NewIdent(name), Op: token.NEQ, Y: ast.NewIdent("nil")},
			Body: &ast.BlockStmt{List: []ast.Stmt{close}},
		}
	}
	insert, ok := fixes.InsertAfter(pass, after, close)
	if !ok {
		return nil
	}
	edits = append(edits, insert)
	return &analysis.SuggestedFix{Message: "Close the response body", TextEdits: edits}
}

// bindResults returns the left-hand side that binds the results t of a
// discarded call: resp for the response at index, err for a last error
// result, _ for the others; nil when there is no error result to check.
func bindResults(t types.Type, index int) []ast.Expr {
	tuple, ok := t.(*types.Tuple)
	if !ok || tuple.Len() < 2 || index < 0 || index >= tuple.Len()-1 {
		return nil
	}
	if !fixes.IsError(tuple.At(tuple.Len() - 1).Type()) {
		return nil
	}
	names := make([]ast.Expr, tuple.Len())
	for i := range names {
		names[i] = ast.NewIdent("_")
	}
	names[index], names[len(names)-1] = ast.NewIdent("resp"), ast.NewIdent("err")
	return names
}
