package secrets

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
)

// fix returns the fix that reads the secrets of f from the environment:
// the literal becomes os.Getenv("NAME"), or a concatenation that keeps
// the rest of it ("Bearer " + os.Getenv("GITHUB_TOKEN")), and a constant
// declared with it becomes a variable. It returns nil where the result
// would not compile or where the value must stay constant.
func (c *checker) fix(f *finding) *analysis.SuggestedFix {
	if f.lit == nil {
		return nil // written in another package
	}
	var envs []string
	for _, s := range f.spans {
		if slices.Contains(envs, s.env) {
			return nil // two secrets, one variable
		}
		envs = append(envs, s.env)
	}
	info := c.pass.TypesInfo
	cur, ok := c.insp.Root().FindNode(f.lit)
	if !ok || !isString(info.TypeOf(f.lit)) {
		return nil // a literal of a named string type: os.Getenv's string would not do
	}
	// The literal may be an operand of a constant expression: it is that
	// expression which stops being constant.
	top := constantTop(info, cur)
	if !isString(info.TypeOf(top.Node().(ast.Expr))) {
		return nil
	}
	var edits []analysis.TextEdit
	if kind, _ := top.ParentEdge(); kind == edge.ValueSpec_Values {
		decl := top.Parent().Parent().Node().(*ast.GenDecl)
		if decl.Tok == token.CONST {
			edit, ok := c.constToVar(decl)
			if !ok {
				return nil
			}
			edits = append(edits, edit)
		}
	}
	file := fixes.File(c.pass, f.lit.Pos())
	osName, importEdits, ok := fixes.Import(c.pass, file, "os", "os", fixes.At(f.lit.Pos()))
	if !ok {
		return nil
	}
	kind := cur.ParentEdgeKind()
	if kind == edge.Field_Tag {
		return nil
	}
	paren := kind == edge.IndexExpr_X || kind == edge.SliceExpr_X
	text := fixes.Choose(c.pass, f.lit.Pos(), f.lit.End(), edits, replacements(c.pass.Fset, f, osName, paren))
	edits = append(edits, analysis.TextEdit{Pos: f.lit.Pos(), End: f.lit.End(), NewText: []byte(text)})
	edits = append(edits, importEdits...)
	return &analysis.SuggestedFix{
		Message:   "Read the secret from the environment variable " + strings.Join(envs, " and "),
		TextEdits: edits,
	}
}

// isString reports whether t is string or untyped string, not a named
// string type.
func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && (b.Kind() == types.String || b.Kind() == types.UntypedString)
}

// constantTop returns the outermost constant expression made with the
// expression at cur, through parentheses, concatenations and calls such
// as len.
func constantTop(info *types.Info, cur inspector.Cursor) inspector.Cursor {
	for {
		p := cur.Parent()
		e, ok := p.Node().(ast.Expr)
		if !ok {
			return cur
		}
		if tv, ok := info.Types[e]; !ok || tv.Value == nil {
			return cur
		}
		cur = p
	}
}

// constToVar returns the edit that turns a constant declaration into a
// variable one, if that is safe: a single constant, not exported (other
// packages may need it constant), used if it is local, every use of
// which accepts a string variable.
func (c *checker) constToVar(decl *ast.GenDecl) (analysis.TextEdit, bool) {
	if len(decl.Specs) != 1 {
		return analysis.TextEdit{}, false // a group: its iota and repeated values would change
	}
	spec := decl.Specs[0].(*ast.ValueSpec)
	if len(spec.Names) != 1 || len(spec.Values) != 1 {
		return analysis.TextEdit{}, false
	}
	info := c.pass.TypesInfo
	obj, ok := info.Defs[spec.Names[0]].(*types.Const)
	if !ok || obj.Exported() && obj.Parent() == c.pass.Pkg.Scope() {
		return analysis.TextEdit{}, false
	}
	if spec.Type != nil && !isString(info.TypeOf(spec.Type)) {
		return analysis.TextEdit{}, false
	}
	uses := 0
	for id, o := range info.Uses {
		if o == obj {
			if !c.variableUse(id) {
				return analysis.TextEdit{}, false
			}
			uses++
		}
	}
	if uses == 0 && obj.Parent() != c.pass.Pkg.Scope() {
		return analysis.TextEdit{}, false // an unused local variable does not compile
	}
	return analysis.TextEdit{Pos: decl.TokPos, End: decl.TokPos + token.Pos(len("const")), NewText: []byte("var")}, true
}

// variableUse reports whether a use of a string constant would still
// compile were it a variable: it is not part of another constant's
// declaration or an array length, and the expression it makes is a
// string.
func (c *checker) variableUse(id *ast.Ident) bool {
	cur, ok := c.insp.Root().FindByPos(id.Pos(), id.End())
	if !ok {
		return false
	}
	top := constantTop(c.pass.TypesInfo, cur)
	switch top.ParentEdgeKind() {
	case edge.ValueSpec_Values:
		if decl, ok := top.Parent().Parent().Node().(*ast.GenDecl); ok && decl.Tok == token.CONST {
			return false
		}
	case edge.ArrayType_Len:
		return false
	}
	return isString(c.pass.TypesInfo.TypeOf(top.Node().(ast.Expr)))
}

// replacements returns the texts that can replace the literal of f,
// spaced and compact: gofmt writes "a" + b or "a"+b depending on where
// the expression is.
func replacements(fset *token.FileSet, f *finding, osName string, paren bool) []string {
	var parts []ast.Expr
	prev := 0
	for _, s := range f.spans {
		if s.start > prev {
			parts = append(parts, fixes.String(f.value[prev:s.start]))
		}
		parts = append(parts, fixes.Call(fixes.Sel(osName, "Getenv"), fixes.String(s.env)))
		prev = s.end
	}
	if prev < len(f.value) {
		parts = append(parts, fixes.String(f.value[prev:]))
	}
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = fixes.Source(fset, p)
	}
	if len(texts) == 1 {
		return texts
	}
	// The two layouts of the sum: which one gofmt keeps depends on the
	// expression around it (see fixes.Choose).
	spaced, compact := strings.Join(texts, " + "), strings.Join(texts, "+")
	if paren {
		spaced, compact = "("+spaced+")", "("+compact+")"
	}
	return []string{spaced, compact}
}
