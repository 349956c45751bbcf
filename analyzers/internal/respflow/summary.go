package respflow

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// A Summary says what a function does with the responses and bodies it
// is given, and with the responses it returns. It holds plain values
// only: the summaries of a package's exported functions and methods
// travel to the packages that import it as analysis facts (see
// exportFacts), so that a helper of another package of the module is
// judged by what it does, not by its signature.
type Summary struct {
	Params           []ParamSummary
	Returns          bool // the function returns a response (the two fields below mean something)
	ReturnsOpen      bool // some path returns a response whose body is open
	ReturnsUnchecked bool // some path returns a response whose status nobody looked at
	// PassThrough is the index of the parameter that every path
	// returning a response returns (check(resp, err) (*http.Response,
	// error)), or -1: the result is then the caller's own response
	// again, not a new one.
	PassThrough int
}

// A ParamSummary says what a function does with one parameter.
type ParamSummary struct {
	Closes bool // on every path the body is closed or passed on
	// ClosesOnError: the body is closed (or passed on) on every path but
	// those that return a nil error — requireOK(resp) error, which
	// closes what it rejects and leaves an accepted body to the caller.
	ClosesOnError bool
	// ClosesOnSuccess: the other way round — wrap(body) (io.ReadCloser,
	// error) keeps the body when it succeeds and leaves it to the caller
	// when it returns an error.
	ClosesOnSuccess bool
	Reads           bool // the body is read as data before any status check
	Checks          bool // the status is looked at
}

// AFact makes a Summary an analysis fact, on a *types.Func.
func (*Summary) AFact() {}

// String spells the summary out: what the function does with each
// parameter it follows, and with what it returns if it returns a
// response. Tests state facts with it.
func (s *Summary) String() string {
	var parts []string
	for i, p := range s.Params {
		var does []string
		for _, f := range []struct {
			is   bool
			name string
		}{
			{p.Closes, "closes"},
			{p.ClosesOnError, "closes on error"},
			{p.ClosesOnSuccess, "closes on success"},
			{p.Reads, "reads"},
			{p.Checks, "checks"},
		} {
			if f.is {
				does = append(does, f.name)
			}
		}
		if len(does) > 0 {
			parts = append(parts, fmt.Sprintf("param %d %s", i, strings.Join(does, ", ")))
		}
	}
	if s.Returns && s.ReturnsOpen {
		parts = append(parts, "returns open")
	}
	if s.Returns && s.ReturnsUnchecked {
		parts = append(parts, "returns unchecked")
	}
	if s.Returns && s.PassThrough >= 0 {
		parts = append(parts, fmt.Sprintf("passes param %d through", s.PassThrough))
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, "; ")
}

// summaryOf returns the summary of fn: computed here for a function
// declared in this package, imported as a fact for a function of a
// package analyzed in the same run; nil otherwise (the caller falls back
// on the model in knowledge, then on fn's signature). A function that is
// being summarized (recursion) is assumed to do the right thing, so that
// a cycle never causes a report.
func (e *engine) summaryOf(fn *types.Func) *Summary {
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	f, ok := e.funcs[fn]
	if !ok {
		return e.imported(fn)
	}
	f.data()
	if s, ok := e.summaries[fn]; ok {
		if e.guessed[fn] || e.inProgress[fn] {
			e.guesses++
		}
		return s
	}
	e.summaries[fn] = optimistic(f.Sig)
	e.inProgress[fn] = true
	guesses := e.guesses
	defer func() {
		delete(e.inProgress, fn)
		if e.guesses > guesses {
			e.guessed[fn] = true
		}
	}()

	// What a function returns is the caller's unless a walk shows that
	// every path closed (or checked) it first.
	s := &Summary{Params: make([]ParamSummary, f.Sig.Params().Len()), ReturnsOpen: true, ReturnsUnchecked: true, PassThrough: -1}
	s.Returns = ResultIndex(f.Sig.Results()) >= 0
	var rets []returned
	for i := range f.Sig.Params().Len() {
		var r []returned
		s.Params[i], r = e.summarizeParam(f, f.Sig.Params().At(i))
		rets = append(rets, r...)
	}
	if ri := ResultIndex(f.Sig.Results()); ri >= 0 {
		s.ReturnsOpen, s.ReturnsUnchecked, s.PassThrough = e.summarizeResults(f, ri, rets)
	}
	e.summaries[fn] = s
	return s
}

