package clientreuse

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
)

// hoist returns the fix that moves the built value to a package-level
// variable declared after its function, or nil when that could change
// the program's meaning (see doc.go).
func (c *checker) hoist(cand candidate, f *flow, suffix string) *analysis.SuggestedFix {
	if f.mutated {
		return nil // every call would change the one shared value
	}
	expr := cand.cur.Node().(ast.Expr)
	if cand.lit != nil && (cand.lit.Type == nil || expr == ast.Expr(cand.lit)) {
		return nil // a value literal: each use would copy it
	}
	decl, ok := enclosingDecl(cand.cur)
	if !ok || c.fixed[decl] {
		return nil // one fix per function, so that fixes do not conflict
	}
	obj, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok || !c.independent(expr) || c.reaches(c.refs(expr), obj) {
		return nil
	}
	// A name declared nowhere in the package, not shadowed at the
	// expression and not taken by another fix.
	name := fixes.PackageFreeName(c.pass, func(name string) bool {
		return !c.names[name] && fixes.FreeAt(c.pass, expr.Pos(), name)
	}, fixes.Numbered(lowerCamel(decl.Name.Name)+suffix, 99)...)
	if name == "" {
		return nil
	}
	c.fixed[decl] = true
	c.names[name] = true

	// var name = expr, after the function; the comments inside expr move
	// with it.
	spec := &ast.ValueSpec{Names: []*ast.Ident{ast.NewIdent(name)}, Values: []ast.Expr{expr}}
	declare := fixes.DeclAfter(c.pass, decl, fixes.SourceWithComments(c.pass, &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{spec}}, expr))
	// A name needs no parentheses: (&http.Client{…}).Get(u) becomes
	// name.Get(u).
	repl := cand.cur
	for repl.ParentEdgeKind() == edge.ParenExpr_X {
		repl = repl.Parent()
	}
	what := "transport"
	if cand.client {
		what = "client"
	}
	return &analysis.SuggestedFix{
		Message: fmt.Sprintf("Build the %s once, in package-level variable %s", what, name),
		TextEdits: []analysis.TextEdit{
			{Pos: repl.Node().Pos(), End: repl.Node().End(), NewText: []byte(name)},
			declare,
		},
	}
}

// enclosingDecl returns the function declaration holding cur.
func enclosingDecl(cur inspector.Cursor) (*ast.FuncDecl, bool) {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return fn.Node().(*ast.FuncDecl), true
	}
	return nil, false
}

// independent reports whether expr means the same at package
// initialization as where it is: every identifier refers to a
// package-level object, an imported package, a predeclared object, a field
// or something declared inside expr; it reads no package variable that the
// package assigns, dereferences no pointer and calls no function of the
// package (which could read state that is set later, such as flags).
// Inside a function literal only the first condition matters: its body
// runs when it is called, not when the variable is initialized.
func (c *checker) independent(expr ast.Expr) bool {
	info := c.pass.TypesInfo
	ok := true
	var visit func(n ast.Node, evaluated bool) bool
	visit = func(n ast.Node, evaluated bool) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(n ast.Node) bool { return visit(n, false) })
			return false
		case *ast.StarExpr:
			if evaluated && !info.Types[n].IsType() {
				ok = false
			}
		case *ast.CallExpr:
			if obj := typeutil.Callee(info, n); evaluated && obj != nil && obj.Pkg() == c.pass.Pkg {
				ok = false
			}
		case *ast.Ident:
			ok = c.packageLevel(info.ObjectOf(n), expr, evaluated)
		}
		return ok
	}
	ast.Inspect(expr, func(n ast.Node) bool { return visit(n, true) })
	return ok
}

func (c *checker) packageLevel(obj types.Object, expr ast.Expr, evaluated bool) bool {
	switch obj := obj.(type) {
	case nil, *types.PkgName, *types.Builtin, *types.Nil:
		return true
	case *types.Var:
		if obj.IsField() {
			return true
		}
	case *types.Func:
		if obj.Signature().Recv() != nil {
			return true // a method, selected from something checked itself
		}
	}
	if expr.Pos() <= obj.Pos() && obj.Pos() < expr.End() {
		return true
	}
	if obj.Parent() == types.Universe {
		return true
	}
	if obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return false // local
	}
	if v, ok := obj.(*types.Var); ok && evaluated && v.Pkg() == c.pass.Pkg {
		return !c.assignedVars()[v]
	}
	return true
}

