package clientreuse

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/index"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// A flow follows a value built in a function through the syntax of the
// function: local variables, composite literals that hold it, results of
// calls it is passed to and closures that capture it. It decides whether
// the value may outlive scope (a function, or a loop body) and notes
// whether it is changed after it is built. It is a small worklist over
// expressions and variables, not a data-flow analysis: where it does not
// understand a use, it assumes the value escapes, so that it reports
// nothing it is unsure of.
type flow struct {
	info  *types.Info
	idx   *index.Index
	scope ast.Node // variables declared in it live no longer than it

	work []item
	seen map[item]bool
	vars map[varItem]bool

	mutated bool                // changed after it is built, or handed to a function
	into    []*ast.CompositeLit // composite literals that hold the value

	// Nothing lingers: its idle connections are closed by a deferred
	// CloseIdleConnections, or keep-alives are turned off.
	closedIdle, noKeepAlives bool
}

// An item is an expression that evaluates to the value (direct) or to a
// value that holds it.
type item struct {
	cur    inspector.Cursor
	direct bool
}

type varItem struct {
	v      *types.Var
	direct bool
}

func (c *checker) newFlow(scope ast.Node) *flow {
	return &flow{
		info:  c.pass.TypesInfo,
		idx:   c.idx,
		scope: scope,
		seen:  make(map[item]bool),
		vars:  make(map[varItem]bool),
	}
}

// outlives reports whether the value built by the expression at cur may
// outlive the flow's scope.
func (f *flow) outlives(cur inspector.Cursor) bool {
	f.push(cur, true)
	for len(f.work) > 0 {
		it := f.work[len(f.work)-1]
		f.work = f.work[:len(f.work)-1]
		if f.escapes(it) {
			return true
		}
	}
	return false
}

func (f *flow) push(cur inspector.Cursor, direct bool) {
	it := item{cur, direct}
	if !f.seen[it] {
		f.seen[it] = true
		f.work = append(f.work, it)
	}
}

// pushVar follows the reads of a local variable holding the value.
func (f *flow) pushVar(v *types.Var, direct bool) {
	if f.vars[varItem{v, direct}] {
		return
	}
	f.vars[varItem{v, direct}] = true
	for _, ref := range f.idx.Refs(v) {
		if ref.Write {
			continue
		}
		use := ref.Cur
		f.push(use, direct)
		// A closure that refers to v holds the value: follow the closure
		// too (a go statement, a registered handler).
		for lit := range use.Enclosing((*ast.FuncLit)(nil)) {
			if n := lit.Node(); n.Pos() <= v.Pos() && v.Pos() < n.End() {
				break
			}
			f.push(lit, false)
		}
	}
}

// escapes looks at the use of one expression that evaluates to the
// value, queues the expressions and variables it flows into, and reports
// whether the value may outlive the scope there.
func (f *flow) escapes(it item) bool {
	u, direct := uses.Of(f.info, it.cur), it.direct
	switch u.Kind {
	case uses.Deref, uses.TypeAssert, uses.AddressOf:
		f.push(u.Parent, direct)
	case uses.Elem, uses.ElemKey:
		// A field, element or map entry of a literal: follow the literal.
		f.into = append(f.into, u.Parent.Node().(*ast.CompositeLit))
		f.push(u.Parent, false)
	case uses.Method, uses.MethodValue, uses.Field:
		f.selected(u, direct)
		return u.Kind == uses.Method && u.Go
	case uses.Called:
		// A closure or method value called: it runs now, unless in a go
		// statement.
		return u.Go
	case uses.Arg, uses.Conversion, uses.BuiltinArg:
		return f.argument(u, direct)
	case uses.Assigned:
		if !u.Tuple {
			return f.assign(u.Parent, u.Lhs[0], direct)
		}
		for _, lhs := range u.Lhs {
			if mayHold(f.info.TypeOf(lhs)) && f.assign(u.Parent, lhs, direct) {
				return true
			}
		}
	case uses.Target, uses.Declared, uses.Indexed:
		// Written over, or indexed (which reads it).
	case uses.Unary, uses.Binary, uses.ExprStmt, uses.IncDec, uses.Cond, uses.SwitchTag:
		// Compared, or not used.
	default:
		// Returned, sent, ranged over, a map key, or anything else: it may
		// outlive the scope.
		return true
	}
	return false
}

