package respflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// A kind says what a handle variable holds.
type kind uint8

const (
	respKind    kind = iota + 1 // the *http.Response
	bodyKind                    // its Body (an io.ReadCloser that closes it)
	readerKind                  // a reader over the body: reading it reads the body, closing it does not close the body
	decoderKind                 // a decoder or scanner over the body: its creation is the read
	bytesKind                   // the body read into memory: decoding or returning it uses it as data
	statusKind                  // a copy of StatusCode or Status
	wrapperKind                 // a local struct built around the response (&Response{Response: resp}): any use hands it on
)

type eventKind uint8

const (
	evClose          eventKind = iota + 1
	evDeferClose               // a deferred close: closes at function exit
	evEscape                   // someone else's job now
	evRead                     // the body read as data
	evCheck                    // the status looked at in a way that decides the path
	evErrReset                 // the error variable gets another value
	evCloseOnError             // a call that closes the body when it returns a non-nil error
	evCloseOnSuccess           // a call that closes (or keeps) the body when it returns a nil error
)

type event struct {
	kind     eventKind
	pos, end token.Pos
	handover bool // an escape that gives the response itself to someone: stored, returned, sent
}

// flow is one response (or one parameter, for a summary) followed
// through one function.
type flow struct {
	e       *engine
	fn      *Func
	handles map[*types.Var]kind
	errVar  *types.Var
	events  map[ast.Node][]event

	// closureEvents holds the events of each local closure, collected
	// once rather than at each call: see closureEventsOf.
	closureEvents map[closureKey][]event

	// sourceEnd is the end of the source call (none for a parameter): a
	// wrapper built before it holds an earlier response, whatever the
	// variable's name (vault/api's redirect reassigns resp but keeps the
	// first result).
	sourceEnd token.Pos

	// lo and hi bound the region where a handle or the error variable
	// is in scope: nothing outside it can mention them.
	lo, hi token.Pos

	sawWrapper bool // findAliases met a wrapper: the aliases depend on sourceEnd
	handover   int8 // see mayHandOver: 0 until computed, then -1 or 1
}

// A flowKey is what the handles of a response's flow depend on, but for
// wrappers: the variable it is bound to and the error's.
type flowKey struct {
	v, err *types.Var
}

// flowOf returns the flow of a response bound to v, with error err, from
// a source call that ends at sourceEnd. Responses bound to the same
// variables (resp, err = c.Get(u), again and again) have the same
// handles and the same events, so they share one flow unless a wrapper
// makes them differ. It returns nil if fn's budget is spent.
func (e *engine) flowOf(fn *Func, v, err *types.Var, sourceEnd token.Pos) *flow {
	key := flowKey{v, err}
	if f, ok := fn.flows[key]; ok {
		return f
	}
	if fn.work > fn.budget() {
		return nil
	}
	f := e.newFlow(fn)
	f.addHandle(v, respKind)
	f.setErrVar(err)
	f.sourceEnd = sourceEnd
	f.findAliases()
	if !f.sawWrapper {
		if fn.flows == nil {
			fn.flows = make(map[flowKey]*flow)
		}
		fn.flows[key] = f
	}
	return f
}

func (e *engine) newFlow(fn *Func) *flow {
	return &flow{e: e, fn: fn, handles: make(map[*types.Var]kind), events: make(map[ast.Node][]event)}
}

// addHandle makes v a handle of kind k.
func (f *flow) addHandle(v *types.Var, k kind) {
	f.handles[v] = k
	f.widen(v)
}

// setErrVar makes v the variable that holds the source's error.
func (f *flow) setErrVar(v *types.Var) {
	f.errVar = v
	if v != nil {
		f.widen(v)
	}
}

// widen extends the flow's region to the scope of v.
func (f *flow) widen(v *types.Var) {
	lo, hi := f.fn.Node.Pos(), f.fn.Node.End()
	if sc := v.Parent(); sc != nil && sc.End().IsValid() {
		lo, hi = v.Pos(), sc.End()
	}
	if !f.lo.IsValid() || lo < f.lo {
		f.lo = lo
	}
	if hi > f.hi {
		f.hi = hi
	}
}

