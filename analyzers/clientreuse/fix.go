package clientreuse

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// fixAndReport plans the fixes of the findings, function by function,
// and reports them. All the values of one function that can move are
// moved by one fix, which every finding among them carries: the
// variables are declared together after the function, so that the fixes
// compose and one run of -fix leaves nothing for the next.
func (c *checker) fixAndReport() {
	// Production files first, in source order, so that a name does not
	// depend on whether the test files are analyzed.
	sort.SliceStable(c.pending, func(i, j int) bool {
		ti, tj := c.isTest(c.pending[i].cand.cur.Node().Pos()), c.isTest(c.pending[j].cand.cur.Node().Pos())
		if ti != tj {
			return !ti
		}
		return c.pending[i].cand.cur.Node().Pos() < c.pending[j].cand.cur.Node().Pos()
	})
	byFunc := make(map[*ast.FuncDecl][]hoisted)
	moved := make(map[int]*ast.FuncDecl) // finding index → its function
	for i, fd := range c.pending {
		if h, ok := c.hoistable(fd); ok {
			byFunc[h.decl] = append(byFunc[h.decl], h)
			moved[i] = h.decl
		}
	}
	fixOf := make(map[*ast.FuncDecl]*analysis.SuggestedFix)
	for decl, hs := range byFunc {
		fixOf[decl] = c.buildFix(decl, hs)
	}
	for i, fd := range c.pending {
		e := fd.cand.cur.Node()
		d := analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Message: fd.msg}
		if decl, ok := moved[i]; ok {
			d.SuggestedFixes = []analysis.SuggestedFix{*fixOf[decl]}
		}
		c.rep.Report(d)
	}
}

func (c *checker) isTest(pos token.Pos) bool {
	return strings.HasSuffix(c.pass.Fset.File(pos).Name(), "_test.go")
}

// A hoisted value is an expression moved to a package-level variable.
type hoisted struct {
	decl   *ast.FuncDecl
	repl   inspector.Cursor // the expression replaced by the name
	expr   ast.Expr         // the value of the variable
	name   string
	client bool // what is moved is a client (holding the transport reported)
}

// hoistable returns how the value of a finding can move to a package-level
// variable, or false when moving it could change the program's meaning
// (see doc.go).
func (c *checker) hoistable(fd finding) (hoisted, bool) {
	cand, f := fd.cand, fd.flow
	if f.mutated {
		return hoisted{}, false // every call would change the one shared value
	}
	if cand.lit != nil && (cand.lit.Type == nil || cand.cur.Node() == ast.Node(cand.lit)) {
		return hoisted{}, false // a value literal: each use would copy it
	}
	decl, ok := enclosingDecl(cand.cur)
	if !ok {
		return hoisted{}, false
	}
	obj, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok {
		return hoisted{}, false
	}
	h := hoisted{decl: decl, repl: cand.cur, client: cand.client, expr: cand.cur.Node().(ast.Expr)}
	suffix := fd.suffix
	canMove := func(e ast.Expr) bool { return c.pure(e) && !c.reaches(c.refs(e), obj) }
	// A transport written into a client literal that is itself built per
	// loop iteration or request: moving the transport alone would leave
	// a client that the next run reports and moves. Move the client, with
	// the transport in it, when it can move; else the transport alone
	// (the client then reads a variable: the next run has no fix for it).
	if cl, ok := c.holdingClient(cand); ok && canMove(cl.Node().(ast.Expr)) {
		h.repl, h.client, h.expr, suffix = cl, true, cl.Node().(ast.Expr), "Client"
	} else if !canMove(h.expr) {
		return hoisted{}, false
	}
	// A name declared nowhere in the package, its test files included,
	// not shadowed at the expression and not taken by another fix.
	h.name = fixes.PackageFreeName(c.pass, func(name string) bool {
		return !c.names[name] && fixes.FreeAt(c.pass, h.expr.Pos(), name)
	}, fixes.Numbered(lowerCamel(decl.Name.Name)+suffix, 99)...)
	if h.name == "" {
		return hoisted{}, false
	}
	c.names[h.name] = true
	// A name needs no parentheses: (&http.Client{…}).Get(u) becomes
	// name.Get(u).
	for h.repl.ParentEdgeKind() == edge.ParenExpr_X {
		h.repl = h.repl.Parent()
	}
	return h, true
}

