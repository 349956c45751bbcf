// Package fixes builds the text edits of the rules' suggested fixes: import
// additions, durations, and source text of nodes. Every edit it makes is
// gofmt-clean on its own and identical for identical requests, so that
// fixes of one package that each add the same import merge into one.
package fixes

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
)

// Import returns the name by which file refers to the package with the
// given import path, adding an import if the file has none; the edits
// are empty when it already does. It returns ok=false when the package's
// default name is taken in the file or the package scope, so no fix
// should be offered.
func Import(pass *analysis.Pass, file *ast.File, path, name string) (local string, edits []analysis.TextEdit, ok bool) {
	for _, spec := range file.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		if p != path {
			continue
		}
		if spec.Name == nil {
			if pn := pass.TypesInfo.PkgNameOf(spec); pn != nil {
				return pn.Name(), nil, true
			}
			return name, nil, true
		}
		if spec.Name.Name != "_" && spec.Name.Name != "." {
			return spec.Name.Name, nil, true
		}
	}
	if !NameFree(pass, file, name) {
		return "", nil, false
	}
	return name, []analysis.TextEdit{importEdit(pass.Fset, file, path)}, true
}

// NameFree reports whether name is not declared in the package scope nor
// imported under that name by file.
func NameFree(pass *analysis.Pass, file *ast.File, name string) bool {
	if pass.Pkg.Scope().Lookup(name) != nil {
		return false
	}
	for _, spec := range file.Imports {
		if pn := pass.TypesInfo.PkgNameOf(spec); pn != nil && pn.Name() == name {
			return false
		}
	}
	return true
}

// FreeAt reports whether name would refer to the package-level (or
// file-level) declaration at pos, that is, no local declaration shadows it.
func FreeAt(pass *analysis.Pass, pos token.Pos, name string) bool {
	scope := pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return true
	}
	for s := scope; s != nil && s != pass.Pkg.Scope(); s = s.Parent() {
		if obj := s.Lookup(name); obj != nil {
			if _, isPkgName := obj.(*types.PkgName); !isPkgName {
				return false // declared locally
			}
		}
	}
	return true
}

// importEdit inserts an import of path where gofmt would keep it: in
// sorted position within the standard-library group of the first
// parenthesized import declaration, or as a declaration of its own.
func importEdit(fset *token.FileSet, file *ast.File, path string) analysis.TextEdit {
	tf := fset.File(file.FileStart)
	quoted := strconv.Quote(path)
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			break
		}
		if !gen.Lparen.IsValid() || len(gen.Specs) == 0 {
			continue
		}
		// The first run of consecutive lines is the group gofmt sorts
		// together; add to it if it holds the standard library.
		specs := gen.Specs
		run := 1
		for run < len(specs) && tf.Line(specs[run].Pos()) == tf.Line(specs[run-1].End())+1 {
			run++
		}
		first := specs[0].(*ast.ImportSpec)
		firstPath, _ := strconv.Unquote(first.Path.Value)
		if !isStd(firstPath) {
			pos := tf.LineStart(tf.Line(first.Pos()))
			return analysis.TextEdit{Pos: pos, End: pos, NewText: fmt.Appendf(nil, "\t%s\n\n", quoted)}
		}
		for _, s := range specs[:run] {
			spec := s.(*ast.ImportSpec)
			p, _ := strconv.Unquote(spec.Path.Value)
			if p > path {
				pos := tf.LineStart(tf.Line(spec.Pos()))
				return analysis.TextEdit{Pos: pos, End: pos, NewText: fmt.Appendf(nil, "\t%s\n", quoted)}
			}
		}
		last := specs[run-1]
		line := tf.Line(last.End()) + 1
		pos := gen.Rparen
		if line <= tf.LineCount() {
			pos = tf.LineStart(line)
		}
		return analysis.TextEdit{Pos: pos, End: pos, NewText: fmt.Appendf(nil, "\t%s\n", quoted)}
	}
	// A single unparenthesized import becomes a parenthesized pair, as
	// goimports would write it.
	if len(file.Decls) > 0 {
		if gen, ok := file.Decls[0].(*ast.GenDecl); ok && gen.Tok == token.IMPORT && len(gen.Specs) == 1 &&
			(len(file.Decls) == 1 || !isImportDecl(file.Decls[1])) {
			spec := gen.Specs[0].(*ast.ImportSpec)
			old := Source(fset, spec)
			p, _ := strconv.Unquote(spec.Path.Value)
			lines := []string{old, quoted}
			if p > path {
				lines[0], lines[1] = lines[1], lines[0]
			}
			return analysis.TextEdit{Pos: gen.Pos(), End: gen.End(), NewText: fmt.Appendf(nil, "import (\n\t%s\n\t%s\n)", lines[0], lines[1])}
		}
	}
	// Otherwise add a declaration of its own after the last import, or
	// after the package clause.
	after := file.Name.End()
	for _, decl := range file.Decls {
		if gen, ok := decl.(*ast.GenDecl); ok && gen.Tok == token.IMPORT {
			after = gen.End()
		}
	}
	sep := "\n"
	if after == file.Name.End() {
		sep = "\n\n"
	}
	return analysis.TextEdit{Pos: after, End: after, NewText: fmt.Appendf(nil, "%simport %s", sep, quoted)}
}

func isImportDecl(d ast.Decl) bool {
	gen, ok := d.(*ast.GenDecl)
	return ok && gen.Tok == token.IMPORT
}

func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// Duration writes d as a Go expression using the time package named
// timePkg: 30*time.Second is "30 * time.Second".
func Duration(d time.Duration, timePkg string) string {
	units := []struct {
		d    time.Duration
		name string
	}{
		{time.Hour, "Hour"}, {time.Minute, "Minute"}, {time.Second, "Second"},
		{time.Millisecond, "Millisecond"}, {time.Microsecond, "Microsecond"}, {time.Nanosecond, "Nanosecond"},
	}
	for _, u := range units {
		if d%u.d == 0 {
			n := d / u.d
			if n == 1 {
				return timePkg + "." + u.name
			}
			return fmt.Sprintf("%d * %s.%s", n, timePkg, u.name)
		}
	}
	panic("unreachable")
}

// Source returns the gofmt-formatted source text of node.
func Source(fset *token.FileSet, node ast.Node) string {
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, node); err != nil {
		panic(err) // a node of a type-checked file always prints
	}
	return buf.String()
}

// Indent returns the white space that starts the line holding pos.
func Indent(pass *analysis.Pass, pos token.Pos) string {
	tf := pass.Fset.File(pos)
	content, err := pass.ReadFile(tf.Name())
	if err != nil {
		return ""
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	end := start
	for end < len(content) && (content[end] == ' ' || content[end] == '\t') {
		end++
	}
	return string(content[start:end])
}

// DeleteLine returns the edit that deletes the whole lines from pos's line
// to end's line, including the final newline. It is for removing a
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

// File returns the syntax tree of pass holding pos.
func File(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

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