// inspectRegion calls visit, as ast.Inspect would on the function's
// body, on the nodes that reach into the flow's region (as it is at the
// time). A statement list is searched for its first statement in the
// region rather than walked, so that each flow of a function of many
// blocks costs only its own.
func (f *flow) inspectRegion(visit func(ast.Node) bool) {
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		if n == nil || n.End() < f.lo || n.Pos() > f.hi || !visit(n) {
			return false
		}
		block, ok := n.(*ast.BlockStmt)
		if !ok {
			return true
		}
		i := sort.Search(len(block.List), func(i int) bool { return block.List[i].End() >= f.lo })
		for _, stmt := range block.List[i:] {
			if stmt.Pos() > f.hi {
				break
			}
			f.e.inspect(f.fn, stmt, walk)
		}
		return false
	}
	f.e.inspect(f.fn, f.fn.Body, walk)
}

// findAliases adds to f.handles every local variable that comes to hold
// a handle: copies of the response, its Body, readers wrapped around it,
// copies of its status, and parameters of function literals called with
// a handle. Assignments are visited in source order until nothing
// changes, so aliases of aliases are found. An assignment that makes an
// alias mentions a handle, so only the region is visited.
func (f *flow) findAliases() {
	for changed := true; changed; {
		changed = false
		add := func(lhs ast.Expr, k kind) {
			v := match.ObjectOf(f.e.info, lhs)
			if v == nil || k == 0 || f.handles[v] != 0 || !match.IsLocal(v, f.fn.Node) {
				return
			}
			if k == wrapperKind {
				f.sawWrapper = true
				if lhs.Pos() < f.sourceEnd {
					return
				}
			}
			f.addHandle(v, k)
			changed = true
		}
		f.inspectRegion(func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						add(n.Lhs[i], f.kindOf(n.Rhs[i]))
					}
				} else if len(n.Rhs) == 1 {
					// gz, err := gzip.NewReader(resp.Body)
					add(n.Lhs[0], f.kindOf(n.Rhs[0]))
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						add(n.Names[i], f.kindOf(n.Values[i]))
					}
				} else if len(n.Values) == 1 && len(n.Names) > 0 {
					add(n.Names[0], f.kindOf(n.Values[0]))
				}
			case *ast.CallExpr:
				// func(c io.Closer) { c.Close() }(resp.Body)
				if lit, ok := match.Unparen(n.Fun).(*ast.FuncLit); ok {
					params := paramIdents(lit.Type)
					for i, arg := range n.Args {
						if i < len(params) {
							add(params[i], f.kindOf(arg))
						}
					}
				}
			}
			return true
		})
	}
}

func paramIdents(ft *ast.FuncType) []*ast.Ident {
	var ids []*ast.Ident
	for _, field := range ft.Params.List {
		if len(field.Names) == 0 {
			ids = append(ids, nil)
		}
		ids = append(ids, field.Names...)
	}
	return ids
}

// kindOf says which handle, if any, the expression e evaluates to.
func (f *flow) kindOf(e ast.Expr) kind {
	switch e := match.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := f.e.info.Uses[e].(*types.Var); ok {
			return f.handles[v]
		}
	case *ast.SelectorExpr:
		if f.kindOf(e.X) == respKind {
			switch e.Sel.Name {
			case "Body":
				return bodyKind
			case "StatusCode", "Status":
				return statusKind
			}
		}
	case *ast.CallExpr:
		fn := match.Callee(f.e.info, e)
		if isWrapper(fn) || isDecoder(fn) || isReadAll(fn) {
			for _, arg := range e.Args {
				if k := f.kindOf(arg); k == bodyKind || k == readerKind {
					switch {
					case isDecoder(fn):
						return decoderKind
					case isReadAll(fn):
						return bytesKind
					}
					return readerKind
				}
			}
		}
		if tv, ok := f.e.info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return f.kindOf(e.Args[0]) // string(b)
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			if lit, ok := match.Unparen(e.X).(*ast.CompositeLit); ok {
				return f.kindOf(lit)
			}
		}
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if f.kindOf(elt) == respKind {
				return wrapperKind
			}
		}
	case *ast.StarExpr:
		return 0
	}
	return 0
}

// isWrapper reports whether fn returns a reader over its reader argument
// without reading it by itself.
func isWrapper(fn *types.Func) bool { return knowledge.BodyWrappers.Has(fn) }

