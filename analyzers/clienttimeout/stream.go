package clienttimeout

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// Client.Timeout covers reading the response body, so a timeout added to
// a client whose responses are streamed or downloaded cuts long transfers
// off. This file decides, from how the responses of a client's sends are
// used, whether they may stream: the body copied with io.Copy to a writer
// that is not in memory, read piece by piece (bufio, a decompressor, a
// decoder called in a loop, Read), handed on to code not seen here, or
// the response returned to a caller that does one of these (a caller of
// another package: it may).

// maxDepth bounds how far responses returned by the package's own
// functions are followed to their callers.
const maxDepth = 3

// streams returns why the response of the send call at cur may be
// streamed or transferred, or "".
func (c *checker) streams(cur inspector.Cursor) string {
	return c.respStreams(cur, 0)
}

func (c *checker) respStreams(cur inspector.Cursor, depth int) string {
	info := c.pass.TypesInfo
	u := uses.Of(info, cur)
	switch u.Kind {
	case uses.Return:
		return c.returned(cur, depth)
	case uses.Assigned, uses.Declared:
		if len(u.Lhs) == 0 {
			return ""
		}
		v := match.ObjectOf(info, u.Lhs[0])
		if v == nil {
			if id, ok := match.Unparen(u.Lhs[0]).(*ast.Ident); ok && id.Name == "_" {
				return ""
			}
			return "the response is stored"
		}
		return c.respVarStreams(v, depth)
	}
	return ""
}

// returned judges a response that the function around cur returns: by its
// callers in this package, if the function is unexported; a caller
// elsewhere may stream it.
func (c *checker) returned(cur inspector.Cursor, depth int) string {
	fn := c.enclosingFunc(cur)
	if fn == nil || fn.Exported() || depth >= maxDepth {
		return "the response is returned to the caller"
	}
	if recv := fn.Signature().Recv(); recv != nil {
		// A method may satisfy an interface and be called through it.
		return "the response is returned to the caller"
	}
	for _, call := range c.callsOf(fn) {
		if call == (inspector.Cursor{}) {
			return "the function that returns the response is used as a value"
		}
		if why := c.respStreams(call, depth+1); why != "" {
			return why
		}
	}
	return ""
}

// enclosingFunc returns the declared function around cur, or nil inside
// a function literal (whose callers are not followed).
func (c *checker) enclosingFunc(cur inspector.Cursor) *types.Func {
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		decl, ok := f.Node().(*ast.FuncDecl)
		if !ok {
			return nil
		}
		fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
		return fn
	}
	return nil
}

// callsOf returns the calls of fn in the package, with a zero cursor
// for a use that is not a call (a function value: called from anywhere).
// Calls in _test.go files are not production's and are left out, so
// that the package gets the same findings with or without its tests.
func (c *checker) callsOf(fn *types.Func) []inspector.Cursor {
	var calls []inspector.Cursor
	for _, cur := range c.idx.Named(fn.Name()) {
		if c.pass.TypesInfo.Uses[cur.Node().(*ast.Ident)] != fn || c.inTest(cur.Node().Pos()) {
			continue
		}
		if cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
			cur = cur.Parent()
		}
		var call inspector.Cursor
		if cur.ParentEdgeKind() == edge.CallExpr_Fun {
			call = cur.Parent()
		}
		calls = append(calls, call)
	}
	return calls
}

// respVarStreams judges the uses of a response variable.
func (c *checker) respVarStreams(v *types.Var, depth int) string {
	info := c.pass.TypesInfo
	for _, ref := range c.idx.Refs(v) {
		if ref.Def {
			continue
		}
		u := uses.Of(info, ref.Cur)
		switch u.Kind {
		case uses.Field:
			if u.Selection.Obj().Name() == "Body" && !u.Written {
				if why := c.bodyStreams(u.Parent, depth); why != "" {
					return why
				}
			}
		case uses.Return:
			if why := c.returned(ref.Cur, depth); why != "" {
				return why
			}
		case uses.Assigned, uses.Elem, uses.Send, uses.AddressOf:
			return "the response is handed on"
		case uses.Arg:
			// A helper of this package is followed; one of another
			// package is taken to check or read the response, as most do.
			if param := c.paramOf(u.Callee, u.Index); param != nil && depth < maxDepth {
				if why := c.respVarStreams(param, depth+1); why != "" {
					return why
				}
			}
		}
	}
	return ""
}

