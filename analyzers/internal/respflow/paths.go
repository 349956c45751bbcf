package respflow

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/http"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// follow binds the response of call in fn and walks every path from it.
func (e *engine) follow(fn *Func, call *ast.CallExpr) *Response {
	idx := ResultIndex(e.info.TypeOf(call))
	r := &Response{Call: call, Func: fn, Index: idx}
	at, ok := e.cursorOf(call)
	if !ok {
		return r
	}
	u := uses.Of(e.info, at)
	switch u.Kind {
	case uses.ExprStmt:
		r.Stmt, r.Discarded = u.Parent.Node().(ast.Stmt), true
		return r
	case uses.Assigned:
		switch p := u.Parent.Node().(type) {
		case *ast.AssignStmt:
			if len(p.Rhs) != 1 || idx >= len(p.Lhs) {
				return r // one of several values: too rare to follow
			}
			r.Stmt = p
			if !isLocalTarget(e.info, fn, p.Lhs[idx]) {
				return r // stored in a field or global: someone else's job
			}
		case *ast.ValueSpec:
			if len(p.Values) != 1 || idx >= len(p.Names) {
				return r
			}
			if decl := u.Parent.Parent(); decl.Valid() {
				r.Stmt, _ = decl.Parent().Node().(ast.Stmt)
			}
		}
		// The value is the only one: Lhs are all the variables.
		r.Var = match.ObjectOf(e.info, u.Lhs[idx])
		r.Err = errorVar(e.info, u.Lhs[idx+1:])
	default:
		return r // returned, passed on, stored: not this function's to close
	}
	if r.Var == nil || r.Var.Name() == "_" {
		r.Var = nil
		r.Discarded = true // _, err := client.Get(u)
		return r
	}
	r.InLoop = inLoop(e, call, fn)
	f := e.flowOf(fn.data(), r.Var, r.Err, call.End())
	if f == nil {
		r.gaveUp = true
		return r
	}

	e.graph(fn)
	ref, ok := e.nodeOf(fn, call)
	if !ok {
		return r // in dead code
	}
	w := f.walker(ref.block.Nodes[ref.index], at)
	// A helper of this package that checked the status before handing
	// the response back has done the caller's check.
	s := state{errLive: r.Err != nil, checked: !e.mayBeUnchecked(call)}
	ok = w.walk(ref.block, ref.index+1, s)
	if debug {
		w.dump(e.pass.Fset, "response of "+e.pass.Fset.Position(call.Pos()).String())
	}
	if !ok {
		r.gaveUp = true
		return r
	}
	r.Leaks = w.leaks
	if len(w.returns) == 0 && !w.handedOver {
		// A response returned to the caller, or handed over in a wrapper,
		// is the receiver's to check, even if this function looks into
		// the body on the way (a client library buffering it).
		r.Unchecked = w.unchecked
	}
	r.DeferLoop = w.pending.loop()
	r.returned = w.returns
	r.Escapes = w.escaped || len(w.returns) > 0
	r.escaped = w.escaped
	if len(r.Leaks) > 0 && w.anyClose {
		for i := range r.Leaks {
			r.Leaks[i].AnyClose = true
		}
	}
	return r
}

// errorVar returns the last of the variables that has type error: in
// resp, meta, err := c.get(...), the call's error is err.
func errorVar(info *types.Info, lhs []ast.Expr) *types.Var {
	for i := len(lhs) - 1; i >= 0; i-- {
		if v := match.ObjectOf(info, lhs[i]); v != nil && isError(v.Type()) {
			return v
		}
	}
	return nil
}

// inLoop reports whether n is inside a for or range statement of fn
// (not of a function literal inside fn).
func inLoop(e *engine, n ast.Node, fn *Func) bool {
	c, ok := e.cursorOf(n)
	if !ok {
		return false
	}
	for p := range c.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		if p == c {
			continue
		}
		switch p.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		default:
			return false // fn itself, or a literal inside it
		}
	}
	return false
}

