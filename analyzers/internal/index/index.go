// Package index is the per-package index that httpvet's rules share: the
// package's functions (declarations and literals, with their types and
// control-flow graphs), the references to each variable, and the calls
// with what the knowledge tables say about their callees.
//
// The analyzer is computed once per package however many rules require
// it, and builds each part the first time a rule asks for it: a package
// that imports no HTTP package, whose rules return before asking
// anything, costs one allocation. The references to a local variable
// are indexed one top-level declaration at a time, so that a rule that
// follows a value in one function does not pay for the whole package;
// the references to a package-level variable take one walk of the
// package, shared by every variable.
//
// The rules run concurrently on the same package, so every lazily built
// part is guarded. Nothing here declares facts: the CFGs are built with
// go/cfg and knowledge.NeverReturns rather than the ctrlflow pass, whose
// facts would make the standalone driver load every dependency from
// source.
package index

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// Analyzer computes the package's *Index. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "httpvetindex",
	Doc:        "index a package's functions, variable references and calls for the httpvet rules",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Index](),
}

// Of returns the index of the package of pass, which must require
// Analyzer.
func Of(pass *analysis.Pass) *Index { return pass.ResultOf[Analyzer].(*Index) }

func run(pass *analysis.Pass) (any, error) {
	return &Index{
		info:  pass.TypesInfo,
		pkg:   pass.Pkg,
		files: pass.Files,
		root:  pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root(),
		units: make(map[ast.Decl]*refTable),
	}, nil
}

// An Index is what one package holds. Its methods are safe for
// concurrent use.
type Index struct {
	info  *types.Info
	pkg   *types.Package
	files []*ast.File
	root  inspector.Cursor

	funcsOnce sync.Once
	funcs     []*Func
	byNode    map[ast.Node]*Func
	byObj     map[*types.Func]*Func

	mu     sync.Mutex
	units  map[ast.Decl]*refTable // the references in one top-level declaration
	global *refTable              // the references to package-level variables

	callsOnce sync.Once
	calls     []Call

	namesOnce sync.Once
	byName    map[string][]inspector.Cursor // see Named
	selsOnce  sync.Once
	bySel     map[string][]inspector.Cursor // see Selectors
}

// Root is the cursor of the package's files.
func (x *Index) Root() inspector.Cursor { return x.root }

// Info is the package's type information.
func (x *Index) Info() *types.Info { return x.info }

// A Func is a function of the package: a declaration (with or without a
// body) or a literal.
type Func struct {
	Cur  inspector.Cursor // the *ast.FuncDecl or *ast.FuncLit
	Body *ast.BlockStmt   // nil for a declaration without a body
	Obj  *types.Func      // the declared function; nil for a literal
	Sig  *types.Signature

	info    *types.Info
	cfgOnce sync.Once
	cfg     *cfg.CFG
}

// Node returns the *ast.FuncDecl or *ast.FuncLit.
func (f *Func) Node() ast.Node { return f.Cur.Node() }

// CFG returns the control-flow graph of the function's body, built on
// first use (nil when there is no body). A call of panic or of a
// function that knowledge.NeverReturns ends its block.
func (f *Func) CFG() *cfg.CFG {
	f.cfgOnce.Do(func() {
		if f.Body != nil {
			f.cfg = cfg.New(f.Body, func(call *ast.CallExpr) bool { return knowledge.CallReturns(f.info, call) })
		}
	})
	return f.cfg
}

// Funcs returns the package's functions in source order, a declaration
// before the literals in it.
func (x *Index) Funcs() []*Func {
	x.funcsOnce.Do(x.indexFuncs)
	return x.funcs
}

// FuncOf returns the function of a *ast.FuncDecl or *ast.FuncLit of the
// package, or nil.
func (x *Index) FuncOf(n ast.Node) *Func {
	x.funcsOnce.Do(x.indexFuncs)
	return x.byNode[n]
}

// Decl returns the declaration of fn (the origin of an instance) in this
// package, or nil.
func (x *Index) Decl(fn *types.Func) *Func {
	if fn == nil {
		return nil
	}
	x.funcsOnce.Do(x.indexFuncs)
	return x.byObj[fn.Origin()]
}

func (x *Index) indexFuncs() {
	x.byNode = make(map[ast.Node]*Func)
	x.byObj = make(map[*types.Func]*Func)
	for cur := range x.root.Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		f := &Func{Cur: cur, info: x.info}
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			f.Body = n.Body
			f.Obj, _ = x.info.Defs[n.Name].(*types.Func)
			if f.Obj == nil {
				continue
			}
			f.Sig = f.Obj.Signature()
			x.byObj[f.Obj] = f
		case *ast.FuncLit:
			f.Body = n.Body
			f.Sig, _ = x.info.TypeOf(n).(*types.Signature)
		}
		x.funcs = append(x.funcs, f)
		x.byNode[cur.Node()] = f
	}
}

// A Ref is an identifier that refers to a variable.
type Ref struct {
	Cur inspector.Cursor // the *ast.Ident
	// Def reports that the identifier declares the variable (a var or
	// := name, a parameter, a range variable).
	Def bool
	// Write reports that the variable's value is replaced there: a
	// declaration, the left side of an assignment (=, := or op=), or a
	// range key or value. Every other reference reads it (x++ too).
	Write bool
}

