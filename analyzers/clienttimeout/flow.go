package clienttimeout

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// funcFacts are what one function declaration (with its closures) says
// about deadlines: which contexts carry one and which requests carry such
// a context.
type funcFacts struct {
	info        *types.Info
	deadlineCtx map[*types.Var]bool // a deadline set here, or a parameter bounded by every caller seen
	boundedReq  map[*types.Var]bool
	bareCtx     map[*types.Var]bool // context.Background or TODO, or derived from one with no deadline added
}

func (c *checker) facts(decl *ast.FuncDecl) *funcFacts {
	if f, ok := c.funcs[decl]; ok {
		return f
	}
	f := &funcFacts{info: c.pass.TypesInfo, deadlineCtx: map[*types.Var]bool{}, boundedReq: map[*types.Var]bool{}, bareCtx: map[*types.Var]bool{}}
	c.funcs[decl] = f
	if decl.Body == nil {
		return f
	}
	// A context parameter is bounded as the callers decide, unless the
	// package is seen to pass one with no deadline down to it.
	if fn, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func); ok {
		params := fn.Signature().Params()
		for i := range params.Len() {
			if p := params.At(i); isContext(p.Type()) {
				if c.callersBound(fn, i) {
					f.deadlineCtx[p] = true
				} else {
					f.bareCtx[p] = true // passed down from a context.Background
				}
			}
		}
	}
	f.walk(decl.Body)
	return f
}

// walk records the facts of a function body. Definitions come before
// uses in the source, so one walk in source order sees a context's
// deadline before the request built from it.
func (f *funcFacts) walk(body *ast.BlockStmt) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			f.assign(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			f.assign(lhs, n.Values)
		}
		return true
	})
}

// assign records the deadline contexts and bounded requests that an
// assignment defines. For `ctx, cancel := context.WithTimeout(...)` and
// `req, err := http.NewRequestWithContext(...)` the first variable is the
// one that matters.
func (f *funcFacts) assign(lhs, rhs []ast.Expr) {
	pairs := len(lhs)
	if len(rhs) == 1 {
		pairs = 1
	} else if len(rhs) != len(lhs) {
		return
	}
	for i := range pairs {
		v := match.ObjectOf(f.info, lhs[i])
		if v == nil {
			continue
		}
		switch {
		case f.hasDeadline(rhs[i]):
			f.deadlineCtx[v] = true
		case f.bare(rhs[i]):
			f.bareCtx[v] = true
		case f.boundedRequest(rhs[i]):
			f.boundedReq[v] = true
		}
	}
}