// state is what a path knows so far.
type state struct {
	closed  bool // closed, or someone else's job
	checked bool // the status was looked at
	errLive bool // the error variable still holds the call's error
	// deferPending: a defer inside a loop closes the body, and nothing
	// has closed it since: reaching the source again then means the
	// loop iterates while the deferred close waits for the function to
	// return. A defer in a loop that every path leaves (return, break)
	// right after runs once and is fine. Which defer it is does not
	// change the walk, so it is not part of the state: see pending.
	deferPending bool
	// closedIfErr is the variable holding the error of a call that
	// closes the body when it fails (err := requireOK(resp)), and
	// closedIfCall that call when it is a condition's operand
	// (if requireOK(resp) != nil): the branch on which the error is not
	// nil has the body closed.
	closedIfErr  *types.Var
	closedIfCall token.Pos
	onSuccess    bool // the call closes when its error is nil instead
}

type visit struct {
	block int32
	state state
}

// walker walks the paths of one flow. Each block is entered at most once
// per state. States that can no longer lead to different findings are
// made equal (see canon), a path ends once it has nothing left to teach
// (see learnt) or leaves the flow's region with the body closed, so that
// the walk stays about as large as the region. Should it still enter a
// block in more states than real code needs, or take more steps than
// its function's budget, it gives up.
type walker struct {
	*flow
	src       ast.Node // the source's node: reaching it again is a new iteration
	visited   map[visit]bool
	beyond    token.Pos // nodes from here on are past the region for good; NoPos if none are
	gaveUp    bool
	leaks     []Leak
	unchecked []Read
	pending   pending
	states    map[int32]int // by block index: how many states it was entered in
	anyClose  bool          // some path leaves with the body closed or handed on
	sawCheck  bool
	// handedOver: the response is stored, sent or returned (maybe in a
	// wrapper): whoever gets it checks the status.
	handedOver bool
	escaped    bool // some path hands the response or its body on, in any way
	returns    []returned
}

// walker returns a walker of the flow from the source's node src (nil
// for a parameter), at is the source call's cursor (the function's).
func (f *flow) walker(src ast.Node, at inspector.Cursor) *walker {
	return &walker{flow: f, src: src, visited: make(map[visit]bool), states: make(map[int32]int), beyond: f.beyond(at)}
}

// walk walks every path from node start of block b in state s. It
// reports false if it gave up: the flow takes more steps than its
// function's budget allows (see Func.budget), or enters a block in more
// than maxStates states. The findings of a walk that gave up are
// partial, and must not be reported: a path it did not walk may have
// closed the body, or checked the status.
func (w *walker) walk(b *cfg.Block, start int, s state) bool {
	w.from(b, start, s, visit{block: -1})
	return !w.gaveUp
}

// returned records the state of a path that returns the response itself.
type returned struct {
	ret             *ast.ReturnStmt
	closed, checked bool
}