// bodyStreams judges one use of a response body.
func (c *checker) bodyStreams(cur inspector.Cursor, depth int) string {
	info := c.pass.TypesInfo
	u := uses.Of(info, cur)
	switch u.Kind {
	case uses.Method:
		if u.Callee != nil && u.Callee.Name() == "Read" {
			return "the body is read piece by piece"
		}
		return "" // Close
	case uses.Arg:
		fn := u.Callee
		call := u.Call.Node().(*ast.CallExpr)
		switch {
		case fn == nil:
			return "the body is handed to a function value"
		case knowledge.BodyReadAll.Has(fn), knowledge.BodyReadInto.Has(fn):
			return ""
		case knowledge.BodyCopies.Has(fn):
			if u.Index == 0 || c.inMemory(call.Args[0]) {
				return ""
			}
			return fmt.Sprintf("the body is copied with %s.%s", fn.Pkg().Name(), fn.Name())
		case knowledge.BodyWrappers.Has(fn):
			if depth >= maxDepth {
				return "the body is wrapped"
			}
			return c.bodyStreams(u.Call, depth+1)
		case knowledge.BodyValueDecoders.Has(fn):
			return c.decoderStreams(u.Call, fn)
		case knowledge.BodyDecoders.Has(fn):
			return fmt.Sprintf("the body is read with %s.%s", fn.Pkg().Name(), fn.Name())
		}
		if param := c.paramOf(fn, u.Index); param != nil && depth < maxDepth {
			return c.bodyVarStreams(param, depth+1)
		}
		return fmt.Sprintf("the body is handed to %s", fn.Name())
	case uses.Assigned, uses.Declared:
		if len(u.Lhs) != 1 || depth >= maxDepth {
			return "the body is handed on"
		}
		v := match.ObjectOf(info, u.Lhs[0])
		if v == nil || v.Parent() == c.pass.Pkg.Scope() {
			return "the body is handed on"
		}
		return c.bodyVarStreams(v, depth+1)
	case uses.Return, uses.Elem, uses.Send:
		return "the body is handed on"
	}
	return ""
}

// bodyVarStreams judges the reads of a variable that holds a body.
func (c *checker) bodyVarStreams(v *types.Var, depth int) string {
	for _, ref := range c.idx.Refs(v) {
		if ref.Def || ref.Write {
			continue
		}
		if why := c.bodyStreams(ref.Cur, depth); why != "" {
			return why
		}
	}
	return ""
}

// paramOf returns parameter i of fn, a function declared in this package
// with a body, whose uses can be followed; or nil.
func (c *checker) paramOf(fn *types.Func, i int) *types.Var {
	if fn == nil || fn.Pkg() != c.pass.Pkg {
		return nil
	}
	if d := c.idx.Decl(fn); d == nil || d.Body == nil {
		return nil
	}
	params := fn.Signature().Params()
	if i >= params.Len() || (fn.Signature().Variadic() && i >= params.Len()-1) {
		return nil
	}
	return params.At(i)
}

// decoderStreams judges a decoder of values over a body: a stream when it
// is kept and decodes in a loop, or its stream methods are called.
func (c *checker) decoderStreams(cur inspector.Cursor, ctor *types.Func) string {
	info := c.pass.TypesInfo
	why := fmt.Sprintf("the body is decoded as a stream with %s.%s", ctor.Pkg().Name(), ctor.Name())
	u := uses.Of(info, cur)
	switch u.Kind {
	case uses.Method:
		if knowledge.DecoderStreamMethods.Has(u.Callee) {
			return why
		}
		return ""
	case uses.Assigned, uses.Declared:
		if len(u.Lhs) != 1 {
			return why
		}
		v := match.ObjectOf(info, u.Lhs[0])
		if v == nil {
			return why
		}
		for _, ref := range c.idx.Refs(v) {
			if ref.Def || ref.Write {
				continue
			}
			r := uses.Of(info, ref.Cur)
			if r.Kind != uses.Method || knowledge.DecoderStreamMethods.Has(r.Callee) || inLoopAfter(ref.Cur, v.Pos()) {
				return why
			}
		}
		return ""
	}
	return why
}

// inLoopAfter reports whether cur is inside a loop that begins after pos
// (a loop of its own, not one around the declaration at pos), in the
// same function.
func inLoopAfter(cur inspector.Cursor, pos token.Pos) bool {
	for e := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := e.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return n.Pos() > pos
		default:
			return false
		}
	}
	return false
}

