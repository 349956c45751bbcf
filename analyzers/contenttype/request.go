package contenttype

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/index"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// reqUses is what a function does with a request, as far as the rule
// cares.
type reqUses struct {
	sets     []ctSet // Content-Type set to a constant before the request is sent
	maybeSet bool    // set in a way we cannot read: a variable, a helper, a whole header
	escapes  bool    // handed to code that may set it, or changed beyond what we follow
	sent     bool
}

// A ctSet is a Content-Type set to a constant.
type ctSet struct {
	value string
	expr  ast.Expr // the constant, which a fix replaces
}

// A reqWalk follows a request variable, and the variables that alias it,
// through a function in source order.
type reqWalk struct {
	s       *scope
	tracked map[*types.Var]bool
	home    ast.Node  // the function the request is built in; nil when summarizing a helper
	sentAt  token.Pos // the first send in home: what comes after it is too late
	u       reqUses
}

// followRequest follows the request in v from pos on. It stops where v is
// given a value that is not this request (the next request built into the
// same variable). Sets count only before the first send in home, in
// source order; sends and sets in other closures count whatever their
// position, since when those run is not known.
func (s *scope) followRequest(v *types.Var, from token.Pos, home ast.Node) reqUses {
	w := &reqWalk{s: s, tracked: map[*types.Var]bool{v: true}, home: home}
	info := s.c.pass.TypesInfo
	for pos := token.NoPos; ; {
		ref, obj := w.next(pos)
		if obj == nil {
			break
		}
		cur := ref.Cur
		pos = cur.Node().Pos()
		if pos < from {
			// A closure written before the request is built may be
			// called after, and set the type then.
			if lit, ok := innermostFunc(cur).(*ast.FuncLit); ok && !(lit.Pos() <= from && from < lit.End()) {
				w.u.maybeSet = true
			}
			continue
		}
		u := uses.Of(info, cur)
		if u.Kind == uses.Param {
			continue // the parameter a summary follows
		}
		if u.Kind == uses.Target && !u.Paren {
			if !u.Tuple && w.derived(u.Rhs) {
				continue // req = req.WithContext(ctx)
			}
			if obj == v {
				break // another request
			}
			delete(w.tracked, obj)
			continue
		}
		w.use(u)
		if w.u.escapes {
			break
		}
	}
	return w.u
}

// next returns the first reference after pos to a tracked variable, with
// the variable; nil when there is none.
func (w *reqWalk) next(pos token.Pos) (index.Ref, *types.Var) {
	var first index.Ref
	var obj *types.Var
	for v := range w.tracked {
		refs := w.s.c.idx.RefsAfter(v, pos)
		if len(refs) > 0 && (obj == nil || refs[0].Cur.Node().Pos() < first.Cur.Node().Pos()) {
			first, obj = refs[0], v
		}
	}
	return first, obj
}

// derived reports whether e is a tracked request or a copy of one.
func (w *reqWalk) derived(e ast.Expr) bool {
	switch e := match.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := w.s.c.pass.TypesInfo.Uses[e].(*types.Var)
		return v != nil && w.tracked[v]
	case *ast.CallExpr:
		fn := match.Callee(w.s.c.pass.TypesInfo, e)
		if sel, ok := match.Unparen(e.Fun).(*ast.SelectorExpr); ok && knowledge.RequestCopies.Has(fn) {
			return w.derived(sel.X)
		}
	}
	return false
}

// use classifies one use of the request.
func (w *reqWalk) use(u uses.Use) {
	switch u.Kind {
	case uses.Field, uses.Method, uses.MethodValue:
		w.selector(u)
	case uses.Arg, uses.Conversion, uses.BuiltinArg:
		w.argument(u)
	case uses.Assigned:
		w.assigned(u)
	case uses.Binary:
		// req != nil
	default:
		// returned, sent on a channel, stored in a composite
		// literal, its address taken: someone else's now.
		w.u.escapes = true
	}
}