// from walks the paths from node start of b in state s; self is the
// visit it makes (see pending).
func (w *walker) from(b *cfg.Block, start int, s state, self visit) {
	entered := s.deferPending // the defer pending on entry is still pending
	var born token.Pos        // a defer of this block, still pending
	for i := start; i < len(b.Nodes); i++ {
		node := b.Nodes[i]
		if !w.step() {
			return
		}
		if s.closed && w.beyond.IsValid() && node.Pos() >= w.beyond {
			// Nothing past the region mentions a handle or the error,
			// and no path comes back into it: all that is left to
			// learn is whether the path leaves the function closed.
			w.anyClose = w.anyClose || w.e.canExit(w.fn, b, i)
			return
		}
		if w.learnt(s) {
			return
		}
		if node == w.src && w.src != nil {
			if !s.closed {
				w.leaks = append(w.leaks, Leak{Pos: node.Pos(), Iteration: true})
			}
			w.pending.reach(self, entered, born)
			return
		}
		if ret, ok := node.(*ast.ReturnStmt); ok && w.returnsHandle(ret) {
			// The caller's now; record how it gets it.
			w.returns = append(w.returns, returned{ret: ret, closed: s.closed, checked: s.checked})
			w.anyClose = true
			return
		}
		for _, ev := range w.eventsOf(node) {
			switch ev.kind {
			case evClose:
				s.closed = true
				// closed before the next iteration
				s.deferPending, entered, born = false, false, token.NoPos
			case evDeferClose:
				s.closed = true
				if d, ok := node.(*ast.DeferStmt); ok && w.e.deferInLoop(w.fn)[d] {
					s.deferPending, entered, born = true, false, d.Pos()
				}
			case evEscape:
				s.closed = true
				w.handedOver = w.handedOver || ev.handover
				w.escaped = true
			case evCheck:
				s.checked = true
				w.sawCheck = true
			case evRead:
				if !s.checked && !w.hasRead(ev.pos) {
					w.unchecked = append(w.unchecked, Read{Pos: ev.pos, End: ev.end, Stmt: stmtOf(node)})
				}
			case evErrReset:
				s.errLive = false
			case evCloseOnError, evCloseOnSuccess:
				s.closedIfErr, s.closedIfCall = w.boundError(node, ev.pos), ev.pos
				s.onSuccess = ev.kind == evCloseOnSuccess
			}
		}
		if ret, ok := node.(*ast.ReturnStmt); ok {
			w.exitReturn(ret, s)
			return
		}
	}
	succs := b.Succs
	if len(succs) == 0 {
		if len(b.Nodes) > 0 && w.noReturn(b.Nodes[len(b.Nodes)-1]) {
			return // panic, os.Exit, log.Fatal, t.Fatal
		}
		w.exit(w.fn.Body.Rbrace, s)
		return
	}
	if len(succs) == 2 && len(b.Nodes) > 0 {
		if cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr); ok {
			switch w.failed(cond, s) {
			case thenBranch: // the then branch is the failed call's
				succs = succs[1:]
			case elseBranch:
				succs = succs[:1]
			}
		}
	}
	bodiless, errClosed := neither, neither
	if len(succs) == 2 && len(b.Nodes) > 0 && !s.closed {
		if cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr); ok {
			bodiless = w.bodiless(cond)
			errClosed = w.errClosed(cond, s)
		}
	}
	for _, next := range succs {
		ns := s
		if bodiless.takes(b, next) {
			// A 204 or 304 response has no body: the transport has
			// already put the connection back, nothing to close.
			ns.closed, ns.deferPending = true, false
		}
		if errClosed.takes(b, next) {
			ns.closed = true // the helper failed, and closed the body
		}
		ns = w.canon(ns)
		v := visit{next.Index, ns}
		if ns.deferPending {
			w.pending.flow(self, entered, born, v)
		}
		if w.visited[v] {
			continue
		}
		w.visited[v] = true
		if w.states[v.block]++; w.states[v.block] > maxStates {
			w.gaveUp = true
			return
		}
		w.from(next, 0, ns, v)
	}
}

// learnt reports whether a path in state s has nothing left to teach:
// the body is closed and the status checked, so it can neither leak nor
// be read unchecked; some path has left the function closed already;
// and nothing can hand the response over or defer its close to the next
// iteration. Going on would only walk the rest of the function again
// for each response (resp, err = c.Get(u), again and again).
func (w *walker) learnt(s state) bool {
	return s.closed && s.checked && !s.deferPending && w.anyClose && w.sawCheck && !w.mayHandOver()
}

// step counts one step of the walk, and reports whether the walk may go
// on.
func (w *walker) step() bool {
	if w.gaveUp {
		return false
	}
	w.e.work++
	w.fn.work++
	if w.fn.work > w.fn.budget() {
		w.gaveUp = true
	}
	return !w.gaveUp
}

// canon returns s with what can no longer matter dropped, so that states
// that lead to the same findings are walked once: once the body is
// closed, which call's error would have closed it (only an open body
// looks at it).
func (w *walker) canon(s state) state {
	if s.closed {
		s.closedIfErr, s.closedIfCall, s.onSuccess = nil, token.NoPos, false
	}
	return s
}

// pending follows which defers in a loop are still pending where. The
// walk only knows that one is (state.deferPending), so that a loop with
// many defers is walked once rather than once per defer; pending
// records, per visit, where the defer it was entered with, or one of
// its own, goes on to, and which of them reach the source again.
type pending struct {
	hits   map[visit]bool        // visits whose entering defer reaches the source in their block
	next   map[visit][]visit     // visits whose entering defer goes on to these
	births map[token.Pos][]visit // defers that go on from their own block to these visits
	hitAt  map[token.Pos]bool    // defers that reach the source in their own block
}