// Refs returns the references to v in source order (by file, in the
// order of the package's files), or nil for a variable of another
// package or a field.
func (x *Index) Refs(v *types.Var) []Ref {
	if v == nil || v.IsField() || v.Pkg() != x.pkg {
		return nil
	}
	if v.Parent() == x.pkg.Scope() {
		x.mu.Lock()
		t := x.global
		if t == nil {
			t = &refTable{}
			x.global = t
		}
		x.mu.Unlock()
		t.once.Do(func() { t.refs = x.refsIn(x.root, true) })
		return t.refs[v]
	}
	decl, cur := x.topLevel(v.Pos())
	if decl == nil {
		return nil
	}
	x.mu.Lock()
	t := x.units[decl]
	if t == nil {
		t = &refTable{}
		x.units[decl] = t
	}
	x.mu.Unlock()
	t.once.Do(func() { t.refs = x.refsIn(cur, false) })
	return t.refs[v]
}

// RefsAfter returns the references to v that come after pos.
func (x *Index) RefsAfter(v *types.Var, pos token.Pos) []Ref {
	refs := x.Refs(v)
	i := sort.Search(len(refs), func(i int) bool { return refs[i].Cur.Node().Pos() > pos })
	return refs[i:]
}

type refTable struct {
	once sync.Once
	refs map[*types.Var][]Ref
}

// refsIn indexes the references under cur to the variables of this
// package: the package-level ones if global, the local ones otherwise.
func (x *Index) refsIn(cur inspector.Cursor, global bool) map[*types.Var][]Ref {
	refs := make(map[*types.Var][]Ref)
	scope := x.pkg.Scope()
	for id := range cur.Preorder((*ast.Ident)(nil)) {
		n := id.Node().(*ast.Ident)
		obj, def := x.info.Uses[n], false
		if obj == nil {
			obj, def = x.info.Defs[n], true
		}
		v, ok := obj.(*types.Var)
		if !ok || v.IsField() || v.Pkg() != x.pkg || (v.Parent() == scope) != global {
			continue
		}
		refs[v] = append(refs[v], Ref{Cur: id, Def: def, Write: def || isWrite(id)})
	}
	return refs
}

// isWrite reports whether the identifier at id is assigned to.
func isWrite(id inspector.Cursor) bool {
	switch id.ParentEdgeKind() {
	case edge.AssignStmt_Lhs, edge.RangeStmt_Key, edge.RangeStmt_Value:
		return true
	}
	return false
}

// topLevel returns the top-level declaration holding pos, with its cursor.
func (x *Index) topLevel(pos token.Pos) (ast.Decl, inspector.Cursor) {
	for fileCur := range x.root.Children() {
		file := fileCur.Node().(*ast.File)
		if pos < file.FileStart || pos > file.FileEnd {
			continue
		}
		i := sort.Search(len(file.Decls), func(i int) bool { return file.Decls[i].End() > pos })
		if i == len(file.Decls) || file.Decls[i].Pos() > pos {
			return nil, inspector.Cursor{}
		}
		cur, _ := fileCur.FindNode(file.Decls[i])
		return file.Decls[i], cur
	}
	return nil, inspector.Cursor{}
}

// A Call is a call of a function of knowledge.HTTPPackages, with what
// the knowledge tables say about it.
type Call struct {
	Cur    inspector.Cursor // the *ast.CallExpr
	Callee *types.Func
	Send   knowledge.SendKind
}

// Node returns the call expression.
func (c Call) Node() *ast.CallExpr { return c.Cur.Node().(*ast.CallExpr) }

// HTTPCalls returns the package's calls of functions and methods of
// knowledge.HTTPPackages (http.Get, Client.Do, http.NewRequest, ...) in
// source order.
func (x *Index) HTTPCalls() []Call {
	x.callsOnce.Do(func() {
		for cur := range x.root.Preorder((*ast.CallExpr)(nil)) {
			if fn := match.Callee(x.info, cur.Node().(*ast.CallExpr)); knowledge.IsHTTPFunc(fn) {
				x.calls = append(x.calls, Call{Cur: cur, Callee: fn, Send: knowledge.Send(fn)})
			}
		}
	})
	return x.calls
}

// Named returns the package's identifiers spelled name, in source order:
// where a rule looks for the references to a function or a field, one
// walk of the package, shared by every name asked about, instead of one
// per name. Comparing spellings first spares a types lookup for every
// other identifier.
func (x *Index) Named(name string) []inspector.Cursor {
	x.namesOnce.Do(func() {
		x.byName = make(map[string][]inspector.Cursor)
		for cur := range x.root.Preorder((*ast.Ident)(nil)) {
			n := cur.Node().(*ast.Ident).Name
			x.byName[n] = append(x.byName[n], cur)
		}
	})
	return x.byName[name]
}

// Selectors returns the package's selector expressions x.name, in source
// order: the candidates for the uses of a field or method called name,
// found with one walk of the package's selectors, shared by every name.
func (x *Index) Selectors(name string) []inspector.Cursor {
	x.selsOnce.Do(func() {
		x.bySel = make(map[string][]inspector.Cursor)
		for cur := range x.root.Preorder((*ast.SelectorExpr)(nil)) {
			n := cur.Node().(*ast.SelectorExpr).Sel.Name
			x.bySel[n] = append(x.bySel[n], cur)
		}
	})
	return x.bySel[name]
}
