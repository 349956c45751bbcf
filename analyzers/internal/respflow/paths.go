package respflow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/http"
	"strings"

	"golang.org/x/tools/go/cfg"

	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// follow binds the response of call in fn and walks every path from it.
func (e *engine) follow(fn *Func, call *ast.CallExpr) *Response {
	idx := ResultIndex(e.info.TypeOf(call))
	r := &Response{Call: call, Func: fn, Index: idx}
	f := e.newFlow(fn)
	switch p := e.parent(call).(type) {
	case *ast.ExprStmt:
		r.Stmt, r.Discarded = p, true
		return r
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || p.Rhs[0] != call && match.Unparen(p.Rhs[0]) != call || idx >= len(p.Lhs) {
			return r // one of several values: too rare to follow
		}
		r.Stmt = p
		if !f.isLocalTarget(p.Lhs[idx]) {
			return r // stored in a field or global: someone else's job
		}
		r.Var = match.ObjectOf(e.info, p.Lhs[idx])
		r.Err = errorVar(e.info, p.Lhs[idx+1:])
	case *ast.ValueSpec:
		if len(p.Values) != 1 || idx >= len(p.Names) {
			return r
		}
		r.Var, _ = e.info.Defs[p.Names[idx]].(*types.Var)
		ids := make([]ast.Expr, len(p.Names)-idx-1)
		for i, id := range p.Names[idx+1:] {
			ids[i] = id
		}
		r.Err = errorVar(e.info, ids)
		if decl, ok := e.parent(p).(*ast.GenDecl); ok {
			if stmt, ok := e.parent(decl).(ast.Stmt); ok {
				r.Stmt = stmt
			}
		}
	default:
		return r // returned, passed on, stored: not this function's to close
	}
	if r.Var == nil || r.Var.Name() == "_" {
		r.Var = nil
		r.Discarded = true // _, err := client.Get(u)
		return r
	}
	r.InLoop = inLoop(e, call, fn)
	f.handles[r.Var] = respKind
	f.errVar = r.Err
	f.sourceEnd = call.End()
	f.findAliases()

	g := e.graph(fn)
	block, index := findNode(g, call)
	if block == nil {
		return r // in dead code
	}
	w := &walker{flow: f, src: block.Nodes[index], visited: make(map[visit]bool)}
	// A helper of this package that checked the status before handing
	// the response back has done the caller's check.
	s := state{errLive: r.Err != nil, checked: !e.mayBeUnchecked(call)}
	w.from(block, index+1, s)
	r.Leaks = w.leaks
	if len(w.returns) == 0 && !w.handedOver {
		// A response returned to the caller, or handed over in a wrapper,
		// is the receiver's to check, even if this function looks into
		// the body on the way (a client library buffering it).
		r.Unchecked = w.unchecked
	}
	r.DeferLoop = w.deferLoop
	r.returned = w.returns
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

// findNode returns the block and index of the control-flow node that
// holds n.
func findNode(g *cfg.CFG, n ast.Node) (*cfg.Block, int) {
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		for i, node := range b.Nodes {
			if node.Pos() <= n.Pos() && n.End() <= node.End() {
				return b, i
			}
		}
	}
	return nil, 0
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
	// deferAt is the defer inside a loop that closes the body, when
	// nothing has closed it since: reaching the source again then means
	// the loop iterates while the deferred close waits for the function
	// to return. A defer in a loop that every path leaves (return,
	// break) right after runs once and is fine.
	deferAt token.Pos
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
// per state; there are few states (three bits and at most one pending
// defer per loop), so loops cost little extra.
type walker struct {
	*flow
	src       ast.Node // the source's node: reaching it again is a new iteration
	visited   map[visit]bool
	leaks     []Leak
	unchecked []Read
	deferLoop []token.Pos
	anyClose  bool // some path leaves with the body closed or handed on
	sawCheck  bool
	// handedOver: the response is stored, sent or returned (maybe in a
	// wrapper): whoever gets it checks the status.
	handedOver bool
	returns    []returned
}

// returned records the state of a path that returns the response itself.
type returned struct {
	ret             *ast.ReturnStmt
	closed, checked bool
}

func (w *walker) from(b *cfg.Block, start int, s state) {
	for i := start; i < len(b.Nodes); i++ {
		node := b.Nodes[i]
		if node == w.src && w.src != nil {
			if !s.closed {
				w.leaks = append(w.leaks, Leak{Pos: node.Pos(), Iteration: true})
			}
			if s.deferAt.IsValid() && !containsPos(w.deferLoop, s.deferAt) {
				w.deferLoop = append(w.deferLoop, s.deferAt)
			}
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
				s.deferAt = token.NoPos // closed before the next iteration
			case evDeferClose:
				s.closed = true
				if d, ok := node.(*ast.DeferStmt); ok && inLoop(w.e, d, w.fn) {
					s.deferAt = d.Pos()
				}
			case evEscape:
				s.closed = true
				w.handedOver = w.handedOver || ev.handover
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
			case 1: // the then branch is the failed call's
				succs = succs[1:]
			case -1:
				succs = succs[:1]
			}
		}
	}
	bodiless, errClosed := 0, 0
	if len(succs) == 2 && len(b.Nodes) > 0 && !s.closed {
		if cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr); ok {
			bodiless = w.bodiless(cond)
			errClosed = w.errClosed(cond, s)
		}
	}
	for _, next := range succs {
		ns := s
		if bodiless == 1 && next == b.Succs[0] || bodiless == -1 && next == b.Succs[1] {
			// A 204 or 304 response has no body: the transport has
			// already put the connection back, nothing to close.
			ns.closed, ns.deferAt = true, token.NoPos
		}
		if errClosed == 1 && next == b.Succs[0] || errClosed == -1 && next == b.Succs[1] {
			ns.closed = true // the helper failed, and closed the body
		}
		v := visit{next.Index, ns}
		if w.visited[v] {
			continue
		}
		w.visited[v] = true
		w.from(next, 0, ns)
	}
}