// reach notes that the source is reached, in visit self, with the defer
// it was entered with (entered) or a defer of its own (born) pending.
func (p *pending) reach(self visit, entered bool, born token.Pos) {
	switch {
	case entered:
		if p.hits == nil {
			p.hits = make(map[visit]bool)
		}
		p.hits[self] = true
	case born.IsValid():
		if p.hitAt == nil {
			p.hitAt = make(map[token.Pos]bool)
		}
		p.hitAt[born] = true
	}
}

// flow notes that visit self hands its pending defer on to visit v.
func (p *pending) flow(self visit, entered bool, born token.Pos, v visit) {
	switch {
	case entered:
		if p.next == nil {
			p.next = make(map[visit][]visit)
		}
		p.next[self] = append(p.next[self], v)
	case born.IsValid():
		if p.births == nil {
			p.births = make(map[token.Pos][]visit)
		}
		p.births[born] = append(p.births[born], v)
	}
}

// loop returns, in source order, the defers that some path carries,
// still pending, back to the source.
func (p *pending) loop() []token.Pos {
	prev := make(map[visit][]visit)
	for v, next := range p.next {
		for _, n := range next {
			prev[n] = append(prev[n], v)
		}
	}
	reached := make(map[visit]bool)
	var queue []visit
	for v := range p.hits {
		reached[v] = true
		queue = append(queue, v)
	}
	for len(queue) > 0 {
		v := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, u := range prev[v] {
			if !reached[u] {
				reached[u] = true
				queue = append(queue, u)
			}
		}
	}
	var defers []token.Pos
	for d := range p.hitAt {
		defers = append(defers, d)
	}
	for d, next := range p.births {
		if !p.hitAt[d] && slices.ContainsFunc(next, func(v visit) bool { return reached[v] }) {
			defers = append(defers, d)
		}
	}
	slices.Sort(defers)
	return defers
}

// A branch says which successor of a condition's block something holds
// on.
type branch int8

const (
	elseBranch branch = -1 // the condition is false
	neither    branch = 0
	thenBranch branch = 1 // the condition is true
)

// takes reports whether going from b to its successor next takes branch
// br.
func (br branch) takes(b *cfg.Block, next *cfg.Block) bool {
	return br == thenBranch && next == b.Succs[0] || br == elseBranch && next == b.Succs[1]
}

// bodiless reports whether cond tells a response without a body apart:
// thenBranch when its true branch has a status of 204 No Content or 304
// Not Modified (resp.StatusCode == http.StatusNotModified), elseBranch
// when its false branch does (!=), neither otherwise. net/http gives such responses
// http.NoBody and reuses their connection without a Close.
func (w *walker) bodiless(cond ast.Expr) branch {
	bin, ok := match.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return neither
	}
	switch bin.Op {
	case token.LAND:
		if w.bodiless(bin.X) == thenBranch || w.bodiless(bin.Y) == thenBranch {
			return thenBranch
		}
		return neither
	case token.LOR:
		if x, y := w.bodiless(bin.X), w.bodiless(bin.Y); x == y {
			return x
		}
		return neither
	case token.EQL, token.NEQ:
	default:
		return neither
	}
	x, y := match.Unparen(bin.X), match.Unparen(bin.Y)
	if w.kindOf(y) == statusKind {
		x, y = y, x
	}
	if w.kindOf(x) != statusKind || !isNoBodyStatus(w.e.info, y) {
		return neither
	}
	if sel, ok := x.(*ast.SelectorExpr); ok && sel.Sel.Name != "StatusCode" {
		return neither
	}
	if bin.Op == token.EQL {
		return thenBranch
	}
	return elseBranch
}

// isNoBodyStatus reports whether e is the constant 204 or 304.
func isNoBodyStatus(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return false
	}
	code, exact := constant.Int64Val(tv.Value)
	return exact && (code == http.StatusNoContent || code == http.StatusNotModified)
}

// exitReturn records a path that leaves the function by ret.
func (w *walker) exitReturn(ret *ast.ReturnStmt, s state) {
	if s.closed {
		w.anyClose = true
		return
	}
	w.leaks = append(w.leaks, Leak{Pos: ret.Pos(), NilError: w.returnsNilError(ret, s), Error: w.returnsError(ret)})
}

// returnsError reports whether ret returns an error that cannot be nil
// (a call such as fmt.Errorf, or a composite literal) as the function's
// last result.
func (w *walker) returnsError(ret *ast.ReturnStmt) bool {
	return w.errorResult(ret) != nil && !mayHaveNilError(w.e.info, ret)
}