// assigned follows the request into a local variable; anywhere else
// (a field, a global, a map) it escapes.
func (w *reqWalk) assigned(u uses.Use) {
	var lhs ast.Expr
	if !u.Tuple && (u.Tok == token.ASSIGN || u.Tok == token.DEFINE || u.Tok == token.VAR) {
		lhs = u.Lhs[0]
	}
	if lhs != nil && isBlank(lhs) {
		return
	}
	if v := match.ObjectOf(w.s.c.pass.TypesInfo, lhs); v != nil && match.IsLocal(v, w.s.cur.Node()) {
		w.tracked[v] = true
		return
	}
	w.u.escapes = true
}

// selector classifies req.X: a method call, the Header, another field.
func (w *reqWalk) selector(u uses.Use) {
	switch u.Kind {
	case uses.MethodValue:
		w.u.escapes = true
	case uses.Method:
		switch u.Callee.Name() {
		case "WithContext", "Clone":
			// The copy shares (WithContext) or copies (Clone) the
			// header: it is the same request as far as we care.
			w.use(uses.Of(w.s.c.pass.TypesInfo, u.Call))
		case "Write", "WriteProxy":
			w.send(u.Call)
		}
		// Other methods read it or set auth and cookies.
	case uses.Field:
		switch u.Selection.Obj().Name() {
		case "Header":
			w.header(u.Parent)
		case "Body":
			if set := uses.Of(w.s.c.pass.TypesInfo, u.Parent); set.Kind == uses.Target && !set.Paren {
				w.u.escapes = true // a new body, not the one we know
			}
		}
	}
}

// header classifies a use of req.Header.
func (w *reqWalk) header(h inspector.Cursor) {
	info := w.s.c.pass.TypesInfo
	u := uses.Of(info, h)
	if u.Paren {
		w.maybe(h) // (req.Header).Set(…): too rare to follow
		return
	}
	switch u.Kind {
	case uses.Method:
		call := u.Call.Node().(*ast.CallExpr)
		switch u.Callee.Name() {
		case "Set", "Add":
			if len(call.Args) == 2 {
				w.setHeader(u.Parent, call.Args[0], call.Args[1], false)
			}
		case "Get", "Values", "Clone", "Del", "Write", "WriteSubset":
		default:
			w.maybe(u.Parent)
		}
	case uses.MethodValue, uses.Field:
		w.maybe(u.Parent) // a method value, req.Header.Set
	case uses.Indexed:
		ix := u.Parent.Node().(*ast.IndexExpr)
		if set := uses.Of(info, u.Parent); set.Kind == uses.Target && !set.Paren {
			if set.Tuple {
				w.maybe(u.Parent)
				return
			}
			w.setHeader(u.Parent, ix.Index, set.Rhs, true)
		}
		// a read: req.Header["Content-Type"]
	case uses.Target:
		if !u.Tuple {
			if lit, ok := match.Unparen(u.Rhs).(*ast.CompositeLit); ok {
				if _, isMap := info.TypeOf(lit).Underlying().(*types.Map); isMap {
					// req.Header = http.Header{"Content-Type": {...}}
					for _, elt := range lit.Elts {
						if kv, ok := elt.(*ast.KeyValueExpr); ok {
							w.setHeader(u.Parent, kv.Key, kv.Value, true)
						}
					}
					return
				}
			}
		}
		w.maybe(u.Parent) // a header built elsewhere: it may have one
	case uses.Binary:
	default:
		w.maybe(h) // aliased or passed on: it may be set through it
	}
}

// setHeader records that the header named by key is set to value, which
// is a []string when slice is true.
func (w *reqWalk) setHeader(at inspector.Cursor, key, value ast.Expr, slice bool) {
	info := w.s.c.pass.TypesInfo
	name, ok := headerName(info, key)
	if !ok {
		if w.s.rangeKeyOfKnownMap(key) {
			return // copied from a map whose keys are known, and none is Content-Type
		}
		w.maybe(at) // for k, v := range headers { req.Header.Set(k, v) }
		return
	}
	if !strings.EqualFold(strings.TrimSpace(name), "Content-Type") {
		return
	}
	if slice {
		lit, ok := match.Unparen(value).(*ast.CompositeLit)
		if !ok || len(lit.Elts) != 1 {
			w.maybe(at)
			return
		}
		value = lit.Elts[0]
	}
	ct, ok := constString(info, value)
	if !ok {
		w.maybe(at) // the caller's choice
		return
	}
	if !w.late(at) {
		w.u.sets = append(w.u.sets, ctSet{value: ct, expr: value})
	}
}

