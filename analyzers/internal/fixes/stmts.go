package fixes

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
)

// StmtList returns the statement list of body that holds s directly, not
// looking into function literals.
func StmtList(body *ast.BlockStmt, s ast.Stmt) []ast.Stmt {
	var list []ast.Stmt
	ast.Inspect(body, func(n ast.Node) bool {
		if list != nil {
			return false
		}
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		stmts := listOf(n)
		for _, x := range stmts {
			if x == s {
				list = stmts
			}
		}
		return true
	})
	return list
}

// NextStmt returns the statement after s in list, or nil.
func NextStmt(list []ast.Stmt, s ast.Stmt) ast.Stmt {
	for i, x := range list {
		if x == s && i+1 < len(list) {
			return list[i+1]
		}
	}
	return nil
}

// EnclosingStmt returns the innermost statement of body that is an
// element of a statement list and contains pos, or nil when pos is in a
// function literal (a statement there runs at another time).
func EnclosingStmt(body *ast.BlockStmt, pos token.Pos) ast.Stmt {
	var found ast.Stmt
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || n.End() <= pos {
			return false
		}
		if _, lit := n.(*ast.FuncLit); lit {
			found = nil
			return false
		}
		for _, s := range listOf(n) {
			if s.Pos() <= pos && pos < s.End() {
				found = s
			}
		}
		return true
	})
	return found
}