// optimistic is the summary of a function that does the right thing with
// everything: what a function being summarized is taken to do, and what
// a walk that gives up concludes, since either way a report would rest
// on a guess.
func optimistic(sig *types.Signature) *Summary {
	s := &Summary{Params: make([]ParamSummary, sig.Params().Len()), Returns: ResultIndex(sig.Results()) >= 0, PassThrough: -1}
	for i := range s.Params {
		s.Params[i] = doesRight
	}
	return s
}

// doesRight is the summary of a parameter that is closed and checked.
var doesRight = ParamSummary{Closes: true, Checks: true}

// summarizeParam follows parameter p from the function's entry. It also
// returns the states in which paths return p.
func (e *engine) summarizeParam(fn *Func, p *types.Var) (ParamSummary, []returned) {
	k := paramKind(p.Type())
	if k == 0 {
		return ParamSummary{}, nil
	}
	if fn.work > fn.budget() {
		e.guesses++
		return doesRight, nil
	}
	f := e.newFlow(fn)
	f.addHandle(p, k)
	if k == respKind {
		// func handle(resp *http.Response, err error): by convention the
		// error is the call's, and no body comes with a non-nil one.
		for v := range fn.Sig.Params().Variables() {
			if isError(v.Type()) {
				f.setErrVar(v)
				break
			}
		}
	}
	f.findAliases()
	g := e.graph(fn)
	if len(g.Blocks) == 0 {
		return ParamSummary{}, nil
	}
	w := f.walker(nil, fn.cur)
	ok := w.walk(g.Blocks[0], 0, state{errLive: f.errVar != nil})
	if debug {
		w.dump(e.pass.Fset, "parameter "+p.Name())
	}
	if !ok {
		e.guesses++
		return doesRight, nil
	}
	closesOnError := k != readerKind && len(w.leaks) > 0
	closesOnSuccess := closesOnError
	for _, l := range w.leaks {
		closesOnError = closesOnError && l.NilError
		closesOnSuccess = closesOnSuccess && l.Error
	}
	return ParamSummary{
		ClosesOnError:   closesOnError,
		ClosesOnSuccess: closesOnSuccess,
		Closes:          k != readerKind && len(w.leaks) == 0,
		Reads:           len(w.unchecked) > 0,
		Checks:          w.sawCheck,
	}, w.returns
}

// paramKind returns the kind of handle a parameter of type t is, or 0
// for a parameter that the summaries do not follow.
func paramKind(t types.Type) kind {
	switch {
	case match.IsPointerTo(t, "net/http", "Response"):
		return respKind
	case hasMethod(t, "Close") && hasMethod(t, "Read"):
		return bodyKind
	case types.IsInterface(t) && hasMethod(t, "Read"):
		return readerKind
	case hasMethod(t, "Close") && types.IsInterface(t):
		return bodyKind // io.Closer
	}
	return 0
}

// imported returns the fact that the analysis of fn's package, in the
// same run, exported for fn, or nil.
func (e *engine) imported(fn *types.Func) *Summary {
	if fn.Pkg() == nil || fn.Pkg() == e.pass.Pkg || e.pass.ImportObjectFact == nil {
		return nil
	}
	if s, ok := e.facts[fn]; ok {
		return s
	}
	s := new(Summary)
	if !e.pass.ImportObjectFact(fn, s) {
		s = nil
	}
	e.facts[fn] = s
	return s
}

// exportFacts exports the summary of every function and method of the
// package that another package can call (an exported name) and that
// takes a response, a body or a reader, or returns a response. The
// summaries are computed after the package's own flows, so that the
// package's findings do not depend on them.
func (e *engine) exportFacts(fns []*Func) map[*types.Func]*Summary {
	exported := make(map[*types.Func]*Summary)
	for _, fn := range fns {
		obj := fn.ix.Obj
		if obj == nil || !obj.Exported() || !summarized(fn.Sig) {
			continue
		}
		s := e.summaryOf(obj)
		if s == nil || e.guessed[obj] {
			// A summary that rests on a walk that gave up, or on a
			// recursive call, is optimistic: good enough not to report
			// in the package, not to overturn the model or the
			// signature rule in another.
			continue
		}
		if s.Returns && s.ReturnsUnchecked && !e.surelyUnchecked(fn, make(map[*Func]bool)) {
			c := *s
			c.ReturnsUnchecked = false
			s = &c
		}
		e.pass.ExportObjectFact(obj, s)
		exported[obj] = s
	}
	return exported
}