func isReadAll(fn *types.Func) bool { return knowledge.BodyReadAll.Has(fn) }

// isDecoder reports whether fn returns a decoder, scanner or reader that
// interprets its argument: creating one is where the body starts to be
// read as data, so that is where a read is reported.
func isDecoder(fn *types.Func) bool { return knowledge.BodyDecoders.Has(fn) }

// readerMethods read from a body or a reader over it.
var readerMethods = []string{"Read", "ReadAll", "Decode", "Scan", "ReadString", "ReadBytes", "ReadLine",
	"ReadRune", "ReadByte", "ReadSlice", "Token", "WriteTo", "Peek", "ReadRecord", "NextPart", "Next"}

// eventsOf returns the events of one control-flow node, in order.
func (f *flow) eventsOf(n ast.Node) []event {
	if evs, ok := f.events[n]; ok {
		return evs
	}
	var evs []event
	if c, ok := find(f.fn.cur, n); ok {
		f.collect(n, c, &evs, false)
	} else {
		// The return that go/cfg makes for a body's closing brace: it
		// is in no tree, and mentions nothing.
		f.e.inspect(f.fn, n, func(ast.Node) bool { return true })
	}
	f.events[n] = evs
	return evs
}

// collect walks the syntax at root (part of the control-flow node
// cfgNode) for uses of handles. inDefer says root runs when the function
// returns.
func (f *flow) collect(cfgNode ast.Node, root inspector.Cursor, evs *[]event, inDefer bool) {
	f.fn.data()
	root.Inspect(nil, func(c inspector.Cursor) bool {
		f.e.work++
		f.fn.work++
		switch n := c.Node().(type) {
		case *ast.DeferStmt:
			if c != root {
				return true
			}
			f.collect(cfgNode, c.ChildAt(edge.DeferStmt_Call, -1), evs, true)
			return false
		case *ast.FuncLit:
			f.funcLit(cfgNode, c, evs, inDefer)
			return false
		case *ast.CallExpr:
			// process := func() error { ...resp.Body.Close()... }
			// ...; err = process(): the literal's body runs here.
			if lit := f.closureCalled(n); lit != nil {
				if uses.Of(f.e.info, c.ChildAt(edge.CallExpr_Fun, -1)).Go {
					if f.mentions(lit) {
						*evs = append(*evs, event{kind: evEscape, pos: n.Pos()})
					}
					return true
				}
				*evs = append(*evs, f.closureEventsOf(cfgNode, lit, inDefer)...)
			}
		case *ast.AssignStmt:
			if f.errVar != nil {
				for _, lhs := range n.Lhs {
					if match.ObjectOf(f.e.info, lhs) == f.errVar {
						*evs = append(*evs, event{kind: evErrReset, pos: n.Pos()})
					}
				}
			}
		case *ast.Ident:
			v, ok := f.e.info.Uses[n].(*types.Var)
			if !ok || f.handles[v] == 0 {
				return true
			}
			f.use(cfgNode, root.Node(), c, f.handles[v], evs, inDefer)
		}
		return true
	})
}

// litBody returns the cursor of the body of function literal lit.
func (e *engine) litBody(lit *ast.FuncLit) inspector.Cursor {
	return e.ix.FuncOf(lit).Cur.ChildAt(edge.FuncLit_Body, -1)
}

// A closureKey says what the events of a local closure's body depend
// on besides the closure: whether it runs deferred, and whether the
// control-flow node that calls it is a condition (see statusUse).
type closureKey struct {
	lit             *ast.FuncLit
	inDefer, inCond bool
}

// closureEventsOf returns the events of the body of local closure lit,
// called in cfgNode. They are collected once per key and compacted, so
// that a chain of closures, each calling the next twice, costs a walk
// of each body rather than one per path through the chain. A closure
// cannot be called inside its own literal, but should one be, the inner
// call adds nothing.
func (f *flow) closureEventsOf(cfgNode ast.Node, lit *ast.FuncLit, inDefer bool) []event {
	_, inCond := cfgNode.(ast.Expr)
	key := closureKey{lit, inDefer, inCond}
	if evs, ok := f.closureEvents[key]; ok {
		return evs
	}
	if f.closureEvents == nil {
		f.closureEvents = make(map[closureKey][]event)
	}
	f.closureEvents[key] = nil
	var evs []event
	f.collect(cfgNode, f.e.litBody(lit), &evs, inDefer)
	evs = compact(evs)
	f.closureEvents[key] = evs
	return evs
}