// listOf returns the statements that n holds as a list.
func listOf(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// IsErrCheck reports whether s is `if err != nil { ... }` on errVar, with
// no init and no else: the check a fix inserts its statement after.
func IsErrCheck(info *types.Info, s ast.Stmt, errVar *types.Var) bool {
	ifs, ok := s.(*ast.IfStmt)
	if !ok || ifs.Init != nil || ifs.Else != nil || errVar == nil {
		return false
	}
	bin, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.NEQ {
		return false
	}
	id, ok := ast.Unparen(bin.X).(*ast.Ident)
	return ok && info.Uses[id] == errVar
}

// AfterCheck returns the check that follows s in list and leaves the
// function (or the loop iteration) when the call in s failed: `if err !=
// nil` on errVar, or `if v == nil` on the result v. After it, the
// results of s are valid. ok is false when no such check follows s at
// once; then code inserted after s would run with results that may be
// nil.
func AfterCheck(info *types.Info, list []ast.Stmt, s ast.Stmt, errVar, v *types.Var) (check ast.Stmt, ok bool) {
	next, _ := NextStmt(list, s).(*ast.IfStmt)
	if next == nil || !(IsErrCheck(info, next, errVar) || isNilCheck(info, next, v)) || !Leaves(info, next.Body) {
		return nil, false
	}
	return next, true
}

// isNilCheck reports whether s is `if v == nil { … }`, with no else.
func isNilCheck(info *types.Info, s *ast.IfStmt, v *types.Var) bool {
	if v == nil || s.Init != nil || s.Else != nil {
		return false
	}
	bin, ok := ast.Unparen(s.Cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.EQL {
		return false
	}
	id, ok := ast.Unparen(bin.X).(*ast.Ident)
	null, ok2 := ast.Unparen(bin.Y).(*ast.Ident)
	return ok && ok2 && info.Uses[id] == v && null.Name == "nil" && info.Uses[null] == types.Universe.Lookup("nil")
}

// Leaves reports whether the block never falls through to the statement
// after it: it ends in a return, a break, continue or goto, or a call
// that never returns (panic, os.Exit, log.Fatal, t.Fatal).
func Leaves(info *types.Info, block *ast.BlockStmt) bool {
	if len(block.List) == 0 {
		return false
	}
	switch last := block.List[len(block.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := ast.Unparen(last.X).(*ast.CallExpr)
		return ok && !knowledge.CallReturns(info, call)
	case *ast.BlockStmt:
		return Leaves(info, last)
	}
	return false
}

// InsertAfter returns the edit that inserts stmt on a line of its own
// after the statement after (and its trailing comment), indented as
// after is. It returns ok=false when something other than a comment
// follows after on its line, or after ends the file.
func InsertAfter(pass *analysis.Pass, after ast.Stmt, stmt ast.Stmt) (analysis.TextEdit, bool) {
	if !EndsLine(pass, after.End()) {
		return analysis.TextEdit{}, false
	}
	tf := pass.Fset.File(after.End())
	line := tf.Line(after.End()) + 1
	if line > tf.LineCount() {
		return analysis.TextEdit{}, false
	}
	pos := tf.LineStart(line)
	indent := Indent(pass, after.Pos())
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(indent + Print(pass.Fset, stmt, indent) + "\n")}, true
}

// InsertBefore returns the edit that inserts stmt on a line of its own
// before the statement before, indented as before is.
func InsertBefore(pass *analysis.Pass, before ast.Stmt, stmt ast.Stmt) analysis.TextEdit {
	indent := Indent(pass, before.Pos())
	return analysis.TextEdit{Pos: before.Pos(), End: before.Pos(), NewText: []byte(Print(pass.Fset, stmt, indent) + "\n" + indent)}
}

// EndsLine reports whether nothing but a comment follows pos on its line,
// so that a statement can be inserted on the next line.
func EndsLine(pass *analysis.Pass, pos token.Pos) bool {
	tf := pass.Fset.File(pos)
	content, err := pass.ReadFile(tf.Name())
	if err != nil {
		return false
	}
	rest := content[tf.Offset(pos):]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	tail := bytes.TrimSpace(rest)
	return len(tail) == 0 || bytes.HasPrefix(tail, []byte("//"))
}

// DeleteLines returns the edit that deletes the whole lines from pos's
// line to end's line, including the final newline. It is for removing a
// statement or a composite-literal element that stands on its own lines.
func DeleteLines(fset *token.FileSet, pos, end token.Pos) analysis.TextEdit {
	tf := fset.File(pos)
	start := tf.LineStart(tf.Line(pos))
	next := tf.Line(end) + 1
	stop := token.Pos(tf.Base() + tf.Size())
	if next <= tf.LineCount() {
		stop = tf.LineStart(next)
	}
	return analysis.TextEdit{Pos: start, End: stop}
}

// DeleteStmt returns the edit that deletes the statement at cur, with its
// line if it stands on lines of its own, and with a blank line it would
// leave at the start or the end of its block. It returns ok=false for a
// statement that is not an element of a statement list (the init or post
// statement of an if, for or switch, a labeled statement).
func DeleteStmt(pass *analysis.Pass, cur inspector.Cursor) (analysis.TextEdit, bool) {
	switch cur.ParentEdgeKind() {
	case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
	default:
		return analysis.TextEdit{}, false
	}
	stmt := cur.Node()
	if !OwnLines(pass, stmt.Pos(), stmt.End(), false) {
		return analysis.TextEdit{Pos: stmt.Pos(), End: stmt.End()}, true // func() { cfg.InsecureSkipVerify = true }
	}
	// gofmt keeps a blank line at the start or the end of a block, but it
	// would not have been written there: remove it too.
	tf := pass.Fset.File(stmt.Pos())
	_, i := cur.ParentEdge()
	switch {
	case i == 0 && blankLine(pass, tf, tf.Line(stmt.End())+1):
		return DeleteLines(pass.Fset, stmt.Pos(), tf.LineStart(tf.Line(stmt.End())+1)), true
	case i == len(listOf(cur.Parent().Node()))-1 && blankLine(pass, tf, tf.Line(stmt.Pos())-1):
		return DeleteLines(pass.Fset, tf.LineStart(tf.Line(stmt.Pos())-1), stmt.End()), true
	}
	return DeleteLines(pass.Fset, stmt.Pos(), stmt.End()), true
}

// DeleteElement returns the edit that deletes the element kv of lit: its
// lines if it stands on lines of its own, else it and a comma. It
// returns ok=false when that cannot be done cleanly.
func DeleteElement(pass *analysis.Pass, lit *ast.CompositeLit, kv ast.Expr) (analysis.TextEdit, bool) {
	i := slices.Index(lit.Elts, kv)
	switch {
	case i < 0:
		return analysis.TextEdit{}, false
	case len(lit.Elts) == 1 && !otherComments(pass, lit, kv):
		return analysis.TextEdit{Pos: lit.Lbrace + 1, End: lit.Rbrace}, true // T{}
	case OwnLines(pass, kv.Pos(), kv.End(), true):
		return DeleteLines(pass.Fset, kv.Pos(), kv.End()), true
	case i+1 < len(lit.Elts):
		return analysis.TextEdit{Pos: kv.Pos(), End: lit.Elts[i+1].Pos()}, true // "InsecureSkipVerify: true, "
	case i > 0:
		return analysis.TextEdit{Pos: lit.Elts[i-1].End(), End: kv.End()}, true // ", InsecureSkipVerify: true"
	}
	return analysis.TextEdit{}, false
}

// otherComments reports whether a comment lies in the braces of lit on
// a line of its own or of another element than kv, a comment that
// removing the whole of lit's contents would lose.
func otherComments(pass *analysis.Pass, lit *ast.CompositeLit, kv ast.Expr) bool {
	tf := pass.Fset.File(lit.Pos())
	first, last := tf.Line(kv.Pos()), tf.Line(kv.End())
	for _, g := range File(pass, lit.Pos()).Comments {
		if lit.Lbrace < g.Pos() && g.End() < lit.Rbrace && (tf.Line(g.Pos()) < first || tf.Line(g.End()) > last) {
			return true
		}
	}
	return false
}

// OwnLines reports whether the source from pos to end stands on lines of
// its own: only white space before it on its first line, and only white
// space or a comment after it on its last line (after a comma if comma).
func OwnLines(pass *analysis.Pass, pos, end token.Pos, comma bool) bool {
	tf := pass.Fset.File(pos)
	src, err := pass.ReadFile(tf.Name())
	if err != nil {
		return false
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	if len(bytes.TrimLeft(src[start:tf.Offset(pos)], " \t")) > 0 {
		return false
	}
	rest := src[tf.Offset(end):]
	if comma {
		rest = bytes.TrimPrefix(rest, []byte(","))
	}
	rest = bytes.TrimLeft(rest, " \t")
	return len(rest) == 0 || rest[0] == '\n' || rest[0] == '\r' || bytes.HasPrefix(rest, []byte("//"))
}

// blankLine reports whether line of tf holds nothing but white space.
func blankLine(pass *analysis.Pass, tf *token.File, line int) bool {
	if line < 1 || line >= tf.LineCount() {
		return false // the last line cannot lie inside a block
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil {
		return false
	}
	text := src[tf.Offset(tf.LineStart(line)):tf.Offset(tf.LineStart(line+1))]
	return len(bytes.TrimSpace(text)) == 0
}