// headerName returns the constant name of a header key, seeing through
// http.CanonicalHeaderKey and textproto.CanonicalMIMEHeaderKey.
func headerName(info *types.Info, key ast.Expr) (string, bool) {
	if call, ok := match.Unparen(key).(*ast.CallExpr); ok && len(call.Args) == 1 {
		fn := match.Callee(info, call)
		if knowledge.HeaderKeys.Has(fn) {
			key = call.Args[0]
		}
	}
	return constString(info, key)
}

// argument classifies the request passed to a call.
func (w *reqWalk) argument(u uses.Use) {
	p, i, fn := u.Call, u.Index, u.Callee
	switch {
	case fn == nil:
		w.maybe(p) // a function value: it may set it
	case knowledge.TakesRequest(fn):
		w.send(p)
	case fn.Pkg() == w.s.c.pass.Pkg:
		sum := w.s.c.summary(fn, i)
		if sum == nil {
			w.maybe(p)
			return
		}
		if sum.sets {
			w.maybe(p)
		}
		if sum.escapes {
			w.u.escapes = true
		}
		if sum.sends {
			w.send(p)
		}
	case knowledge.ObservesRequest(fn):
	default:
		w.u.escapes = true // another package's function may set it
	}
}

// maybe records a Content-Type that may be set at cur.
func (w *reqWalk) maybe(cur inspector.Cursor) {
	if !w.late(cur) {
		w.u.maybeSet = true
	}
}

func (w *reqWalk) send(cur inspector.Cursor) {
	w.u.sent = true
	if !w.sentAt.IsValid() && w.home != nil && innermostFunc(cur) == w.home {
		w.sentAt = cur.Node().Pos()
	}
}

// late reports whether a set at cur comes after the request was sent.
func (w *reqWalk) late(cur inspector.Cursor) bool {
	return w.sentAt.IsValid() && innermostFunc(cur) == w.home
}

// A summary says what a same-package function does with a request
// passed as one of its parameters.
type summary struct {
	sets    bool // it sets, or may set, the Content-Type
	sends   bool
	escapes bool // it hands the request on
}

type summaryKey struct {
	fn    *types.Func
	param int
}

// summary returns the summary of argument i of a call of fn, a function
// of this package, or nil when fn has no body to look at (a function
// value, an interface method) or i is a variadic argument.
func (c *checker) summary(fn *types.Func, i int) *summary {
	fn = fn.Origin()
	decl := c.idx.Decl(fn)
	sig := fn.Type().(*types.Signature)
	if decl == nil || decl.Body == nil || i >= sig.Params().Len() || (sig.Variadic() && i == sig.Params().Len()-1) {
		return nil
	}
	key := summaryKey{fn, i}
	if s, ok := c.summaries[key]; ok {
		return s
	}
	// Recursion: assume the function sets it, so that a cycle never
	// causes a report.
	c.summaries[key] = &summary{sets: true}
	s := c.scopeOf(decl.Cur)
	u := s.followRequest(sig.Params().At(i), decl.Node().Pos(), nil)
	sum := &summary{sets: len(u.sets) > 0 || u.maybeSet, sends: u.sent, escapes: u.escapes}
	c.summaries[key] = sum
	return sum
}

// transportSets reports whether a RoundTrip method of this package, or a
// transport of another package given to a client (see foreignTransport),
// may set the Content-Type of the requests it sends: then a client built
// with that transport sets it for every request, and the rule cannot tell
// which clients have it.
func (c *checker) transportSets() bool {
	if c.transport == nil {
		sets := false
		for _, f := range c.idx.Funcs() {
			if f.Obj != nil && f.Body != nil && knowledge.IsRoundTripper(f.Obj) {
				if sum := c.summary(f.Obj, 0); sum == nil || sum.sets {
					sets = true
				}
			}
		}
		c.transport = &sets
	}
	return *c.transport || c.foreignTransport()
}