// errorResult returns the expression ret gives the function's last
// result when that is an error, or nil.
func (w *walker) errorResult(ret *ast.ReturnStmt) ast.Expr {
	res := w.fn.Sig.Results()
	if res.Len() == 0 || len(ret.Results) != res.Len() || !isError(res.At(res.Len()-1).Type()) {
		return nil
	}
	return match.Unparen(ret.Results[len(ret.Results)-1])
}

// returnsNilError reports whether ret returns the literal nil as the
// function's last result, an error, or returns the error of a call that
// closes the body when it fails (return requireHTTPCodes(resp, 200)),
// which leaves the body open only with a nil error.
func (w *walker) returnsNilError(ret *ast.ReturnStmt, s state) bool {
	last := w.errorResult(ret)
	return last != nil && (isNil(w.e.info, last) || !s.onSuccess && w.isClosingError(last, s))
}

// isClosingError reports whether x is the error of the call that closes
// the body on one outcome (s.closedIfCall itself, or s.closedIfErr).
func (w *walker) isClosingError(x ast.Expr, s state) bool {
	if _, isCall := x.(*ast.CallExpr); isCall {
		return s.closedIfCall.IsValid() && x.Pos() == s.closedIfCall
	}
	return s.closedIfErr != nil && match.ObjectOf(w.e.info, x) == s.closedIfErr
}

// boundError returns the variable that node, an assignment of the call
// at pos, stores the call's error in, or nil.
func (w *walker) boundError(node ast.Node, pos token.Pos) *types.Var {
	as, ok := node.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || match.Unparen(as.Rhs[0]).Pos() != pos {
		return nil
	}
	return errorVar(w.e.info, as.Lhs)
}

// errClosed reports whether cond tells apart the outcome of a call that
// closes the body when it fails (or, onSuccess, when it succeeds):
// thenBranch when its true branch has the body closed (err != nil after
// requireOK(resp)), elseBranch when its false branch has.
func (w *walker) errClosed(cond ast.Expr, s state) branch {
	bin, ok := match.Unparen(cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.EQL && bin.Op != token.NEQ {
		return neither
	}
	x := nilCompared(w.e.info, bin)
	if x == nil {
		return neither
	}
	if w.isClosingError(x, s) {
		if (bin.Op == token.NEQ) != s.onSuccess {
			return thenBranch
		}
		return elseBranch
	}
	return neither
}

// exit records a path that leaves the function at pos.
func (w *walker) exit(pos token.Pos, s state) {
	if s.closed {
		w.anyClose = true
	} else {
		w.leaks = append(w.leaks, Leak{Pos: pos})
	}
}

// failed reports whether cond tells the failed call apart: thenBranch
// when its true branch is the failure (err != nil, resp == nil),
// elseBranch when its false branch is (err == nil, resp != nil), neither
// otherwise. On the failure path
// there is no body to close or read.
func (w *walker) failed(cond ast.Expr, s state) branch {
	switch c := match.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			return -w.failed(c.X, s) // the branches swap
		}
		return neither
	case *ast.CallExpr:
		if s.errLive && w.isErrorPredicate(c) {
			return thenBranch // if errors.Is(err, context.Canceled): err != nil there
		}
		return neither
	}
	bin, ok := match.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return neither
	}
	switch bin.Op {
	case token.LAND:
		x, y := w.failed(bin.X, s), w.failed(bin.Y, s)
		switch {
		case x == thenBranch || y == thenBranch: // true only if both are: err != nil && retries < n
			return thenBranch
		case x == elseBranch && y == elseBranch: // resp != nil && resp.Body != nil
			return elseBranch
		}
		return neither
	case token.LOR:
		x, y := w.failed(bin.X, s), w.failed(bin.Y, s)
		switch {
		case x == elseBranch || y == elseBranch: // false only if both are: err == nil || ...
			return elseBranch
		case x == thenBranch && y == thenBranch: // err != nil || resp == nil
			return thenBranch
		}
		return neither
	case token.EQL, token.NEQ:
	default:
		return neither
	}
	x := nilCompared(w.e.info, bin)
	if x == nil {
		return neither
	}
	if sel, ok := x.(*ast.SelectorExpr); ok && sel.Sel.Name == "Body" && w.kindOf(sel.X) == respKind {
		x = sel.X // resp.Body == nil: no body to close or read either
	}
	v := match.ObjectOf(w.e.info, x)
	if v == nil {
		return neither
	}
	var failIfEqual bool // err != nil fails; resp == nil fails
	switch {
	case v == w.errVar && s.errLive:
		failIfEqual = false
	case w.handles[v] == respKind || w.handles[v] == bodyKind:
		failIfEqual = true
	default:
		return neither
	}
	if (bin.Op == token.EQL) == failIfEqual {
		return thenBranch
	}
	return elseBranch
}

