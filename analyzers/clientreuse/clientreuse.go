package clientreuse

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/index"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/scaffold"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

//go:embed doc.go
var doc string

// Analyzer is the clientreuse rule with its flags at their defaults.
var Analyzer = New()

// New returns a new clientreuse analyzer with its own flags.
func New() *analysis.Analyzer {
	return scaffold.New(scaffold.Rule{
		Name:       "clientreuse",
		Doc:        doc,
		Requires:   []*analysis.Analyzer{inspect.Analyzer, index.Analyzer},
		Production: true,
		Imports:    knowledge.HTTPPackages,
		Fixes:      scaffold.Safe,
		Run:        run,
	})
}

// A candidate is an http.Transport or http.Client built in a function.
type candidate struct {
	cur    inspector.Cursor // the built value: &T{…}, T{…}, new(T) or t.Clone()
	lit    *ast.CompositeLit
	client bool // an http.Client, not an http.Transport
	clone  bool
	helper *types.Func // a function of the package that builds a transport and returns it
}

func run(pass *analysis.Pass, rep *suppress.Reporter) error {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:    pass,
		rep:     rep,
		idx:     index.Of(pass),
		covered: make(map[*ast.CompositeLit]bool),
		names:   make(map[string]bool),
	}

	var transports, clients []candidate
	for file := range insp.Root().Children() {
		if rep.Skips(file.Node().(*ast.File)) {
			continue
		}
		for cur := range file.Preorder((*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
			if cand, ok := c.built(cur); ok {
				if cand.client {
					clients = append(clients, cand)
				} else {
					transports = append(transports, cand)
				}
			}
		}
	}

	// Transports first: a client that holds a transport reported as built
	// per call is the same problem, reported once.
	for _, cand := range transports {
		c.checkTransport(cand)
	}
	for _, cand := range clients {
		if !c.covered[cand.lit] {
			c.checkClient(cand)
		}
	}
	c.fixAndReport()
	return nil
}

// checker holds the state of one pass.
type checker struct {
	pass    *analysis.Pass
	rep     *suppress.Reporter
	idx     *index.Index
	covered map[*ast.CompositeLit]bool // client literals holding a reported transport
	names   map[string]bool            // package-level names the fixes declare
	pending []finding                  // reported once the fixes of each function are planned

	// Computed on first use.
	helpers map[*types.Func]bool // functions of the package that return a new transport
	deps    map[types.Object][]types.Object
}

// built reports whether cur builds an http.Transport or http.Client.
func (c *checker) built(cur inspector.Cursor) (candidate, bool) {
	info := c.pass.TypesInfo
	switch n := cur.Node().(type) {
	case *ast.CompositeLit:
		t := info.TypeOf(n)
		client := knowledge.Client.Is(t)
		if !client && !knowledge.Transport.Is(t) {
			return candidate{}, false
		}
		// The value built is the pointer of &T{…} or new(T{…}).
		if u := uses.Of(info, cur); !u.Paren && (u.Kind == uses.AddressOf || u.Kind == uses.BuiltinArg && u.Builtin.Name() == "new") {
			cur = u.Parent
		}
		return candidate{cur: cur, lit: n, client: client}, true
	case *ast.CallExpr:
		if isNew(info, n) {
			if tv := info.Types[n.Args[0]]; !tv.IsType() {
				return candidate{}, false // new(T{…}) is its literal's
			}
			t := info.TypeOf(n)
			client := knowledge.Client.IsPointer(t)
			if client || knowledge.Transport.IsPointer(t) {
				return candidate{cur: cur, client: client}, true
			}
			return candidate{}, false
		}
		fn := match.Callee(info, n)
		if knowledge.BuildsTransport(fn) {
			return candidate{cur: cur, clone: true}, true
		}
		if c.returnsNewTransport(fn) {
			return candidate{cur: cur, helper: fn}, true
		}
	}
	return candidate{}, false
}

