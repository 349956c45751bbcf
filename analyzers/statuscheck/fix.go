package statuscheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/respflow"
)

// guardFix inserts, before the statement that reads, a guard that leaves
// the function on a status outside 2xx.
func guardFix(pass *analysis.Pass, r *respflow.Response, read respflow.Read) *analysis.SuggestedFix {
	if r.Var == nil {
		return nil
	}
	stmt := fixes.EnclosingStmt(r.Func.Body, read.Pos)
	// The response must still be visible, under its name, at the guard.
	if stmt == nil || !fixes.Visible(pass, stmt.Pos(), r.Var) {
		return nil
	}
	file := fixes.File(pass, stmt.Pos())
	name := r.Var.Name()
	status := func(field string) ast.Expr { return fixes.Sel(name, field) }
	// Statuses the function goes on to handle itself pass the guard; no
	// fix when it handles bad statuses in a way the guard cannot let
	// through, or builds its own errors from the response.
	kept, ok := handledAfter(pass, r, read)
	if !ok || decodesIntoError(pass.TypesInfo, read) {
		return nil
	}
	exit, edits, ok := exitFor(pass, file, r.Func, stmt.Pos(), status("Status"))
	if !ok {
		return nil
	}
	// if resp.StatusCode < 200 || resp.StatusCode > 299 { exit }
	var cond ast.Expr = &ast.BinaryExpr{
		X:  &ast.BinaryExpr{X: status("StatusCode"), Op: token.LSS, Y: &ast.BasicLit{Kind: token.INT, Value: "200"}},
		Op: token.LOR,
		Y:  &ast.BinaryExpr{X: status("StatusCode"), Op: token.GTR, Y: &ast.BasicLit{Kind: token.INT, Value: "299"}},
	}
	if len(kept) > 0 {
		// (… || …) && resp.StatusCode != http.StatusNotModified && …
		cond = &ast.ParenExpr{X: cond}
		for _, h := range kept {
			val, more, ok := statusExpr(pass, file, stmt.Pos(), h)
			if !ok {
				return nil
			}
			edits = append(edits, more...)
			cond = &ast.BinaryExpr{X: cond, Op: token.LAND, Y: &ast.BinaryExpr{X: status("StatusCode"), Op: token.NEQ, Y: val}}
		}
	}
	guard := &ast.IfStmt{Cond: cond, Body: &ast.BlockStmt{List: exit}}
	edits = append(edits, fixes.InsertBefore(pass, stmt, guard))
	return &analysis.SuggestedFix{Message: "Check the status before reading the body", TextEdits: edits}
}

// statusExpr returns the status h as the guard writes it: the net/http
// constant the code names (http.StatusNotModified), else the number.
func statusExpr(pass *analysis.Pass, file *ast.File, pos token.Pos, h handled) (ast.Expr, []analysis.TextEdit, bool) {
	var id *ast.Ident
	switch e := ast.Unparen(h.expr).(type) {
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.Ident:
		id = e
	}
	if id != nil {
		if c, ok := pass.TypesInfo.Uses[id].(*types.Const); ok && c.Pkg() != nil && c.Pkg().Path() == "net/http" {
			name, edits, ok := fixes.Import(pass, file, "net/http", "http", fixes.At(pos))
			if !ok {
				return nil, nil, false
			}
			return fixes.Sel(name, c.Name()), edits, true
		}
	}
	return &ast.BasicLit{Kind: token.INT, Value: strconv.FormatInt(h.value, 10)}, nil, true
}

// exitFor returns the statements that leave fn on a bad status, whose
// text is status, and the import edits they need.
func exitFor(pass *analysis.Pass, file *ast.File, fn *respflow.Func, pos token.Pos, status ast.Expr) ([]ast.Stmt, []analysis.TextEdit, bool) {
	// unexpected returns pkg.fun("unexpected status: %s", status).
	unexpected := func(pkg, fun string) ast.Expr {
		return fixes.Call(fixes.Sel(pkg, fun), fixes.String("unexpected status: %s"), status)
	}
	importAt := func(path string) (string, []analysis.TextEdit, bool) {
		return fixes.Import(pass, file, path, fixes.PathName(path), fixes.At(pos))
	}
	results := fn.Sig.Results()
	if n := results.Len(); n > 0 && fixes.IsError(results.At(n-1).Type()) {
		// return zero, ..., fmt.Errorf("unexpected status: %s", resp.Status)
		fmtName, edits, ok := importAt("fmt")
		if !ok {
			return nil, nil, false
		}
		var vals []ast.Expr
		for i := range n - 1 {
			z, ok := fixes.ZeroValue(pass, file, results.At(i).Type())
			if !ok {
				return nil, nil, false
			}
			vals = append(vals, z)
		}
		vals = append(vals, unexpected(fmtName, "Errorf"))
		return []ast.Stmt{&ast.ReturnStmt{Results: vals}}, edits, true
	}
	if results.Len() > 0 {
		return nil, nil, false
	}
	params := fn.Sig.Params()
	for v := range params.Variables() {
		if knowledge.TestingT(v.Type()) && v.Name() != "_" && v.Name() != "" {
			// t.Fatalf("unexpected status: %s", resp.Status)
			return []ast.Stmt{&ast.ExprStmt{X: unexpected(v.Name(), "Fatalf")}}, nil, true
		}
	}
	if knowledge.IsHandler(fn.Sig) && params.At(0).Name() != "_" && params.At(0).Name() != "" {
		httpName, edits, ok := importAt(knowledge.ResponseWriter.Pkg)
		if !ok {
			return nil, nil, false
		}
		// http.Error(w, "upstream: "+resp.Status, http.StatusBadGateway); return
		msg := &ast.BinaryExpr{X: fixes.String("upstream: "), Op: token.ADD, Y: status}
		errorCall := fixes.Call(fixes.Sel(httpName, "Error"), ast.NewIdent(params.At(0).Name()), msg, fixes.Sel(httpName, "StatusBadGateway"))
		return []ast.Stmt{&ast.ExprStmt{X: errorCall}, &ast.ReturnStmt{}}, edits, true
	}
	if decl, ok := fn.Node.(*ast.FuncDecl); ok && decl.Name.Name == "main" && decl.Recv == nil && pass.Pkg.Name() == "main" {
		logName, edits, ok := importAt("log")
		if !ok {
			return nil, nil, false
		}
		// log.Fatalf("unexpected status: %s", resp.Status)
		return []ast.Stmt{&ast.ExprStmt{X: unexpected(logName, "Fatalf")}}, edits, true
	}
	return nil, nil, false
}
