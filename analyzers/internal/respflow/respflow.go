// Package respflow follows each *http.Response from the call that returns
// it to every place it is used, for the bodyclose and statuscheck rules.
//
// For every function body (declarations and literals) it finds the
// sources: calls that hand the function a response it owns. It then
// finds the handles of each response — the variable it is bound to, its
// aliases, its Body and the readers wrapped around it — and classifies
// every use of a handle as an event: a close, an escape (the response
// becomes someone else's job), a read of the body as data, or a look at
// the status. Finally it walks the function's control-flow graph (go/cfg,
// built here rather than through the ctrlflow pass, whose facts would make
// the standalone driver load every dependency from source) from the
// source along every path, pruning the path on which the call failed,
// and records the paths that leave the function with the body open and
// the reads that no status check precedes.
//
// Same-package functions that take a response or a body, or return a
// response, are summarized the same way, so that a call to a helper that
// closes, reads or checks counts as such at the call. The summaries of
// the exported ones travel as analysis facts to the packages analyzed in
// the same run that import them; a function of a package that was not
// analyzed is judged by the model in knowledge (ResponseSends), then by
// its signature.
package respflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/httpvet/httpvet/analyzers/internal/index"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// Analyzer computes the Result of a package. It reports nothing itself;
// bodyclose and statuscheck report what it finds.
var Analyzer = &analysis.Analyzer{
	Name:       "httpvetrespflow",
	Doc:        "follow *http.Response values for the bodyclose and statuscheck rules",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, index.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Summary)},
}

// Result lists, for each response the package obtains, what is wrong with
// it.
type Result struct {
	Responses []*Response

	summaries map[*types.Func]*Summary // for tests of the engine
	exported  map[*types.Func]*Summary // the facts exported, for tests of the engine
	work      int                      // see engine.work
}

// A Response is one source call and what the walk found about it.
type Response struct {
	Call *ast.CallExpr // the call that returns the response
	Func *Func         // the function it is in
	// Stmt is the statement that binds the response, nil when the call
	// is not a statement of its own. Var and Err are the variables it
	// binds (nil for _ or when absent).
	Stmt     ast.Stmt
	Var, Err *types.Var
	Index    int  // the response's position among the call's results
	InLoop   bool // the call is inside a loop of its function

	Discarded bool        // the response is dropped on the floor
	Leaks     []Leak      // paths that leave the body open
	DeferLoop []token.Pos // defer-closes inside a loop
	Unchecked []Read      // reads of the body before any status check
	// Escapes reports that some path hands the response or its body on
	// (returns, stores, sends it, or passes it to code that may keep
	// it): a close added for the paths that leak would close what that
	// path hands on.
	Escapes bool

	returned []returned // the states in which paths return the response itself
	gaveUp   bool       // the walk gave up: see walker.walk
	escaped  bool       // some path hands the response on other than by returning it
}

// A Leak is a path that leaves the function, or starts the next
// iteration, with the body open.
type Leak struct {
	Pos       token.Pos // the return, the end of the function, or the source reached again
	Iteration bool      // the path comes back to the call in a loop
	AnyClose  bool      // some other path does close (or hand on) the body
	NilError  bool      // the path returns a nil error (return nil, return x, nil)
	Error     bool      // the path returns a non-nil error (return nil, fmt.Errorf(…))
}

// A Read is a use of the body as data before any status check.
type Read struct {
	Pos, End token.Pos
	Stmt     ast.Stmt // the statement holding it, if it is in Func's own body
}

// Func is a function body with its signature.
type Func struct {
	Node ast.Node // *ast.FuncDecl or *ast.FuncLit
	Body *ast.BlockStmt
	Sig  *types.Signature

	cur       inspector.Cursor // of Node
	ix        *index.Func      // the package index's entry, which holds the CFG
	*funcData                  // nil until a flow or a summary needs it: most functions hold no response
}