// compact drops the events of evs that cannot change what a walk
// learns from the whole list: an event equal to an earlier one (the
// state it sets is set already — closes within one control-flow node
// are all deferred or none are — and a read already seen is reported
// once), and every call that closes on one outcome but the last, since
// only the last one's error decides a later branch.
func compact(evs []event) []event {
	last := -1
	for i, ev := range evs {
		if ev.kind == evCloseOnError || ev.kind == evCloseOnSuccess {
			last = i
		}
	}
	seen := make(map[event]bool)
	var out []event
	for i, ev := range evs {
		switch {
		case ev.kind == evCloseOnError || ev.kind == evCloseOnSuccess:
			if i != last {
				continue
			}
		case seen[ev]:
			continue
		}
		seen[ev] = true
		out = append(out, ev)
	}
	return out
}

// funcLit handles the function literal at lit inside a control-flow
// node. One called on the spot runs now (or, deferred, at exit); one
// started with go, or kept for later, takes the handles it mentions out
// of this function's hands.
func (f *flow) funcLit(cfgNode ast.Node, lit inspector.Cursor, evs *[]event, inDefer bool) {
	n := lit.Node().(*ast.FuncLit)
	if !f.mentions(n) {
		return
	}
	u := uses.Of(f.e.info, lit)
	if u.Kind == uses.Assigned && !u.Paren && u.Tok != token.VAR && len(u.Parent.Node().(*ast.AssignStmt).Lhs) == 1 {
		if id, ok := u.Lhs[0].(*ast.Ident); ok && id.Name == "_" {
			return // _ = func() { ... }: never runs
		}
	}
	if f.isLocalClosure(n) {
		return // runs where it is called, see collect
	}
	if u.Kind == uses.Called && !u.Paren && !u.Go {
		f.collect(cfgNode, lit.ChildAt(edge.FuncLit_Body, -1), evs, inDefer)
		return
	}
	*evs = append(*evs, event{kind: evEscape, pos: n.Pos()})
}

// localClosures returns fn's local closures: variables declared in fn
// with a function literal as their only value and used only by calling
// them, so that the literal's body runs exactly where they are called.
func (f *flow) localClosures() map[*types.Var]*ast.FuncLit {
	fn := f.fn
	if fn.closures != nil {
		return fn.closures
	}
	info := f.e.info
	fn.closures = make(map[*types.Var]*ast.FuncLit)
	fn.closureLits = make(map[*ast.FuncLit]bool)
	for c := range fn.cur.Preorder((*ast.FuncLit)(nil)) {
		u := uses.Of(info, c)
		if c == fn.cur || u.Kind != uses.Assigned || u.Tuple || u.Tok != token.DEFINE && u.Tok != token.VAR {
			continue
		}
		v, ok := info.Defs[u.Lhs[0].(*ast.Ident)].(*types.Var)
		if !ok || !f.onlyCalled(v) {
			// Any use but a call (an assignment, an argument, a
			// comparison) and the literal may run elsewhere or be
			// replaced.
			continue
		}
		lit := c.Node().(*ast.FuncLit)
		fn.closures[v], fn.closureLits[lit] = lit, true
	}
	return fn.closures
}

// onlyCalled reports whether every use of v calls it.
func (f *flow) onlyCalled(v *types.Var) bool {
	for _, ref := range f.e.ix.Refs(v) {
		if !ref.Def && uses.Of(f.e.info, ref.Cur).Kind != uses.Called {
			return false
		}
	}
	return true
}

// closureCalled returns the literal that call runs, if it calls a local
// closure.
func (f *flow) closureCalled(call *ast.CallExpr) *ast.FuncLit {
	id, ok := match.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := f.e.info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	return f.localClosures()[v]
}

// isLocalClosure reports whether lit is the value of a local closure.
func (f *flow) isLocalClosure(lit *ast.FuncLit) bool {
	f.localClosures()
	return f.fn.closureLits[lit]
}

