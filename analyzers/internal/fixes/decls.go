package fixes

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// AddElement returns the edit that adds elt as the last element of lit:
// on a line of its own when the literal's elements stand on lines of
// their own, else after the last element on its line.
func AddElement(pass *analysis.Pass, lit *ast.CompositeLit, elt ast.Expr) analysis.TextEdit {
	text := Source(pass.Fset, elt)
	tf := pass.Fset.File(lit.Pos())
	switch {
	case len(lit.Elts) == 0:
		return analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte(text)}
	case tf.Line(lit.Elts[len(lit.Elts)-1].End()) == tf.Line(lit.Rbrace):
		last := lit.Elts[len(lit.Elts)-1]
		return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + text)}
	}
	indent := Indent(pass, lit.Elts[len(lit.Elts)-1].Pos())
	pos := tf.LineStart(tf.Line(lit.Rbrace))
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(indent + text + ",\n")}
}

// DeclAfter returns the edit that declares decl, the source of a
// top-level declaration, after the top-level declaration after, with a
// blank line between them.
func DeclAfter(pass *analysis.Pass, after ast.Decl, decl string) analysis.TextEdit {
	tf := pass.Fset.File(after.End())
	if line := tf.Line(after.End()); line < tf.LineCount() {
		// On the line after, after a blank line; after's own newline
		// separates it from what follows.
		pos := tf.LineStart(line + 1)
		return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n" + decl + "\n")}
	}
	return analysis.TextEdit{Pos: after.End(), End: after.End(), NewText: []byte("\n\n" + decl)}
}

// AppendDecl returns the edit that declares decl, the source of a
// top-level declaration, at the end of file, after a blank line. The edit
// is the same for the same file and text, so fixes that each carry it
// declare it once when applied together.
func AppendDecl(pass *analysis.Pass, file *ast.File, decl string) analysis.TextEdit {
	tf := pass.Fset.File(file.FileStart)
	eof := token.Pos(tf.Base() + tf.Size())
	return analysis.TextEdit{Pos: eof, End: eof, NewText: []byte("\n" + decl + "\n")}
}