// inMemory reports whether w is a writer that keeps what is copied in
// memory, or io.Discard.
func (c *checker) inMemory(w ast.Expr) bool {
	info := c.pass.TypesInfo
	w = match.Unparen(w)
	for _, t := range knowledge.MemoryWriters {
		if t.Is(info.TypeOf(w)) {
			return true
		}
	}
	var id *ast.Ident
	switch e := w.(type) {
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.Ident:
		id = e
	}
	if id != nil {
		for _, d := range knowledge.Discard {
			if d.IsVar(info.Uses[id]) {
				return true
			}
		}
	}
	return false
}

// constructionStreams returns why the responses of the client built at
// cur (a literal, new(http.Client)) may stream, or "": it follows the
// client to the variable or field it is stored in and judges every send
// of it in the package. A client handed to code not seen here is judged
// by the sends that are seen.
func (c *checker) constructionStreams(cur inspector.Cursor) string {
	info := c.pass.TypesInfo
	u := uses.Of(info, cur)
	if u.Kind == uses.AddressOf {
		cur = u.Parent
		u = uses.Of(info, cur)
	}
	if u.Kind == uses.Method && knowledge.Send(u.Callee) == knowledge.ClientSend {
		return c.streams(u.Call) // (&http.Client{}).Get(u)
	}
	if f := assignedField(info, u); f != nil {
		return c.sendsStream(c.fieldUses(f))
	}
	if v := boundVar(info, cur); v != nil {
		return c.varStreams(v)
	}
	return ""
}

// varStreams judges the sends of client variable v, and of the fields it
// is stored in.
func (c *checker) varStreams(v *types.Var) string {
	cu := c.usesOf(v)
	for _, f := range cu.fields {
		cu = cu.merge(c.fieldUses(f))
	}
	return c.sendsStream(cu)
}

func (c *checker) sendsStream(cu clientUses) string {
	for _, call := range cu.sendCalls {
		if why := c.streams(call); why != "" {
			return why
		}
	}
	return ""
}

// fieldUses summarizes the sends through field f in the package:
// x.f.Do(req), and c := x.f; c.Do(req).
func (c *checker) fieldUses(f *types.Var) clientUses {
	var cu clientUses
	for _, sel := range c.idx.Selectors(f.Name()) {
		if c.inTest(sel.Node().Pos()) {
			continue
		}
		if s := c.pass.TypesInfo.Selections[sel.Node().(*ast.SelectorExpr)]; s == nil || s.Kind() != types.FieldVal || s.Obj() != f {
			continue
		}
		x := uses.Of(c.pass.TypesInfo, sel)
		switch x.Kind {
		case uses.Method:
			c.use(&cu, x)
		case uses.Assigned, uses.Declared:
			if v := match.ObjectOf(c.pass.TypesInfo, x.Lhs[0]); v != nil && !x.Tuple && !v.IsField() {
				o := c.usesOf(v)
				cu.sendCalls = append(cu.sendCalls, o.sendCalls...)
			}
		}
	}
	return cu
}

// transportLit returns the &http.Transport{...} literal that client
// literal lit sets as its Transport, or nil.
func (c *checker) transportLit(lit *ast.CompositeLit) *ast.CompositeLit {
	kv := match.KeyedField(lit, "Transport")
	if kv == nil {
		return nil
	}
	addr, ok := match.Unparen(kv.Value).(*ast.UnaryExpr)
	if !ok || addr.Op != token.AND {
		return nil
	}
	tl, ok := match.Unparen(addr.X).(*ast.CompositeLit)
	if !ok || !knowledge.Transport.IsValue(c.pass.TypesInfo.TypeOf(tl)) {
		return nil
	}
	if len(tl.Elts) > 0 {
		if _, keyed := tl.Elts[0].(*ast.KeyValueExpr); !keyed {
			return nil
		}
	}
	return tl
}

// clientStreamNote is what a finding on a client whose responses may
// stream says instead of "set Timeout".
func clientStreamNote(why string) string {
	return fmt.Sprintf("; its responses may stream (%s), which a Timeout would cut off, as it covers reading the body: bound the wait for the response headers with Transport.ResponseHeaderTimeout, or give each request a context with a deadline", why)
}

// helperStreamNote is what a finding on a call whose response may stream
// says instead of "send with an http.Client that has a Timeout".
func helperStreamNote(why string) string {
	return fmt.Sprintf("; its response may stream (%s), which a client Timeout would cut off, as it covers reading the body: give the request a context with a deadline, or send with a client whose Transport sets ResponseHeaderTimeout", why)
}

// inTest reports whether pos is in a _test.go file.
func (c *checker) inTest(pos token.Pos) bool {
	return match.IsTestFile(c.pass.Fset.File(pos).Name())
}