// mentions reports whether n uses a handle.
func (f *flow) mentions(n ast.Node) bool {
	for v := range f.handles {
		for _, ref := range f.e.ix.RefsAfter(v, n.Pos()) {
			if ref.Cur.Node().Pos() >= n.End() {
				break
			}
			if !ref.Def {
				return true
			}
		}
	}
	return false
}

// use classifies one use of a handle of kind k, the identifier at id,
// found in the walk of root. A use whose value reaches root itself (a
// condition or a switch tag that is the handle) is one the walk sees no
// user of.
func (f *flow) use(cfgNode, root ast.Node, id inspector.Cursor, k kind, evs *[]event, inDefer bool) {
	switch k {
	case statusKind:
		f.statusUse(cfgNode, id, evs)
		return
	case wrapperKind:
		f.wrapperUse(root, id, evs)
		return
	case decoderKind:
		return // reported where it was created
	}
	info := f.e.info
	u := uses.Of(info, id)
	if u.Expr.Node() == root {
		return
	}
	if k == respKind && (u.Kind == uses.Field || u.Kind == uses.Method || u.Kind == uses.MethodValue) {
		switch name := u.Selection.Obj().Name(); {
		case u.Kind == uses.Field && name == "Body":
			k, u = bodyKind, uses.Of(info, u.Parent)
		case u.Kind == uses.Field && (name == "StatusCode" || name == "Status"):
			f.statusUse(cfgNode, u.Parent, evs)
			return
		case u.Kind == uses.Method && name == "Write":
			*evs = append(*evs, eventAt(u.Call, evRead))
			return
		default:
			return // Header, Request, Cookies(), ...
		}
	}
	if k == bytesKind {
		f.bytesUse(root, u, evs)
		return
	}
	for u.Expr.Node() != root {
		switch u.Kind {
		case uses.Method:
			switch name := u.Callee.Name(); {
			case name == "Close" && k == bodyKind:
				kind := evClose
				if inDefer {
					kind = evDeferClose
				}
				*evs = append(*evs, eventAt(u.Call, kind))
			case slices.Contains(readerMethods, name):
				*evs = append(*evs, eventAt(u.Call, evRead))
			}
		case uses.Arg, uses.Conversion, uses.BuiltinArg:
			switch fn := u.Callee; {
			case isWrapper(fn):
				k, u = readerKind, uses.Of(info, u.Call)
				continue
			case isDecoder(fn):
				// Creating a decoder over the body starts reading it.
				*evs = append(*evs, eventAt(u.Call, evRead))
			case isReadAll(fn) && uses.Of(info, u.Call).Kind == uses.Assigned:
				// b, err := io.ReadAll(resp.Body): the uses of b decide
			default:
				*evs = append(*evs, f.callEvents(u, k, inDefer)...)
			}
		case uses.Assigned:
			if u.Tok != token.VAR && !f.isLocalTarget(u.Lhs[0]) {
				*evs = append(*evs, event{kind: evEscape, pos: u.Expr.Node().Pos(), handover: true})
			}
		case uses.Elem, uses.ElemKey, uses.Return, uses.Send:
			if f.intoLocalWrapper(u) {
				return // the wrapper variable carries it from here
			}
			*evs = append(*evs, event{kind: evEscape, pos: u.Expr.Node().Pos(), handover: true})
		case uses.AddressOf:
			*evs = append(*evs, event{kind: evEscape, pos: u.Expr.Node().Pos()})
		case uses.GoDefer:
			if u.Go {
				*evs = append(*evs, event{kind: evEscape, pos: u.Expr.Node().Pos()})
			}
		}
		return // comparisons with nil, type assertions, calls of it, ...
	}
}

// eventAt returns an event of kind k that spans the node at cur.
func eventAt(cur inspector.Cursor, k eventKind) event {
	n := cur.Node()
	return event{kind: k, pos: n.Pos(), end: n.End()}
}