// funcData is what the flows of a function share.
type funcData struct {
	cfg      *cfg.CFG
	nodes    map[ast.Node]nodeRef // where each control-flow node of cfg is; see nodeOf
	searches int                  // nodes looked for without nodes
	exits    []bool               // by block index: some path from the block's start leaves the function; nil until needed
	work     int                  // steps the flows of this function have taken, see budget
	flows    map[flowKey]*flow    // see engine.flowOf

	closures    map[*types.Var]*ast.FuncLit // see localClosures; nil until computed
	closureLits map[*ast.FuncLit]bool       // the values of closures
	handover    map[*types.Var]bool         // see handsOver; nil until computed
	gotos       int8                        // see hasGoto: 0 until computed, then -1 or 1
	deferInLoop map[*ast.DeferStmt]bool     // see deferInLoop; nil until computed
}

// data makes sure fn has its funcData.
func (fn *Func) data() *Func {
	if fn.funcData == nil {
		fn.funcData = new(funcData)
	}
	return fn
}

type engine struct {
	pass      *analysis.Pass
	info      *types.Info
	funcs     map[*types.Func]*Func
	summaries map[*types.Func]*Summary
	facts     map[*types.Func]*Summary // imported, by function of another package; nil values for none
	// guessed holds the functions whose summary rests on an optimistic
	// guess (a walk that gave up, a recursive call): they export no
	// fact. guesses counts the guesses made, inProgress the summaries
	// being computed.
	guessed    map[*types.Func]bool
	inProgress map[*types.Func]bool
	guesses    int
	root       inspector.Cursor
	ix         *index.Index
	cursors    map[ast.Node]inspector.Cursor // see cursorOf
	work       int                           // steps taken, for tests of the engine's growth
	counter    counter                       // see inspect
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if !mayUseResponses(pass.Pkg) {
		return res, nil
	}
	e := &engine{
		pass:       pass,
		info:       pass.TypesInfo,
		funcs:      make(map[*types.Func]*Func),
		summaries:  make(map[*types.Func]*Summary),
		facts:      make(map[*types.Func]*Summary),
		guessed:    make(map[*types.Func]bool),
		inProgress: make(map[*types.Func]bool),
		cursors:    make(map[ast.Node]inspector.Cursor),
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	e.root = insp.Root()
	var fns []*Func
	e.ix = index.Of(pass)
	for _, f := range e.ix.Funcs() {
		if f.Body == nil || f.Sig == nil {
			continue
		}
		fn := &Func{Node: f.Node(), Body: f.Body, Sig: f.Sig, cur: f.Cur, ix: f}
		if f.Obj != nil {
			e.funcs[f.Obj] = fn
		}
		fns = append(fns, fn)
	}
	for _, fn := range fns {
		for _, call := range e.sources(fn) {
			res.Responses = append(res.Responses, e.follow(fn, call))
		}
	}
	res.summaries, res.work = maps.Clone(e.summaries), e.work
	res.exported = e.exportFacts(fns)
	return res, nil
}

// mayUseResponses is the fast path: a package that imports net/http, or
// imports a package that does (an API client's Do returning
// *http.Response), may hold responses; others cannot.
func mayUseResponses(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == "net/http" || match.Imports(imp, "net/http") {
			return true
		}
	}
	return false
}

// sources returns the calls in fn's own body (not in nested function
// literals) that give fn a response it must close. On the way it notes
// the cursor of every call that returns a response, for cursorOf.
func (e *engine) sources(fn *Func) []*ast.CallExpr {
	var calls []*ast.CallExpr
	fn.cur.Inspect(nil, func(c inspector.Cursor) bool {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			return n == fn.Node
		case *ast.FuncLit:
			return n == fn.Node
		case *ast.FuncType:
			return false // fn's signature
		case *ast.CallExpr:
			if e.returnsResponse(n) {
				e.cursors[n] = c
				if e.isSource(n) {
					calls = append(calls, n)
				}
			}
		}
		e.work++
		return true
	})
	return calls
}

