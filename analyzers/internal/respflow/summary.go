package respflow

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// A summary says what a function of this package does with the responses
// and bodies it is given, and with the responses it returns.
type summary struct {
	params           []paramSummary
	returnsOpen      bool // some path returns a response whose body is open
	returnsUnchecked bool // some path returns a response whose status nobody looked at
	// passThrough is the index of the parameter that every path
	// returning a response returns (check(resp, err) (*http.Response,
	// error)), or -1: the result is then the caller's own response
	// again, not a new one.
	passThrough int
}

type paramSummary struct {
	closes bool // on every path the body is closed or passed on
	// closesOnError: the body is closed (or passed on) on every path but
	// those that return a nil error — requireOK(resp) error, which
	// closes what it rejects and leaves an accepted body to the caller.
	closesOnError bool
	// closesOnSuccess: the other way round — wrap(body) (io.ReadCloser,
	// error) keeps the body when it succeeds and leaves it to the caller
	// when it returns an error.
	closesOnSuccess bool
	reads           bool // the body is read as data before any status check
	checks          bool // the status is looked at
}

// summaryOf returns the summary of a function declared in this package,
// or nil. A function that is being summarized (recursion) is assumed to
// do the right thing, so that a cycle never causes a report.
func (e *engine) summaryOf(fn *types.Func) *summary {
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	decl, ok := e.funcs[fn]
	if !ok {
		return nil
	}
	if s, ok := e.summaries[fn]; ok {
		return s
	}
	sig := fn.Type().(*types.Signature)
	optimistic := &summary{params: make([]paramSummary, sig.Params().Len()), passThrough: -1}
	for i := range optimistic.params {
		optimistic.params[i] = paramSummary{closes: true, checks: true}
	}
	e.summaries[fn] = optimistic

	f := &Func{Node: decl, Body: decl.Body, Sig: sig}
	// What a function returns is the caller's unless a walk shows that
	// every path closed (or checked) it first.
	s := &summary{params: make([]paramSummary, sig.Params().Len()), returnsOpen: true, returnsUnchecked: true, passThrough: -1}
	var rets []returned
	for i := range sig.Params().Len() {
		var r []returned
		s.params[i], r = e.summarizeParam(f, sig.Params().At(i))
		rets = append(rets, r...)
	}
	if ri := ResultIndex(sig.Results()); ri >= 0 {
		s.returnsOpen, s.returnsUnchecked = e.summarizeResults(f, ri, rets)
		s.passThrough = e.passThrough(f, ri)
	}
	e.summaries[fn] = s
	return s
}

// summarizeParam follows parameter p from the function's entry. It also
// returns the states in which paths return p.
func (e *engine) summarizeParam(fn *Func, p *types.Var) (paramSummary, []returned) {
	var k kind
	switch t := p.Type(); {
	case match.IsPointerTo(t, "net/http", "Response"):
		k = respKind
	case hasMethod(t, "Close") && hasMethod(t, "Read"):
		k = bodyKind
	case types.IsInterface(t) && hasMethod(t, "Read"):
		k = readerKind
	case hasMethod(t, "Close") && types.IsInterface(t):
		k = bodyKind // io.Closer
	default:
		return paramSummary{}, nil
	}
	f := e.newFlow(fn)
	f.handles[p] = k
	if k == respKind {
		// func handle(resp *http.Response, err error): by convention the
		// error is the call's, and no body comes with a non-nil one.
		for v := range fn.Sig.Params().Variables() {
			if isError(v.Type()) {
				f.errVar = v
				break
			}
		}
	}
	f.findAliases()
	g := e.graph(fn)
	if len(g.Blocks) == 0 {
		return paramSummary{}, nil
	}
	w := &walker{flow: f, visited: make(map[visit]bool)}
	w.from(g.Blocks[0], 0, state{errLive: f.errVar != nil})
	closesOnError := k != readerKind && len(w.leaks) > 0
	closesOnSuccess := closesOnError
	for _, l := range w.leaks {
		closesOnError = closesOnError && l.NilError
		closesOnSuccess = closesOnSuccess && l.Error
	}
	return paramSummary{
		closesOnError:   closesOnError,
		closesOnSuccess: closesOnSuccess,
		closes:          k != readerKind && len(w.leaks) == 0,
		reads:           len(w.unchecked) > 0,
		checks:          w.sawCheck,
	}, w.returns
}