func (c *checker) checkTransport(cand candidate) {
	fn, ok := c.function(cand.cur)
	if !ok {
		return
	}
	// Nothing lingers when keep-alives are off: every connection is
	// closed after its request.
	if cand.lit != nil && c.disablesKeepAlives(cand.lit) {
		return
	}
	f := c.newFlow(fn.Node())
	if f.outlives(cand.cur) || f.closedIdle || f.noKeepAlives {
		return
	}
	for _, lit := range f.into {
		c.covered[lit] = true
	}
	msg := "http.Transport built on every call: each one is a new connection pool, so no connection is reused and idle ones linger; build it once (a package-level variable or a field set by a constructor) and reuse it"
	switch {
	case cand.clone:
		msg = "http.Transport cloned on every call: each clone is a new connection pool, so no connection is reused and idle ones linger; clone it once (a package-level variable or a field set by a constructor) and reuse it"
	case cand.helper != nil:
		msg = fmt.Sprintf("http.Transport built on every call by %s: each one is a new connection pool, so no connection is reused and idle ones linger; build it once (a package-level variable or a field set by a constructor) and reuse it", cand.helper.Name())
	}
	c.report(cand, f, msg, "Transport")
}

// disablesKeepAlives reports whether the transport literal sets
// DisableKeepAlives to a constant true.
func (c *checker) disablesKeepAlives(lit *ast.CompositeLit) bool {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "DisableKeepAlives" && isTrue(c.pass.TypesInfo, kv.Value) {
				return true
			}
		}
	}
	return false
}

// isTrue reports whether e is a constant true.
func isTrue(info *types.Info, e ast.Expr) bool {
	v := info.Types[e].Value
	return v != nil && v.Kind() == constant.Bool && constant.BoolVal(v)
}

// returnsNewTransport reports whether fn is a function of the package
// whose every return hands back a transport it has just built: calling it
// builds one.
func (c *checker) returnsNewTransport(fn *types.Func) bool {
	if fn == nil || fn.Pkg() != c.pass.Pkg {
		return false
	}
	if c.helpers == nil {
		c.helpers = make(map[*types.Func]bool)
		for _, file := range c.pass.Files {
			for _, decl := range file.Decls {
				if decl, ok := decl.(*ast.FuncDecl); ok && decl.Body != nil {
					if obj, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func); ok && c.buildsAndReturns(obj, decl.Body) {
						c.helpers[obj] = true
					}
				}
			}
		}
	}
	return c.helpers[fn.Origin()]
}

// buildsAndReturns reports whether fn, whose body is body, returns one
// *http.Transport and every return statement of body returns one built
// there: &http.Transport{…}, new(http.Transport), a Clone, or a local
// variable only ever assigned such values.
func (c *checker) buildsAndReturns(fn *types.Func, body *ast.BlockStmt) bool {
	res := fn.Signature().Results()
	if res.Len() != 1 || !knowledge.Transport.IsPointer(res.At(0).Type()) {
		return false
	}
	info := c.pass.TypesInfo
	fresh := func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			lit, ok := ast.Unparen(e.X).(*ast.CompositeLit)
			return ok && e.Op == token.AND && knowledge.Transport.Is(info.TypeOf(lit))
		case *ast.CallExpr:
			return isNew(info, e) && knowledge.Transport.IsPointer(info.TypeOf(e)) ||
				knowledge.BuildsTransport(match.Callee(info, e))
		}
		return false
	}
	// Every value assigned to a local transport variable must be fresh.
	ok, returns := true, 0
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if id, isID := lhs.(*ast.Ident); isID {
					if obj := info.ObjectOf(id); obj != nil && knowledge.Transport.IsPointer(obj.Type()) {
						if len(n.Lhs) != len(n.Rhs) || !fresh(n.Rhs[i]) {
							ok = false
						}
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if obj := info.Defs[id]; obj != nil && knowledge.Transport.IsPointer(obj.Type()) {
					if len(n.Names) != len(n.Values) || !fresh(n.Values[i]) {
						ok = false
					}
				}
			}
		case *ast.UnaryExpr:
			if id, isID := ast.Unparen(n.X).(*ast.Ident); isID && n.Op == token.AND && knowledge.Transport.IsPointer(info.TypeOf(id)) {
				ok = false // assigned through a pointer
			}
		case *ast.ReturnStmt:
			returns++
			if len(n.Results) != 1 {
				ok = false
				break
			}
			r := ast.Unparen(n.Results[0])
			if id, isID := r.(*ast.Ident); isID {
				v, isVar := info.Uses[id].(*types.Var)
				ok = isVar && match.IsLocal(v, body)
			} else {
				ok = fresh(r)
			}
		}
		return ok
	})
	return ok && returns > 0
}