// hasDeadline reports whether e is a context that this function gave a
// deadline: context.WithTimeout or WithDeadline, or a context derived
// from one (derived contexts keep their parent's deadline).
func (f *funcFacts) hasDeadline(e ast.Expr) bool {
	e = match.Unparen(e)
	if v := match.ObjectOf(f.info, e); v != nil {
		return f.deadlineCtx[v]
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := match.Callee(f.info, call)
	if knowledge.ContextDeadlines.Has(fn) {
		return true
	}
	// context.WithoutCancel drops the deadline; the other With* keep it.
	if knowledge.ContextDerivations.Has(fn) && len(call.Args) > 0 {
		return f.hasDeadline(call.Args[0])
	}
	return false
}

// bare reports whether e is a context with no deadline that this
// function made: context.Background or TODO, or one derived from such a
// context (or from any, by WithoutCancel) with no deadline added.
func (f *funcFacts) bare(e ast.Expr) bool {
	e = match.Unparen(e)
	if v := match.ObjectOf(f.info, e); v != nil {
		return f.bareCtx[v]
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := match.Callee(f.info, call)
	switch {
	case knowledge.BareContexts.Has(fn):
		return true
	case knowledge.ContextDerivations.Has(fn) && len(call.Args) > 0:
		return f.bare(call.Args[0])
	}
	return false
}

// callersBound reports whether parameter i of fn, a context, is bounded
// as its callers decide: no call of fn in the package passes it a
// context with no deadline that the package made (context.Background or
// TODO), directly or through the context parameters of its callers.
// Callers outside the package, and calls through function values, are
// not seen: they decide.
//
// Each function's facts are computed once, so a chain of callers costs
// one walk of each; a cycle of calls adds nothing to what it starts from.
func (c *checker) callersBound(fn *types.Func, i int) bool {
	k := paramKey{fn, i}
	if b, ok := c.paramBound[k]; ok {
		return b
	}
	if c.paramBound == nil {
		c.paramBound = make(map[paramKey]bool)
	}
	c.paramBound[k] = true // while computing: a recursive call adds nothing
	bound := true
	for _, call := range c.callsOf(fn) {
		if call == (inspector.Cursor{}) {
			continue
		}
		args := call.Node().(*ast.CallExpr).Args
		if i >= len(args) {
			continue
		}
		decl, ok := enclosingDecl(call)
		if !ok {
			continue
		}
		// The caller's own facts: a deadline it set, or its parameters
		// bounded by its callers in turn.
		if f := c.facts(decl); !f.hasDeadline(args[i]) && f.bare(args[i]) {
			bound = false
			break
		}
	}
	c.paramBound[k] = bound
	return bound
}

type paramKey struct {
	fn *types.Func
	i  int
}

func isContext(t types.Type) bool { return knowledge.Context.Is(t) }

// boundedRequest reports whether e is a request whose context has a
// deadline set in this function.
func (f *funcFacts) boundedRequest(e ast.Expr) bool {
	e = match.Unparen(e)
	if v := match.ObjectOf(f.info, e); v != nil {
		return f.boundedReq[v]
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := match.Callee(f.info, call)
	return knowledge.ContextRequests.Has(fn) && len(call.Args) > 0 && f.hasDeadline(call.Args[0])
}

// clientUses summarizes how a function uses a client variable.
type clientUses struct {
	timeoutSet   bool // some assignment gives it a non-zero Timeout
	timeoutFirst bool // ... before it sends or is handed on
	escapes      bool // handed on: passed, returned, stored, its address or a method value taken
	sends        int
	boundedSends int                // sends of requests with a deadline
	sendCalls    []inspector.Cursor // the calls that send
	fields       []*types.Var       // fields it is stored in: x.f = c
}

func (u clientUses) merge(o clientUses) clientUses {
	return clientUses{
		timeoutSet:   u.timeoutSet || o.timeoutSet,
		timeoutFirst: u.timeoutFirst || o.timeoutFirst,
		escapes:      u.escapes || o.escapes,
		sends:        u.sends + o.sends,
		boundedSends: u.boundedSends + o.boundedSends,
		sendCalls:    append(u.sendCalls, o.sendCalls...),
		fields:       append(u.fields, o.fields...),
	}
}

// usesOf classifies the uses of client variable v in the package's
// function declarations (a function literal belongs to its declaration),
// in source order, and merges what each declaration does. The index
// holds every variable's references, so a package-level client costs no
// walk of its own.
func (c *checker) usesOf(v *types.Var) clientUses {
	var all, u clientUses
	var decl *ast.FuncDecl
	for _, ref := range c.idx.Refs(v) {
		if ref.Def {
			continue
		}
		d, ok := enclosingDecl(ref.Cur)
		if !ok {
			continue // a package-level initializer
		}
		if d != decl {
			all, u, decl = all.merge(u), clientUses{}, d
		}
		c.use(&u, uses.Of(c.pass.TypesInfo, ref.Cur))
	}
	return all.merge(u)
}

// use classifies one use of the client.
func (c *checker) use(u *clientUses, x uses.Use) {
	switch {
	case x.Paren:
		// (*c).Timeout and the like: too rare to follow.
		u.escapes = true
	case x.Kind == uses.Field || x.Kind == uses.Method || x.Kind == uses.MethodValue:
		c.useSelector(u, x)
	case x.Kind == uses.Target:
		// given another value
	default:
		u.escapes = true // copied to another variable, passed, returned, ...
		if f := assignedField(c.pass.TypesInfo, x); f != nil {
			u.fields = append(u.fields, f)
		}
	}
}

func (c *checker) useSelector(u *clientUses, x uses.Use) {
	info := c.pass.TypesInfo
	if x.Selection.Obj().Name() == "Timeout" {
		set := uses.Of(info, x.Parent)
		if set.Kind == uses.Target && !set.Paren && set.Tok == token.ASSIGN && !set.Tuple && !isZero(info, set.Rhs) {
			u.timeoutSet = true
			if u.sends == 0 && !u.escapes {
				u.timeoutFirst = true
			}
		}
		return
	}
	switch x.Kind {
	case uses.Field:
		return // another field: Transport, Jar, CheckRedirect
	case uses.MethodValue:
		u.escapes = true // a method value carries the client away
		return
	}
	if knowledge.Send(x.Callee) != knowledge.ClientSend {
		return // CloseIdleConnections
	}
	u.sends++
	u.sendCalls = append(u.sendCalls, x.Call)
	call := x.Call.Node().(*ast.CallExpr)
	if x.Callee.Name() == "Do" && len(call.Args) == 1 {
		if decl, ok := enclosingDecl(x.Call); ok && c.facts(decl).boundedRequest(call.Args[0]) {
			u.boundedSends++
		}
	}
}

// assignedField returns the field that the use x stores the value in:
// x.f = v, or T{f: v}; or nil.
func assignedField(info *types.Info, x uses.Use) *types.Var {
	switch x.Kind {
	case uses.Assigned:
		if x.Tuple || len(x.Lhs) != 1 {
			return nil
		}
		if sel, ok := match.Unparen(x.Lhs[0]).(*ast.SelectorExpr); ok {
			if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
				return s.Obj().(*types.Var)
			}
		}
	case uses.Elem:
		if key, ok := x.Key.(*ast.Ident); ok {
			if v, ok := info.Uses[key].(*types.Var); ok && v.IsField() {
				return v
			}
		}
	}
	return nil
}