// isErrorPredicate reports whether call asks a question about the call's
// error that only a non-nil error answers yes to: errors.Is and
// errors.As, and bool functions named Is… or is… that take it
// (os.IsNotExist(err), IsContextErr(err), isTimeout(err)).
func (w *walker) isErrorPredicate(call *ast.CallExpr) bool {
	fn := match.Callee(w.e.info, call)
	if fn == nil || !(strings.HasPrefix(fn.Name(), "Is") || strings.HasPrefix(fn.Name(), "is") || match.IsFunc(fn, "errors", "As")) {
		return false
	}
	if b, ok := w.e.info.TypeOf(call).(*types.Basic); !ok || b.Kind() != types.Bool {
		return false
	}
	if len(call.Args) == 0 || match.ObjectOf(w.e.info, call.Args[0]) != w.errVar {
		return false
	}
	return true
}

// nilCompared returns the operand that bin compares with nil, or nil.
func nilCompared(info *types.Info, bin *ast.BinaryExpr) ast.Expr {
	x, y := match.Unparen(bin.X), match.Unparen(bin.Y)
	if isNil(info, x) {
		x, y = y, x
	}
	if !isNil(info, y) {
		return nil
	}
	return x
}

func isNil(info *types.Info, e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

func (w *walker) noReturn(n ast.Node) bool {
	if es, ok := n.(*ast.ExprStmt); ok {
		if call, ok := match.Unparen(es.X).(*ast.CallExpr); ok {
			return !knowledge.CallReturns(w.e.info, call)
		}
	}
	return false
}

// returnsHandle reports whether ret returns the response (or its body)
// itself, which makes it the caller's.
func (w *walker) returnsHandle(ret *ast.ReturnStmt) bool {
	if len(ret.Results) == 0 {
		// A bare return hands over the named results.
		for v := range w.fn.Sig.Results().Variables() {
			if k := w.handles[v]; k == respKind || k == bodyKind || k == readerKind || k == wrapperKind {
				return true
			}
		}
	}
	for _, res := range ret.Results {
		if k := w.kindOf(res); k == respKind || k == bodyKind || k == readerKind || k == wrapperKind {
			return true
		}
	}
	return false
}

func (w *walker) hasRead(pos token.Pos) bool {
	for _, r := range w.unchecked {
		if r.Pos == pos {
			return true
		}
	}
	return false
}

// maxStates is how many states a walk may enter one block in. Real code
// needs three at most (the bench corpus, measured); many more mean that
// the states multiply (n defers in a loop, n calls that close on error,
// each one's own state), and the walk would grow with their product.
const maxStates = 16

// debug makes each walk print its function's control-flow graph and the
// states in which it entered each block.
const debug = false

func (w *walker) dump(fset *token.FileSet, what string) {
	fmt.Printf("%s, in the function at %s:\n%s", what, fset.Position(w.fn.Node.Pos()), w.fn.cfg.Format(fset))
	var visits []visit
	for v := range w.visited {
		visits = append(visits, v)
	}
	slices.SortFunc(visits, func(a, b visit) int { return int(a.block - b.block) })
	for _, v := range visits {
		fmt.Printf("\tblock %d: %+v\n", v.block, v.state)
	}
	fmt.Printf("\tleaks %v, unchecked %v, defers in loops %v, gave up %t\n", w.leaks, w.unchecked, w.pending.loop(), w.gaveUp)
}

// stmtOf returns the control-flow node as a statement, if it is one.
func stmtOf(n ast.Node) ast.Stmt {
	s, _ := n.(ast.Stmt)
	return s
}