// summarizeResults reports whether some path of fn returns an open, or an
// unchecked, response. Only returns that hand over a response with a nil
// error count: by Go convention a caller ignores the response when the
// error is not nil. A response that comes from anywhere but a call this
// function makes or a parameter (a field, say) is taken to be both.
func (e *engine) summarizeResults(fn *Func, ri int, rets []returned) (open, unchecked bool) {
	followed := make(map[*types.Var]bool)
	for v := range fn.Sig.Params().Variables() {
		followed[v] = true
	}
	for _, call := range e.sources(fn) {
		r := e.follow(fn, call)
		rets = append(rets, r.returned...)
		if r.Var != nil {
			followed[r.Var] = true
		}
	}
	// Responses from calls that are not sources: a client that read the
	// body into another result (prometheus's api.Client.Do), or a
	// helper of this package that closes what it returns.
	notSources := e.boundFromNonSources(fn)
	// asHelper: return check(resp, err) hands back what the helper
	// does, unless it is a function value given the response.
	asHelper := func(call *ast.CallExpr) {
		if handsOnToValue(e.info, call, followed) {
			return
		}
		if s := e.summaryOf(match.Callee(e.info, call)); s != nil {
			open = open || s.returnsOpen
			unchecked = unchecked || s.returnsUnchecked
			return
		}
		open, unchecked = true, true
	}
	byStmt := make(map[*ast.ReturnStmt][]returned)
	for _, r := range rets {
		byStmt[r.ret] = append(byStmt[r.ret], r)
	}
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 1 && ri > 0 {
				// return do(req), do returning the response later.
				if call, ok := match.Unparen(n.Results[0]).(*ast.CallExpr); ok {
					asHelper(call)
				} else {
					open, unchecked = true, true
				}
				return true
			}
			if len(n.Results) <= ri {
				open, unchecked = true, true // named results: not followed
				return true
			}
			if !mayHaveNilError(e.info, n) {
				return true
			}
			first := match.Unparen(n.Results[ri])
			if isNil(e.info, first) || isLiteral(first) {
				// return &http.Response{StatusCode: 429, ...}: a response
				// made up here, with whatever body it was given.
				return true
			}
			if states, ok := byStmt[n]; ok {
				for _, r := range states {
					open = open || !r.closed
					unchecked = unchecked || !r.checked
				}
				return true
			}
			if v := match.ObjectOf(e.info, first); v != nil && followed[v] {
				return true // no walk reaches it: the failed call's path
			}
			if call, ok := notSources[match.ObjectOf(e.info, first)]; ok {
				unchecked = unchecked || e.mayBeUnchecked(call)
				return true
			}
			if call, ok := first.(*ast.CallExpr); ok && len(n.Results) == 1 {
				asHelper(call)
				return true
			}
			open, unchecked = true, true
		}
		return true
	})
	return open, unchecked
}

// isLiteral reports whether e is a composite literal or its address.
func isLiteral(e ast.Expr) bool {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = match.Unparen(u.X)
	}
	_, ok := e.(*ast.CompositeLit)
	return ok
}

// handsOnToValue reports whether call, whose results a function returns
// as its own, is a call of a function value given a response the
// function holds: return check(d, resp, err) with check built elsewhere
// (nomad's requireStatusIn). What such a wrapper does cannot be seen; as
// with any function value that gets the response, it is its job then.
func handsOnToValue(info *types.Info, call *ast.CallExpr, followed map[*types.Var]bool) bool {
	if match.Callee(info, call) != nil {
		return false
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return false // a conversion
	}
	for _, arg := range call.Args {
		if v := match.ObjectOf(info, arg); v != nil && followed[v] && match.IsPointerTo(v.Type(), "net/http", "Response") {
			return true
		}
	}
	return false
}

// boundFromNonSources returns the local variables of fn that are bound
// (once, and never assigned again) from a call that returns a response
// but is not a source, with that call.
func (e *engine) boundFromNonSources(fn *Func) map[*types.Var]*ast.CallExpr {
	bound := make(map[*types.Var]*ast.CallExpr)
	again := make(map[*types.Var]bool)
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if v := match.ObjectOf(e.info, lhs); v != nil {
					if _, seen := bound[v]; seen || n.Tok != token.DEFINE {
						again[v] = true
					}
				}
			}
			if len(n.Rhs) != 1 || n.Tok != token.DEFINE {
				return true
			}
			if call, ok := match.Unparen(n.Rhs[0]).(*ast.CallExpr); ok && e.returnsResponse(call) && !e.isSource(call) {
				if ri := ResultIndex(e.info.TypeOf(call)); ri < len(n.Lhs) {
					if id, ok := n.Lhs[ri].(*ast.Ident); ok {
						if v, ok := e.info.Defs[id].(*types.Var); ok {
							bound[v] = call
						}
					}
				}
			}
		}
		return true
	})
	for v := range again {
		delete(bound, v)
	}
	return bound
}

// passThrough returns the index of the response parameter that every
// return of a response hands back unchanged, or -1. Returns of nil, and
// returns with a non-nil error, do not count.
func (e *engine) passThrough(fn *Func, ri int) int {
	index := make(map[*types.Var]int)
	for i := range fn.Sig.Params().Len() {
		index[fn.Sig.Params().At(i)] = i
	}
	through := -1
	ok := true
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if v := match.ObjectOf(e.info, lhs); v != nil {
					if _, param := index[v]; param {
						ok = false // reassigned: no longer the caller's value
					}
				}
			}
		case *ast.ReturnStmt:
			if len(n.Results) <= ri {
				ok = false
				return false
			}
			first := match.Unparen(n.Results[ri])
			if isNil(e.info, first) || !mayHaveNilError(e.info, n) {
				return true
			}
			i, param := index[match.ObjectOf(e.info, first)]
			if !param || through >= 0 && through != i {
				ok = false
				return false
			}
			through = i
		}
		return true
	})
	if !ok {
		return -1
	}
	return through
}

// mayHaveNilError reports whether ret may return a nil error: its last
// result is not a call (fmt.Errorf, errors.New) nor a composite literal.
func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func mayHaveNilError(info *types.Info, ret *ast.ReturnStmt) bool {
	if len(ret.Results) < 2 {
		return true
	}
	last := match.Unparen(ret.Results[len(ret.Results)-1])
	if !isError(info.TypeOf(last)) {
		return true
	}
	switch last.(type) {
	case *ast.CallExpr, *ast.CompositeLit, *ast.UnaryExpr:
		return false
	}
	return true
}