// bodiless reports whether cond tells a response without a body apart:
// 1 when its true branch has a status of 204 No Content or 304 Not
// Modified (resp.StatusCode == http.StatusNotModified), -1 when its false
// branch does (!=), 0 otherwise. net/http gives such responses
// http.NoBody and reuses their connection without a Close.
func (w *walker) bodiless(cond ast.Expr) int {
	bin, ok := match.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return 0
	}
	switch bin.Op {
	case token.LAND:
		if w.bodiless(bin.X) == 1 || w.bodiless(bin.Y) == 1 {
			return 1
		}
		return 0
	case token.LOR:
		if x, y := w.bodiless(bin.X), w.bodiless(bin.Y); x == y {
			return x
		}
		return 0
	case token.EQL, token.NEQ:
	default:
		return 0
	}
	x, y := match.Unparen(bin.X), match.Unparen(bin.Y)
	if w.kindOf(y) == statusKind {
		x, y = y, x
	}
	if w.kindOf(x) != statusKind || !isNoBodyStatus(w.e.info, y) {
		return 0
	}
	if sel, ok := x.(*ast.SelectorExpr); ok && sel.Sel.Name != "StatusCode" {
		return 0
	}
	if bin.Op == token.EQL {
		return 1
	}
	return -1
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
// closes the body when it fails (or, onSuccess, when it succeeds): 1 when
// its true branch has the body closed (err != nil after requireOK(resp)),
// -1 when its false branch has.
func (w *walker) errClosed(cond ast.Expr, s state) int {
	bin, ok := match.Unparen(cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.EQL && bin.Op != token.NEQ {
		return 0
	}
	x := nilCompared(w.e.info, bin)
	if x == nil {
		return 0
	}
	if w.isClosingError(x, s) {
		if (bin.Op == token.NEQ) != s.onSuccess {
			return 1
		}
		return -1
	}
	return 0
}

// exit records a path that leaves the function at pos.
func (w *walker) exit(pos token.Pos, s state) {
	if s.closed {
		w.anyClose = true
	} else {
		w.leaks = append(w.leaks, Leak{Pos: pos})
	}
}

// failed reports whether cond tells the failed call apart: 1 when its
// true branch is the failure (err != nil, resp == nil), -1 when its false
// branch is (err == nil, resp != nil), 0 otherwise. On the failure path
// there is no body to close or read.
func (w *walker) failed(cond ast.Expr, s state) int {
	switch c := match.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			return -w.failed(c.X, s)
		}
		return 0
	case *ast.CallExpr:
		if s.errLive && w.isErrorPredicate(c) {
			return 1 // if errors.Is(err, context.Canceled): err != nil there
		}
		return 0
	}
	bin, ok := match.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return 0
	}
	switch bin.Op {
	case token.LAND:
		x, y := w.failed(bin.X, s), w.failed(bin.Y, s)
		switch {
		case x == 1 || y == 1: // true only if both are: err != nil && retries < n
			return 1
		case x == -1 && y == -1: // resp != nil && resp.Body != nil
			return -1
		}
		return 0
	case token.LOR:
		x, y := w.failed(bin.X, s), w.failed(bin.Y, s)
		switch {
		case x == -1 || y == -1: // false only if both are: err == nil || ...
			return -1
		case x == 1 && y == 1: // err != nil || resp == nil
			return 1
		}
		return 0
	case token.EQL, token.NEQ:
	default:
		return 0
	}
	x := nilCompared(w.e.info, bin)
	if x == nil {
		return 0
	}
	if sel, ok := x.(*ast.SelectorExpr); ok && sel.Sel.Name == "Body" && w.kindOf(sel.X) == respKind {
		x = sel.X // resp.Body == nil: no body to close or read either
	}
	v := match.ObjectOf(w.e.info, x)
	if v == nil {
		return 0
	}
	var failIfEqual bool // err != nil fails; resp == nil fails
	switch {
	case v == w.errVar && s.errLive:
		failIfEqual = false
	case w.handles[v] == respKind || w.handles[v] == bodyKind:
		failIfEqual = true
	default:
		return 0
	}
	if (bin.Op == token.EQL) == failIfEqual {
		return 1
	}
	return -1
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
			return !w.e.mayReturn(call)
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

func containsPos(list []token.Pos, p token.Pos) bool {
	for _, q := range list {
		if q == p {
			return true
		}
	}
	return false
}

// stmtOf returns the control-flow node as a statement, if it is one.
func stmtOf(n ast.Node) ast.Stmt {
	s, _ := n.(ast.Stmt)
	return s
}