// assignedVars returns the package-level variables of the package that
// are assigned, incremented or have their address taken.
func (c *checker) assignedVars() map[types.Object]bool {
	if c.assigned != nil {
		return c.assigned
	}
	c.assigned = make(map[types.Object]bool)
	info := c.pass.TypesInfo
	mark := func(e ast.Expr) {
		for {
			switch x := e.(type) {
			case *ast.ParenExpr:
				e = x.X
				continue
			case *ast.SelectorExpr:
				e = x.X
				continue
			case *ast.IndexExpr:
				e = x.X
				continue
			case *ast.StarExpr:
				e = x.X
				continue
			case *ast.Ident:
				if v, ok := info.Uses[x].(*types.Var); ok && v.Pkg() == c.pass.Pkg && v.Parent() == v.Pkg().Scope() {
					c.assigned[v] = true
				}
			}
			return
		}
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					mark(lhs)
				}
			case *ast.IncDecStmt:
				mark(n.X)
			case *ast.RangeStmt:
				if n.Tok == token.ASSIGN {
					if n.Key != nil {
						mark(n.Key)
					}
					if n.Value != nil {
						mark(n.Value)
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					mark(n.X)
				}
			}
			return true
		})
	}
	return c.assigned
}

// refs returns the functions, methods and variables of the package that
// n refers to.
func (c *checker) refs(n ast.Node) []types.Object {
	var objs []types.Object
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			switch obj := c.pass.TypesInfo.Uses[id].(type) {
			case *types.Func:
				if obj.Pkg() == c.pass.Pkg {
					objs = append(objs, obj.Origin())
				}
			case *types.Var:
				if obj.Pkg() == c.pass.Pkg && obj.Parent() == obj.Pkg().Scope() {
					objs = append(objs, obj)
				}
			}
		}
		return true
	})
	return objs
}

// reaches reports whether any of the objects refers, through the bodies of
// functions and the initializers of variables, to target. A variable
// initialized with an expression that reaches the function the
// expression is moved out of would start an initialization cycle.
func (c *checker) reaches(from []types.Object, target types.Object) bool {
	if c.deps == nil {
		c.deps = make(map[types.Object][]types.Object)
		for _, f := range c.pass.Files {
			for _, decl := range f.Decls {
				switch decl := decl.(type) {
				case *ast.FuncDecl:
					if obj := c.pass.TypesInfo.Defs[decl.Name]; obj != nil && decl.Body != nil {
						c.deps[obj] = c.refs(decl.Body)
					}
				case *ast.GenDecl:
					for _, spec := range decl.Specs {
						if vs, ok := spec.(*ast.ValueSpec); ok {
							var objs []types.Object
							for _, v := range vs.Values {
								objs = append(objs, c.refs(v)...)
							}
							for _, name := range vs.Names {
								if obj := c.pass.TypesInfo.Defs[name]; obj != nil {
									c.deps[obj] = objs
								}
							}
						}
					}
				}
			}
		}
	}
	seen := make(map[types.Object]bool)
	stack := from
	for len(stack) > 0 {
		obj := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if obj == target {
			return true
		}
		if !seen[obj] {
			seen[obj] = true
			stack = append(stack, c.deps[obj]...)
		}
	}
	return false
}

// lowerCamel lower-cases the leading upper-case run of a Go name, leaving
// the start of the next word: Fetch is fetch, ServeHTTP is serveHTTP,
// HTTPGet is httpGet, URL is url.
func lowerCamel(s string) string {
	r := []rune(s)
	n := 0
	for n < len(r) && unicode.IsUpper(r[n]) {
		n++
	}
	if n > 1 && n < len(r) && unicode.IsLower(r[n]) {
		n--
	}
	for i := range n {
		r[i] = unicode.ToLower(r[i])
	}
	return string(r)
}