// holdingClient returns &http.Client{…, Transport: <cand>, …} when cand
// is the transport element of a client literal that would be reported
// on its own (built in a loop or a handler, not outliving it) and is not
// changed after it is built.
func (c *checker) holdingClient(cand candidate) (inspector.Cursor, bool) {
	if cand.client {
		return inspector.Cursor{}, false
	}
	u := uses.Of(c.pass.TypesInfo, cand.cur)
	if u.Kind != uses.Elem {
		return inspector.Cursor{}, false
	}
	client, ok := c.built(u.Parent)
	if !ok || !client.client || client.cur.Node() == ast.Node(client.lit) {
		return inspector.Cursor{}, false
	}
	var scope ast.Node
	if body, ok := loopBody(client.cur); ok {
		scope = body.Node()
	} else if c.inHandler(client.cur) {
		fn, ok := c.function(client.cur)
		if !ok {
			return inspector.Cursor{}, false
		}
		scope = fn.Node()
	} else {
		return inspector.Cursor{}, false
	}
	f := c.newFlow(scope)
	if f.outlives(client.cur) || f.mutated {
		return inspector.Cursor{}, false
	}
	return client.cur, true
}

// buildFix returns the fix that moves the values of one function to
// package-level variables declared after it.
func (c *checker) buildFix(decl *ast.FuncDecl, hs []hoisted) *analysis.SuggestedFix {
	var texts, names []string
	var edits []analysis.TextEdit
	what := map[bool]string{false: "transport", true: "client"}
	kinds := make(map[bool]bool)
	for _, h := range hs {
		// var name = expr; the comments inside expr move with it.
		spec := &ast.ValueSpec{Names: []*ast.Ident{ast.NewIdent(h.name)}, Values: []ast.Expr{h.expr}}
		texts = append(texts, fixes.SourceWithComments(c.pass, &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{spec}}, h.expr))
		names = append(names, h.name)
		kinds[h.client] = true
		edits = append(edits, analysis.TextEdit{Pos: h.repl.Node().Pos(), End: h.repl.Node().End(), NewText: []byte(h.name)})
	}
	edits = append(edits, fixes.DeclAfter(c.pass, decl, strings.Join(texts, "\n\n")))
	var msg string
	if len(hs) == 1 {
		msg = fmt.Sprintf("Build the %s once, in package-level variable %s", what[hs[0].client], names[0])
	} else {
		var kind string
		switch {
		case kinds[false] && kinds[true]:
			kind = "transports and clients"
		case kinds[true]:
			kind = "clients"
		default:
			kind = "transports"
		}
		msg = fmt.Sprintf("Build the %s of %s once, in package-level variables %s", kind, decl.Name.Name, strings.Join(names, ", "))
	}
	return &analysis.SuggestedFix{Message: msg, TextEdits: edits}
}

// enclosingDecl returns the function declaration holding cur.
func enclosingDecl(cur inspector.Cursor) (*ast.FuncDecl, bool) {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return fn.Node().(*ast.FuncDecl), true
	}
	return nil, false
}

// pure reports whether expr has the same value at package initialization
// as where it stands, whenever that runs: it is made of constants,
// literals, composite literals, conversions, references to functions and
// types, and calls of pure functions (knowledge.PureFuncs) and of
// builtins, all of those. It reads no variable (a package variable may
// be set after initialization, by main, a flag or a test: a proxy read
// from configuration would be ignored), dereferences no pointer, calls
// no other function or method and receives from no channel.
//
// Inside a function literal the code runs when the function is called,
// not when the variable is initialized: there it may read package
// variables (a Proxy function reading the configured proxy on each
// request), but not local ones, which a package-level variable cannot
// see.
func (c *checker) pure(expr ast.Expr) bool {
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
		case *ast.UnaryExpr:
			if evaluated && n.Op == token.ARROW {
				ok = false
			}
		case *ast.CallExpr:
			if evaluated && !c.pureCall(n) {
				ok = false
			}
		case *ast.Ident:
			ok = c.visible(info.ObjectOf(n), expr) && (!evaluated || c.constant(info.ObjectOf(n), expr))
		}
		return ok
	}
	ast.Inspect(expr, func(n ast.Node) bool { return visit(n, true) })
	return ok
}

// pureCall reports whether the call itself gives the same result for the
// same arguments: a conversion, a builtin that allocates or computes, or
// a function of knowledge.PureFuncs. Its arguments are checked apart.
func (c *checker) pureCall(call *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	if info.Types[call.Fun].IsType() {
		return true
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "len", "cap", "min", "max", "new", "make", "complex", "real", "imag":
				return true
			}
			return false
		}
	}
	return knowledge.IsPure(match.Callee(info, call))
}

// visible reports whether obj, referred to inside expr, is visible at
// package level: a package-level object, an imported package, a
// predeclared object, a field or method, or something declared inside
// expr.
func (c *checker) visible(obj types.Object, expr ast.Expr) bool {
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
	return obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope()
}

// constant reports whether obj, evaluated inside expr, cannot change: it
// is anything but a variable (a field is part of what is built, a
// variable declared inside expr is a parameter of a function literal).
func (c *checker) constant(obj types.Object, expr ast.Expr) bool {
	v, ok := obj.(*types.Var)
	return !ok || v.IsField() || expr.Pos() <= v.Pos() && v.Pos() < expr.End()
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