// bySignature reports whether source call is judged by the signature of
// its callee alone: a function of another package with no fact and no row
// in the model, that is not a net/http send, a round trip or an
// interface method (a Doer: whatever is behind it sends).
func (e *engine) bySignature(call *ast.CallExpr) bool {
	fn := match.Callee(e.info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == e.pass.Pkg {
		return false
	}
	if knowledge.IsHTTPFunc(fn) || fn.Name() == "RoundTrip" || knowledge.ResponseSends.Has(fn) {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
		return false
	}
	return e.imported(fn.Origin()) == nil
}

// surelyUnchecked reports whether some response that fn returns comes,
// unchecked, from a send whose status is known to be anybody's: a
// net/http client call or round trip, a Doer interface, a plain send of
// the model, a function whose fact says so, or a helper of this package
// for which this holds. A summary says "returns unchecked" also for a
// response that comes from an interface of the package's own (twilio-go's
// RequestHandler sends through its BaseClient interface, whose Client
// checks every status) or from a function value: in the package that is
// the cautious reading, but in another package it would overturn the
// rule that an API client's function has checked what it returns, on a
// guess. The fact says "returns unchecked" only when it is sure.
func (e *engine) surelyUnchecked(fn *Func, seen map[*Func]bool) bool {
	if seen[fn] {
		return false
	}
	seen[fn] = true
	for _, call := range e.sources(fn) {
		callee := match.Callee(e.info, call)
		switch {
		case callee == nil:
			continue // a function value
		case knowledge.IsHTTPFunc(callee), callee.Name() == "RoundTrip", knowledge.IsDoer(callee), knowledge.ResponseSends.Has(callee):
			return true
		}
		if f, ok := e.funcs[callee.Origin()]; ok {
			if s := e.summaryOf(callee); s != nil && s.ReturnsUnchecked && e.surelyUnchecked(f, seen) {
				return true
			}
			continue
		}
		if s := e.imported(callee.Origin()); s != nil && s.ReturnsUnchecked {
			return true
		}
	}
	return false
}

// summarized reports whether a function of signature sig has a summary
// worth exporting: one of its parameters is followed, or it returns a
// response.
func summarized(sig *types.Signature) bool {
	if ResultIndex(sig.Results()) >= 0 {
		return true
	}
	for v := range sig.Params().Variables() {
		if paramKind(v.Type()) != 0 {
			return true
		}
	}
	return false
}

// summarizeResults reports whether some path of fn returns an open, or an
// unchecked, response. Only returns that hand over a response with a nil
// error count: by Go convention a caller ignores the response when the
// error is not nil. A response that comes from anywhere but a call this
// function makes or a parameter (a field, say) is taken to be both. It
// also returns the parameter that fn passes through (see
// Summary.PassThrough). If a walk gives up, fn is taken to return
// nothing open or unchecked, as a function being summarized is.
func (e *engine) summarizeResults(fn *Func, ri int, rets []returned) (open, unchecked bool, through int) {
	followed := make(map[*types.Var]bool)
	for v := range fn.Sig.Params().Variables() {
		followed[v] = true
	}
	for _, call := range e.sources(fn) {
		r := e.follow(fn, call)
		if r.gaveUp {
			e.guesses++
			return false, false, -1
		}
		if e.bySignature(call) {
			// A response of a function of a package not analyzed in the
			// run, taken to be open by its signature (rclone's
			// lib/rest CallJSON, which closes the body): good enough
			// in the package, not to be told to another as known.
			e.guesses++
		}
		if r.escaped {
			// Handed to code that may close it or only look at it
			// (retryablehttp's Do gives it to its CheckRetry function):
			// "closed" is a guess here, not something to tell another
			// package, whose caller would take the body as closed.
			e.guesses++
		}
		rets = append(rets, r.returned...)
		if r.Var != nil {
			followed[r.Var] = true
		}
	}
	returns, assigns := e.returnsAndAssigns(fn)
	// Responses from calls that are not sources: a client that read the
	// body into another result (prometheus's api.Client.Do), or a
	// helper of this package that closes what it returns.
	notSources := e.boundFromNonSources(assigns)
	// asHelper: return check(resp, err) hands back what the helper
	// does, unless it is a function value given the response.
	asHelper := func(call *ast.CallExpr) {
		if handsOnToValue(e.info, call, followed) {
			return
		}
		if s := e.summaryOf(match.Callee(e.info, call)); s != nil {
			open = open || s.ReturnsOpen
			unchecked = unchecked || s.ReturnsUnchecked
			return
		}
		open, unchecked = true, true
	}
	byStmt := make(map[*ast.ReturnStmt][]returned)
	for _, r := range rets {
		byStmt[r.ret] = append(byStmt[r.ret], r)
	}
	for _, n := range returns {
		if len(n.Results) == 1 && ri > 0 {
			// return do(req), do returning the response later.
			if call, ok := match.Unparen(n.Results[0]).(*ast.CallExpr); ok {
				asHelper(call)
			} else {
				open, unchecked = true, true
			}
			continue
		}
		if len(n.Results) <= ri {
			open, unchecked = true, true // named results: not followed
			continue
		}
		if !mayHaveNilError(e.info, n) {
			continue
		}
		first := match.Unparen(n.Results[ri])
		if isNil(e.info, first) || isLiteral(first) {
			// return &http.Response{StatusCode: 429, ...}: a response
			// made up here, with whatever body it was given.
			continue
		}
		if states, ok := byStmt[n]; ok {
			for _, r := range states {
				open = open || !r.closed
				unchecked = unchecked || !r.checked
			}
			continue
		}
		if v := match.ObjectOf(e.info, first); v != nil && followed[v] {
			continue // no walk reaches it: the failed call's path
		}
		if call, ok := notSources[match.ObjectOf(e.info, first)]; ok {
			unchecked = unchecked || e.mayBeUnchecked(call)
			continue
		}
		if call, ok := first.(*ast.CallExpr); ok && len(n.Results) == 1 {
			asHelper(call)
			continue
		}
		open, unchecked = true, true
	}
	return open, unchecked, e.passThrough(fn, ri, returns, assigns)
}

// returnsAndAssigns returns the return statements and the assignments of
// fn's own body (not of function literals inside it), in source order:
// all that summarizeResults looks at, in one walk.
func (e *engine) returnsAndAssigns(fn *Func) (returns []*ast.ReturnStmt, assigns []*ast.AssignStmt) {
	e.inspect(fn, fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns = append(returns, n)
		case *ast.AssignStmt:
			assigns = append(assigns, n)
		}
		return true
	})
	return returns, assigns
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