// intoLocalWrapper reports whether u, the use of the response as an
// element of a composite literal, puts it into a local wrapper handle
// (result = &Response{Response: resp}). A positional element counts only
// in a literal that is itself an element of another, as it always has.
func (f *flow) intoLocalWrapper(u uses.Use) bool {
	info := f.e.info
	switch {
	case u.Kind == uses.ElemKey || u.Kind == uses.Elem && u.Key != nil:
	case u.Kind == uses.Elem:
		outer := uses.Of(info, u.Parent)
		if outer.Kind != uses.Elem && outer.Kind != uses.ElemKey {
			return false
		}
		u = outer
	default:
		return false
	}
	lit := uses.Of(info, u.Parent)
	if lit.Kind == uses.AddressOf {
		lit = uses.Of(info, lit.Parent)
	}
	if lit.Kind != uses.Assigned {
		return false // nested, returned, passed on: keep it simple
	}
	v := match.ObjectOf(info, lit.Lhs[0])
	return v != nil && f.handles[v] == wrapperKind
}

// wrapperUse classifies a use of a local wrapper of the response, the
// identifier at id: a comparison, or assigning to it or from it to a
// local, keeps it here; anything else (a method call, an argument, a
// field read, storing it) hands the response on.
func (f *flow) wrapperUse(root ast.Node, id inspector.Cursor, evs *[]event) {
	u := uses.Of(f.e.info, id)
	switch {
	case u.Expr.Node() == root:
		return
	case u.Kind == uses.Binary, u.Kind == uses.Target:
		return // compared; result = ...: assigned, not used
	case u.Kind == uses.Assigned && u.Tok != token.VAR && f.isLocalTarget(u.Lhs[0]):
		return // an alias: findAliases follows it
	}
	*evs = append(*evs, event{kind: evEscape, pos: id.Node().Pos(), handover: true})
}

// bytesUse classifies u, a use of the body's bytes: decoding them, or
// returning them as a result, uses the body as data.
func (f *flow) bytesUse(root ast.Node, u uses.Use, evs *[]event) {
	for {
		switch u.Kind {
		case uses.Return:
			*evs = append(*evs, eventAt(u.Parent, evRead))
		case uses.Conversion: // string(b)
			if u.Call.Node() == root {
				return
			}
			if u = uses.Of(f.e.info, u.Call); !u.Paren {
				continue
			}
		case uses.Arg:
			if fn := u.Callee; fn != nil && (strings.HasPrefix(fn.Name(), "Unmarshal") || strings.HasPrefix(fn.Name(), "Decode")) {
				*evs = append(*evs, eventAt(u.Call, evRead))
			}
		}
		return
	}
}

// isLocalTarget reports whether assigning to lhs keeps the value inside
// the function: a local variable or the blank identifier.
func (f *flow) isLocalTarget(lhs ast.Expr) bool {
	return isLocalTarget(f.e.info, f.fn, lhs)
}

func isLocalTarget(info *types.Info, fn *Func, lhs ast.Expr) bool {
	if id, ok := match.Unparen(lhs).(*ast.Ident); ok {
		if id.Name == "_" {
			return true
		}
		v, _ := info.ObjectOf(id).(*types.Var)
		return match.IsLocal(v, fn.Node)
	}
	return false
}

// callEvents classifies u, passing a handle of kind k to a call.
func (f *flow) callEvents(u uses.Use, k kind, inDefer bool) []event {
	call, fn := u.Call.Node().(*ast.CallExpr), u.Callee
	at := func(kind eventKind) event { return eventAt(u.Call, kind) }
	if u.Go {
		return []event{at(evEscape)}
	}
	if _, lit := match.Unparen(call.Fun).(*ast.FuncLit); lit {
		return nil // its parameter is an alias; its body's events are collected
	}
	switch {
	case u.Kind == uses.BuiltinArg, u.Kind == uses.Conversion:
		return nil
	case fn == nil:
		return []event{at(evEscape)} // a function value: unknown
	case knowledge.BodyReadAll.Has(fn) || knowledge.BodyReadInto.Has(fn):
		return []event{at(evRead)}
	case knowledge.BodyCopies.Has(fn):
		if u.Index == 1 && !isDiscard(f.e.info, call.Args[0]) {
			return []event{at(evRead)}
		}
		return nil // draining to io.Discard is not a read as data
	case knowledge.ResponseDumps.Has(fn):
		return nil
	}
	if s := f.e.summaryOf(fn); s != nil {
		if u.Index >= len(s.Params) {
			return nil
		}
		ps := s.Params[u.Index]
		var evs []event
		if ps.Checks {
			evs = append(evs, at(evCheck))
		}
		if ps.Reads {
			evs = append(evs, at(evRead))
		}
		if ps.Closes {
			kind := evClose
			if inDefer {
				kind = evDeferClose
			}
			evs = append(evs, at(kind))
		} else if ps.ClosesOnError && !inDefer {
			evs = append(evs, at(evCloseOnError))
		} else if ps.ClosesOnSuccess && !inDefer {
			evs = append(evs, at(evCloseOnSuccess))
		}
		return evs
	}
	// A function of another package: judge by the parameter's type.
	param := paramType(fn, u.Index)
	switch {
	case param == nil:
		return nil
	case k == respKind:
		// CheckResponse(r) error and the like decide on the status;
		// whatever it is, the body is the callee's business now.
		if returnsErrorOrBool(fn) {
			return []event{at(evCheck), at(evEscape)}
		}
		return []event{at(evEscape)}
	case hasMethod(param, "Close"):
		return []event{at(evEscape)}
	case hasMethod(param, "Read"):
		return []event{at(evRead)}
	}
	return nil
}