// selected handles the value as the operand of a selector expression.
func (f *flow) selected(u uses.Use, direct bool) {
	switch u.Kind {
	case uses.MethodValue:
		f.push(u.Parent, direct) // a method value holds its receiver
	case uses.Method:
		if deferred(u) && knowledge.IdleClosers.Has(u.Callee) {
			f.closedIdle = true // on the transport, or a client holding it
		}
		// Sending a request leaves a transport or client as it was;
		// other methods (RegisterProtocol, CloseIdleConnections, methods
		// of wrappers) may change it.
		if name := u.Callee.Name(); !u.Go && (name == "CloseIdleConnections" || direct && !sending[name]) {
			f.mutated = true
		}
	case uses.Field:
		if direct && u.Written {
			f.mutated = true
			// t.DisableKeepAlives = true
			if u.Selection.Obj().Name() == "DisableKeepAlives" {
				if a := uses.Of(f.info, u.Parent); a.Kind == uses.Target && !a.Tuple && isTrue(f.info, a.Rhs) {
					f.noKeepAlives = true
				}
			}
		}
		// A field read out of it (c.Transport, t.TLSClientConfig) is
		// part of it.
		if mayHold(u.Selection.Type()) {
			f.push(u.Parent, direct)
		}
	}
}

// deferred reports whether the method call of u runs when its function
// returns: defer x.M(), or x.M() as a statement of a deferred closure,
// defer func() { x.M() }().
func deferred(u uses.Use) bool {
	if u.Defer {
		return true
	}
	call := u.Call
	if call.ParentEdgeKind() != edge.ExprStmt_X {
		return false
	}
	block := call.Parent().Parent()
	if block.ParentEdgeKind() != edge.FuncLit_Body {
		return false
	}
	lit := block.Parent()
	return lit.ParentEdgeKind() == edge.CallExpr_Fun && lit.Parent().ParentEdgeKind() == edge.DeferStmt_Call
}

// sending are the methods of http.Client and http.Transport that send a
// request without changing the receiver.
var sending = map[string]bool{
	"Do": true, "Get": true, "Head": true, "Post": true, "PostForm": true,
	"RoundTrip": true, "Clone": true,
}

// argument handles the value passed to a call.
func (f *flow) argument(u uses.Use, direct bool) bool {
	switch {
	case u.Go:
		return true
	case u.Kind == uses.Conversion:
		f.push(u.Call, direct)
		return false
	case u.Kind == uses.BuiltinArg:
		return u.Builtin.Name() == "append" || u.Builtin.Name() == "panic"
	}
	// The callee may configure it (http2.ConfigureTransport): a shared
	// value would be configured again by every call.
	if direct {
		f.mutated = true
	}
	fun := u.Call.Node().(*ast.CallExpr).Fun
	sig, ok := types.Unalias(f.info.TypeOf(fun)).Underlying().(*types.Signature)
	if !ok {
		return true
	}
	res := sig.Results()
	if res.Len() == 0 {
		return true // the callee may keep it
	}
	for v := range res.Variables() {
		if mayHold(v.Type()) {
			f.push(u.Call, false) // the result may hold it
			break
		}
	}
	return false
}

// assign handles the value assigned to lhs by the statement stmt.
func (f *flow) assign(stmt inspector.Cursor, lhs ast.Expr, direct bool) bool {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		// A field of a local struct value, such as a value receiver: a
		// copy that lives no longer than the variable.
		if v := f.localStruct(lhs); v != nil && !f.isResult(stmt, v) {
			f.pushVar(v, false)
			return false
		}
		return true // a field of something else, an element, *p
	}
	if id.Name == "_" {
		return false
	}
	v, ok := f.info.ObjectOf(id).(*types.Var)
	if !ok || !match.IsLocal(v, f.scope) || f.isResult(stmt, v) {
		return true
	}
	f.pushVar(v, direct)
	return false
}

// localStruct returns the variable v when lhs is v.f or v.f.g…, v is a
// local variable of the scope (a value receiver, a struct variable) and
// no pointer is followed on the way: the field is part of v itself.
func (f *flow) localStruct(lhs ast.Expr) *types.Var {
	for {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			break
		}
		s := f.info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal || s.Indirect() {
			return nil
		}
		if _, ptr := f.info.TypeOf(sel.X).Underlying().(*types.Pointer); ptr {
			return nil
		}
		lhs = sel.X
	}
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || !match.IsLocal(v, f.scope) {
		return nil
	}
	if _, ok := v.Type().Underlying().(*types.Struct); !ok {
		return nil
	}
	return v
}

// isResult reports whether v is a named result of a function holding
// stmt: a bare return returns it.
func (f *flow) isResult(stmt inspector.Cursor, v *types.Var) bool {
	for fn := range stmt.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var ft *ast.FuncType
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			ft = n.Type
		case *ast.FuncLit:
			ft = n.Type
		}
		if ft.Results == nil {
			continue
		}
		for _, field := range ft.Results.List {
			for _, name := range field.Names {
				if f.info.Defs[name] == v {
					return true
				}
			}
		}
	}
	return false
}

// mayHold reports whether a value of type t may hold on to a transport or
// client for reuse: anything but a basic type, an error, or the request
// and response of an exchange (a helper that sends a request with a
// client returns them).
func mayHold(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := t.Underlying().(*types.Basic); ok {
		return false
	}
	return !types.Identical(t, types.Universe.Lookup("error").Type()) &&
		!knowledge.Response.IsPointer(t) &&
		!knowledge.Request.IsPointer(t)
}