// boundFromNonSources returns the local variables that assigns bind
// (once, and never assign again) from a call that returns a response but
// is not a source, with that call.
func (e *engine) boundFromNonSources(assigns []*ast.AssignStmt) map[*types.Var]*ast.CallExpr {
	bound := make(map[*types.Var]*ast.CallExpr)
	again := make(map[*types.Var]bool)
	for _, n := range assigns {
		for _, lhs := range n.Lhs {
			if v := match.ObjectOf(e.info, lhs); v != nil {
				if _, seen := bound[v]; seen || n.Tok != token.DEFINE {
					again[v] = true
				}
			}
		}
		if len(n.Rhs) != 1 || n.Tok != token.DEFINE {
			continue
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
	for v := range again {
		delete(bound, v)
	}
	return bound
}

// passThrough returns the index of the response parameter that every
// return of a response hands back unchanged, or -1. Returns of nil, and
// returns with a non-nil error, do not count; a parameter assigned
// anywhere is no longer the caller's value.
func (e *engine) passThrough(fn *Func, ri int, returns []*ast.ReturnStmt, assigns []*ast.AssignStmt) int {
	index := make(map[*types.Var]int)
	for i := range fn.Sig.Params().Len() {
		index[fn.Sig.Params().At(i)] = i
	}
	for _, n := range assigns {
		for _, lhs := range n.Lhs {
			if _, param := index[match.ObjectOf(e.info, lhs)]; param {
				return -1
			}
		}
	}
	through := -1
	for _, n := range returns {
		if len(n.Results) <= ri {
			return -1
		}
		first := match.Unparen(n.Results[ri])
		if isNil(e.info, first) || !mayHaveNilError(e.info, n) {
			continue
		}
		i, param := index[match.ObjectOf(e.info, first)]
		if !param || through >= 0 && through != i {
			return -1
		}
		through = i
	}
	return through
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// mayHaveNilError reports whether ret may return a nil error: its last
// result is not a call (fmt.Errorf, errors.New) nor a composite literal.
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
