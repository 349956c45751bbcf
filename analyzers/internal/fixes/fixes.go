// Package fixes is the toolkit every rule builds its suggested fixes
// with: fresh names (names.go), imports and their qualifiers
// (imports.go), zero values and type expressions (zero.go), statements
// inserted and deleted on lines of their own (stmts.go), and the one
// place that asks gofmt about a whole file (gofmt.go).
//
// The policy: a fix is a few small edits, each positioned where the
// change is, with new code built as syntax trees and printed rather
// than written as templates of Go text. Every edit it makes is gofmt-clean
// in place and identical for identical requests, so that fixes of one
// package that each add the same import or declaration merge into one.
package fixes

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/printer"
	"go/token"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
)

// Duration writes d as a Go expression using the time package named
// timePkg: 30*time.Second is "30 * time.Second".
func Duration(d time.Duration, timePkg string) string {
	return Source(token.NewFileSet(), DurationExpr(d, timePkg))
}

// DurationExpr returns d as a Go expression using the time package named
// timePkg: 30*time.Second is 30 * time.Second.
func DurationExpr(d time.Duration, timePkg string) ast.Expr {
	units := []struct {
		d    time.Duration
		name string
	}{
		{time.Hour, "Hour"}, {time.Minute, "Minute"}, {time.Second, "Second"},
		{time.Millisecond, "Millisecond"}, {time.Microsecond, "Microsecond"}, {time.Nanosecond, "Nanosecond"},
	}
	for _, u := range units {
		if d%u.d == 0 {
			unit := Sel(timePkg, u.name)
			if n := d / u.d; n != 1 {
				return &ast.BinaryExpr{X: &ast.BasicLit{Kind: token.INT, Value: fmt.Sprint(int64(n))}, Op: token.MUL, Y: unit}
			}
			return unit
		}
	}
	panic("unreachable")
}

// Sel returns the expression x.name, where x is a name.
func Sel(x, name string) *ast.SelectorExpr {
	return &ast.SelectorExpr{X: ast.NewIdent(x), Sel: ast.NewIdent(name)}
}

// Call returns the call fun(args...).
func Call(fun ast.Expr, args ...ast.Expr) *ast.CallExpr {
	return &ast.CallExpr{Fun: fun, Args: args}
}

// String returns the literal of s.
func String(s string) *ast.BasicLit {
	return &ast.BasicLit{Kind: token.STRING, Value: fmt.Sprintf("%q", s)}
}

// Source returns the gofmt-formatted source text of node, which may be a
// node of a file of fset, a node built by a fix, or a mix of the two
// (positions of fset give the line breaks of the original). Comments are
// dropped; see SourceWithComments.
func Source(fset *token.FileSet, node ast.Node) string {
	return Print(fset, node, "")
}

// Print returns the gofmt-formatted text of node as it would stand at a
// line indented by indent: lines after the first are indented by it too
// (tabs are counted; the printer never indents inside a raw string).
func Print(fset *token.FileSet, node ast.Node, indent string) string {
	var buf bytes.Buffer
	cfg := printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8, Indent: strings.Count(indent, "\t")}
	if err := cfg.Fprint(&buf, fset, node); err != nil {
		panic(err) // a node of a type-checked file, or one built from them, always prints
	}
	return strings.TrimLeft(buf.String(), "\t")
}

// SourceWithComments returns the gofmt-formatted text of node with the
// comments inside from, a node of a file of the pass that node holds
// (from may be node itself), which Source drops: they move with it.
func SourceWithComments(pass *analysis.Pass, node, from ast.Node) string {
	var comments []*ast.CommentGroup
	if file := File(pass, from.Pos()); file != nil {
		for _, g := range file.Comments {
			if from.Pos() <= g.Pos() && g.End() <= from.End() {
				comments = append(comments, g)
			}
		}
	}
	if len(comments) == 0 {
		return Source(pass.Fset, node)
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, pass.Fset, &printer.CommentedNode{Node: node, Comments: comments}); err != nil {
		return Source(pass.Fset, node)
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

// File returns the syntax tree of pass holding pos.
func File(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// Replace returns the edit that replaces node with the printed new.
func Replace(fset *token.FileSet, node ast.Node, new ast.Node) analysis.TextEdit {
	return analysis.TextEdit{Pos: node.Pos(), End: node.End(), NewText: []byte(Source(fset, new))}
}