// statusUse classifies a use of the status (resp.StatusCode, resp.Status,
// or a copy), the expression at cur. A look counts when it decides the
// path: a condition, a switch, a comparison that is assigned or
// returned, a call that returns an error or a bool and is not dropped,
// or a return.
func (f *flow) statusUse(cfgNode ast.Node, cur inspector.Cursor, evs *[]event) {
	check := event{kind: evCheck, pos: cur.Node().Pos()}
	if _, isExpr := cfgNode.(ast.Expr); isExpr {
		*evs = append(*evs, check) // an if or for condition, a switch tag or case
		return
	}
	info := f.e.info
	compared := false
	for {
		u := uses.Of(info, cur)
		switch u.Kind {
		case uses.Binary:
			switch u.Tok {
			case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
				compared = true
			}
		case uses.Return:
			*evs = append(*evs, check)
			return
		case uses.Assigned, uses.Target:
			if compared {
				*evs = append(*evs, check)
			}
			return
		case uses.Arg, uses.Conversion, uses.BuiltinArg, uses.Called, uses.Method:
			fn := match.Callee(info, u.Call.Node().(*ast.CallExpr))
			if fn != nil && returnsErrorOrBool(fn) {
				// A statement of its own, or deferred, the call's
				// result is dropped.
				if d := uses.Of(info, u.Call); !(d.Kind == uses.ExprStmt && !d.Paren || d.Defer) {
					*evs = append(*evs, check)
					return
				}
			}
			if fn != nil && isCheckedByPanic(fn) {
				*evs = append(*evs, check)
				return
			}
			cur = u.Call
			continue
		}
		switch u.Parent.Node().(type) {
		case nil, ast.Stmt:
			return
		case *ast.ValueSpec:
			if compared {
				*evs = append(*evs, check)
			}
			return
		}
		cur = u.Parent
	}
}

// isCheckedByPanic reports assertion helpers that stop the path on a bad
// status (testify's require.Equal(t, 200, resp.StatusCode)).
func isCheckedByPanic(fn *types.Func) bool {
	return fn.Pkg() != nil && (fn.Pkg().Path() == "github.com/stretchr/testify/require" ||
		fn.Pkg().Path() == "github.com/stretchr/testify/assert")
}

func isDiscard(info *types.Info, e ast.Expr) bool {
	sel, ok := match.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	return ok && v.Name() == "Discard" && v.Pkg() != nil && (v.Pkg().Path() == "io" || v.Pkg().Path() == "io/ioutil")
}

// paramType returns the type of fn's parameter for argument i, with
// variadic parameters spread.
func paramType(fn *types.Func, i int) types.Type {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || i < 0 {
		return nil
	}
	params := sig.Params()
	if sig.Variadic() && i >= params.Len()-1 {
		if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	}
	if i >= params.Len() {
		return nil
	}
	return params.At(i).Type()
}

func hasMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

func returnsErrorOrBool(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	for v := range sig.Results().Variables() {
		t := v.Type()
		if types.Identical(t, types.Universe.Lookup("error").Type()) {
			return true
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
			return true
		}
	}
	return false
}