// isSource reports whether call returns a response whose body the caller
// owns: a client call, a round trip, or any function whose first result
// is *http.Response — unless it is a function whose summary (of this
// package, or a fact) says it closes what it returns, httptest's
// recorder, or a call that passes another source's results straight
// through (the outer call is the source then).
func (e *engine) isSource(call *ast.CallExpr) bool {
	if !e.returnsResponse(call) {
		return false
	}
	fn := match.Callee(e.info, call)
	if knowledge.UnownedResponses.Has(fn) {
		return false
	}
	s := e.summaryOf(fn)
	if s != nil && (!s.ReturnsOpen || s.PassThrough >= 0) {
		return false // closed inside, or the caller's own response handed back
	}
	if c, ok := e.cursorOf(call); ok {
		switch u := uses.Of(e.info, c); u.Kind {
		case uses.Arg, uses.Conversion, uses.BuiltinArg:
			if e.returnsResponse(u.Call.Node().(*ast.CallExpr)) {
				return false // Must(client.Get(u)): the wrapper hands it back
			}
		}
	}
	if fn != nil && s == nil && !knowledge.ResponseSends.Has(fn) && returnsMore(fn) {
		// resp, body, err := api.Do(ctx, req, &into): a client (of
		// another package, or behind an interface) that hands back
		// more than the response and an error has read the body into
		// them; the open-body convention is (*http.Response, error).
		return false
	}
	return true
}

// mayBeUnchecked reports whether the response of source call may come
// with any status: a net/http client call or round trip, a function
// value, a function whose summary (of this package, or a fact) says it
// returns a response whose status it did not check, or a plain send of
// the model (ctxhttp.Get). Any other function of another package that
// returns a response is taken to have checked it: API clients
// (twilio-go's request handler) often do, and without its code that
// cannot be seen.
func (e *engine) mayBeUnchecked(call *ast.CallExpr) bool {
	fn := match.Callee(e.info, call)
	switch {
	case fn == nil:
		return true
	case knowledge.IsHTTPFunc(fn), fn.Name() == "RoundTrip":
		// Any RoundTrip: a transport does not look at the status.
		return true
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
		return true // an HTTPDoer interface: a client, whatever is behind it
	}
	if s := e.summaryOf(fn); s != nil {
		return s.ReturnsUnchecked
	}
	return knowledge.ResponseSends.Has(fn)
}

// returnsMore reports whether fn returns something besides a response
// and an error.
func returnsMore(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	for v := range sig.Results().Variables() {
		if !knowledge.Response.IsPointer(v.Type()) && !isError(v.Type()) {
			return true
		}
	}
	return false
}

// returnsResponse reports whether one of call's results is
// *http.Response.
func (e *engine) returnsResponse(call *ast.CallExpr) bool {
	return ResultIndex(e.info.TypeOf(call)) >= 0
}

// ResultIndex returns the position of the first *http.Response among the
// results t of a call (a tuple, or a single type), or -1. It is usually
// 0; consul's doRequest returns the round-trip time first.
func ResultIndex(t types.Type) int {
	if tuple, ok := t.(*types.Tuple); ok {
		for i := range tuple.Len() {
			if knowledge.Response.IsPointer(tuple.At(i).Type()) {
				return i
			}
		}
		return -1
	}
	if t != nil && knowledge.Response.IsPointer(t) {
		return 0
	}
	return -1
}

// cursorOf finds n in the inspector's tree by its position: a search
// that skips whole files and declarations, cheaper than indexing the
// parents of every node of a file in a map (which cost more than all of
// the rest of the engine on API clients, where every function has a
// source).
//
// The search scans the statements of a block one by one, so the calls
// that return responses, asked about most, are looked up in the cursors
// that sources notes instead: a function of many statements would cost
// the search at each of its calls.
func (e *engine) cursorOf(n ast.Node) (inspector.Cursor, bool) {
	if c, ok := e.cursors[n]; ok {
		return c, true
	}
	return find(e.root, n)
}

// find returns the cursor of n, searching the subtree of in; it reports
// false if n is not there.
func find(in inspector.Cursor, n ast.Node) (inspector.Cursor, bool) {
	c, ok := in.FindByPos(n.Pos(), n.End())
	// The innermost node with n's range may be below n (an ExprStmt
	// and its call span the same range).
	for ok && c.Node() != n {
		if c == in {
			return c, false
		}
		c = c.Parent()
	}
	return c, ok
}
