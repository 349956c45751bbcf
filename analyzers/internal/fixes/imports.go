package fixes

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// An ImportOption changes what Import accepts.
type ImportOption func(*importOptions)

type importOptions struct {
	pos    token.Pos
	rename bool
}

// At asks that the name be usable at pos: not shadowed there by a local
// declaration.
func At(pos token.Pos) ImportOption {
	return func(o *importOptions) { o.pos = pos }
}

// Rename asks that, when the package's name is taken, the package be
// imported under a fresh one (name2, name3, ...) rather than no fix be
// offered.
func Rename() ImportOption {
	return func(o *importOptions) { o.rename = true }
}

// Import returns the name by which file refers to the package with the
// given import path, whose own name is name, and the edits that import
// it if the file does not already. An existing import of path is reused
// (the edits are empty). Otherwise, it returns ok=false when name is
// taken in the file or the package scope (or shadowed at the position of
// At), so that no fix is offered, unless Rename is given: then the
// package is imported under a fresh name.
//
// The import edit is the same for the same file and path, so fixes that
// add the same import merge.
func Import(pass *analysis.Pass, file *ast.File, path, name string, opts ...ImportOption) (local string, edits []analysis.TextEdit, ok bool) {
	var o importOptions
	for _, opt := range opts {
		opt(&o)
	}
	usable := func(name string) bool { return !o.pos.IsValid() || FreeAt(pass, o.pos, name) }
	for _, spec := range file.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		if p != path {
			continue
		}
		local := name
		if spec.Name != nil {
			if spec.Name.Name == "_" || spec.Name.Name == "." {
				continue
			}
			local = spec.Name.Name
		} else if pn := pass.TypesInfo.PkgNameOf(spec); pn != nil {
			local = pn.Name()
		}
		if usable(local) {
			return local, nil, true
		}
		if !o.rename {
			return "", nil, false
		}
		break // shadowed here: import it again under another name
	}
	candidates := []string{name}
	if o.rename {
		candidates = Numbered(name, 9)
	}
	for _, local := range candidates {
		if NameFree(pass, file, local) && usable(local) {
			return local, []analysis.TextEdit{importEdit(pass.Fset, file, path, local != name, local)}, true
		}
	}
	return "", nil, false
}

// importEdit inserts an import of path, under local if named, where
// gofmt would keep it: in sorted position within the standard-library
// group of the first parenthesized import declaration, or as a
// declaration of its own.
func importEdit(fset *token.FileSet, file *ast.File, path string, named bool, local string) analysis.TextEdit {
	tf := fset.File(file.FileStart)
	quoted := strconv.Quote(path)
	if named {
		quoted = local + " " + quoted
	}
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

// PathName returns the last element of an import path, the name its
// package usually has.
func PathName(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

// DeleteImport returns the edit that deletes spec, an import of file that
// stands on a line of its own, and with it its declaration if spec is the
// declaration's only import (and a blank line after it, which gofmt
// would not keep at that place). It returns ok=false when spec shares its
// line with something else.
func DeleteImport(pass *analysis.Pass, file *ast.File, spec *ast.ImportSpec) (analysis.TextEdit, bool) {
	for _, d := range file.Decls {
		gen, isGen := d.(*ast.GenDecl)
		if !isGen || gen.Tok != token.IMPORT || !slices.Contains(gen.Specs, ast.Spec(spec)) {
			continue
		}
		if len(gen.Specs) > 1 {
			if !OwnLines(pass, spec.Pos(), spec.End(), false) {
				return analysis.TextEdit{}, false
			}
			return DeleteLines(pass.Fset, spec.Pos(), spec.End()), true
		}
		pos, end := gen.Pos(), gen.End()
		if gen.Doc != nil {
			pos = gen.Doc.Pos()
		}
		if !OwnLines(pass, pos, end, false) {
			return analysis.TextEdit{}, false
		}
		tf := pass.Fset.File(pos)
		if next := tf.Line(end) + 1; next <= tf.LineCount() && blankLine(pass, tf, next) {
			end = tf.LineStart(next)
		}
		return DeleteLines(pass.Fset, pos, end), true
	}
	return analysis.TextEdit{}, false
}