func (c *checker) checkClient(cand candidate) {
	fn, ok := c.function(cand.cur)
	if !ok {
		return
	}
	var msg string
	var scope ast.Node
	if body, ok := loopBody(cand.cur); ok {
		scope = body.Node()
		msg = "http.Client built on every loop iteration: clients are safe for concurrent use and meant to be reused, and building one per iteration repeats its setup and throws its state (cookie jar, transport) away each time; build it once before the loop and reuse it"
	} else if c.inHandler(cand.cur) {
		scope = fn.Node()
		msg = "http.Client built on every request in an HTTP handler: clients are safe for concurrent use and meant to be reused, and building one per request repeats its setup and throws its state (cookie jar, transport) away each time; build it once (a package-level variable or a field of the handler) and reuse it"
	} else {
		return // once per call: with a nil Transport it shares http.DefaultTransport
	}
	f := c.newFlow(scope)
	if f.outlives(cand.cur) {
		return
	}
	c.report(cand, f, msg, "Client")
}

// A finding is a value reported, with the flow that followed it; its fix
// is planned with those of its function.
type finding struct {
	cand   candidate
	flow   *flow
	msg    string
	suffix string // of the name of the variable its fix declares
}

func (c *checker) report(cand candidate, f *flow, msg, suffix string) {
	c.pending = append(c.pending, finding{cand, f, msg, suffix})
}

// isNew reports whether call calls the builtin new.
func isNew(info *types.Info, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) != 1 {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "new"
}

// function returns the innermost function holding cur, unless cur is
// outside any function or in code that runs once.
func (c *checker) function(cur inspector.Cursor) (inspector.Cursor, bool) {
	var inner inspector.Cursor
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if !inner.Valid() {
			inner = fn
		}
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			name := n.Name.Name
			if isConstructor(name) || n.Recv == nil && (name == "init" || name == "main" && c.pass.Pkg.Name() == "main") {
				return inner, false
			}
		case *ast.FuncLit:
			if c.runsOnce(fn) {
				return inner, false
			}
		}
	}
	return inner, inner.Valid()
}

// isConstructor reports whether name is New or new, or starts with either
// followed by anything but a lower-case letter (NewClient, newTransport,
// new_pool, but not Newsletter).
func isConstructor(name string) bool {
	for _, prefix := range []string{"New", "new"} {
		if rest, ok := strings.CutPrefix(name, prefix); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || !unicode.IsLower(r)
		}
	}
	return false
}

// runsOnce reports whether the function literal lit is the argument of
// sync.Once.Do, sync.OnceFunc, sync.OnceValue or sync.OnceValues.
func (c *checker) runsOnce(lit inspector.Cursor) bool {
	u := uses.Of(c.pass.TypesInfo, lit)
	return u.Kind == uses.Arg && (match.IsMethod(u.Callee, "sync", "Once", "Do") ||
		match.IsFunc(u.Callee, "sync", "OnceFunc", "OnceValue", "OnceValues"))
}

// loopBody returns the body of the innermost for or range loop holding cur
// within its function.
func loopBody(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := cur; c.Valid(); c = c.Parent() {
		switch c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return c, false
		case *ast.BlockStmt:
			if k := c.ParentEdgeKind(); k == edge.ForStmt_Body || k == edge.RangeStmt_Body {
				return c, true
			}
		}
	}
	return cur, false
}

// inHandler reports whether cur is inside an HTTP handler: a function with
// parameters (http.ResponseWriter, *http.Request) or a ServeHTTP method.
func (c *checker) inHandler(cur inspector.Cursor) bool {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if n, ok := fn.Node().(*ast.FuncDecl); ok && n.Recv != nil && n.Name.Name == "ServeHTTP" {
			return true
		}
		if f := c.idx.FuncOf(fn.Node()); f != nil && knowledge.IsHandler(f.Sig) {
			return true
		}
	}
	return false
}
