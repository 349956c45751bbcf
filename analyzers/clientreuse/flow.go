package clientreuse

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
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
	uses  map[*types.Var][]inspector.Cursor
	scope ast.Node // variables declared in it live no longer than it

	work []item
	seen map[item]bool
	vars map[varItem]bool

	mutated bool                // changed after it is built, or handed to a function
	into    []*ast.CompositeLit // composite literals that hold the value
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
		uses:  c.uses,
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
	for _, use := range f.uses[v] {
		switch use.ParentEdgeKind() {
		case edge.AssignStmt_Lhs, edge.RangeStmt_Key, edge.RangeStmt_Value:
			continue // a write, not a read
		}
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

// escapes looks at the context of one expression that evaluates to the
// value, queues the expressions and variables it flows into, and reports
// whether the value may outlive the scope there.
func (f *flow) escapes(it item) bool {
	cur, direct := it.cur, it.direct
	parent := cur.Parent()
	kind, index := cur.ParentEdge()
	switch p := parent.Node().(type) {
	case *ast.ParenExpr, *ast.StarExpr:
		f.push(parent, direct)
	case *ast.TypeAssertExpr:
		if kind == edge.TypeAssertExpr_X {
			f.push(parent, direct)
		}
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			f.push(parent, direct)
		}
	case *ast.KeyValueExpr:
		// A field, element or map entry of a literal: follow the literal.
		lit := parent.Parent()
		f.into = append(f.into, lit.Node().(*ast.CompositeLit))
		f.push(lit, false)
	case *ast.CompositeLit:
		if kind == edge.CompositeLit_Elts {
			f.into = append(f.into, p)
			f.push(parent, false)
		}
	case *ast.SelectorExpr:
		return f.selected(parent, direct)
	case *ast.CallExpr:
		if kind == edge.CallExpr_Fun {
			// A closure or method value called: it runs now, unless in
			// a go statement.
			return parent.ParentEdgeKind() == edge.GoStmt_Call
		}
		return f.argument(parent, direct)
	case *ast.AssignStmt:
		if kind != edge.AssignStmt_Rhs {
			return false
		}
		if len(p.Lhs) == len(p.Rhs) {
			return f.assign(parent, p.Lhs[index], direct)
		}
		for _, lhs := range p.Lhs {
			if mayHold(f.info.TypeOf(lhs)) && f.assign(parent, lhs, direct) {
				return true
			}
		}
	case *ast.ValueSpec:
		if kind != edge.ValueSpec_Values {
			return false
		}
		if len(p.Names) == len(p.Values) {
			return f.assign(parent, p.Names[index], direct)
		}
		for _, name := range p.Names {
			if mayHold(f.info.TypeOf(name)) && f.assign(parent, name, direct) {
				return true
			}
		}
	case *ast.IndexExpr:
		// Indexing into it reads it; a map key may be stored.
		return kind == edge.IndexExpr_Index
	case *ast.BinaryExpr, *ast.ExprStmt, *ast.IncDecStmt, *ast.IfStmt, *ast.SwitchStmt:
		// Compared, or not used.
	default:
		// Returned, sent, ranged over, or anything else: it may outlive
		// the scope.
		return true
	}
	return false
}

// selected handles the value as the operand of a selector expression.
func (f *flow) selected(sel inspector.Cursor, direct bool) bool {
	s := f.info.Selections[sel.Node().(*ast.SelectorExpr)]
	if s == nil {
		return true
	}
	switch s.Kind() {
	case types.MethodVal:
		if sel.ParentEdgeKind() != edge.CallExpr_Fun {
			f.push(sel, direct) // a method value holds its receiver
			return false
		}
		if sel.Parent().ParentEdgeKind() == edge.GoStmt_Call {
			return true
		}
		// Sending a request leaves a transport or client as it was;
		// other methods (RegisterProtocol, CloseIdleConnections, methods
		// of wrappers) may change it.
		if name := s.Obj().Name(); name == "CloseIdleConnections" || direct && !sending[name] {
			f.mutated = true
		}
	case types.FieldVal:
		if direct && written(sel) {
			f.mutated = true
		}
		// A field read out of it (c.Transport, t.TLSClientConfig) is
		// part of it.
		if mayHold(s.Type()) {
			f.push(sel, direct)
		}
	}
	return false
}

// sending are the methods of http.Client and http.Transport that send a
// request without changing the receiver.
var sending = map[string]bool{
	"Do": true, "Get": true, "Head": true, "Post": true, "PostForm": true,
	"RoundTrip": true, "Clone": true,
}

// argument handles the value passed to a call.
func (f *flow) argument(call inspector.Cursor, direct bool) bool {
	n := call.Node().(*ast.CallExpr)
	if call.ParentEdgeKind() == edge.GoStmt_Call {
		return true
	}
	if tv, ok := f.info.Types[n.Fun]; ok && tv.IsType() {
		f.push(call, direct) // a conversion
		return false
	}
	if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
		if b, ok := f.info.Uses[id].(*types.Builtin); ok {
			return b.Name() == "append" || b.Name() == "panic"
		}
	}
	// The callee may configure it (http2.ConfigureTransport): a shared
	// value would be configured again by every call.
	if direct {
		f.mutated = true
	}
	sig, ok := types.Unalias(f.info.TypeOf(n.Fun)).Underlying().(*types.Signature)
	if !ok {
		return true
	}
	res := sig.Results()
	if res.Len() == 0 {
		return true // the callee may keep it
	}
	for v := range res.Variables() {
		if mayHold(v.Type()) {
			f.push(call, false) // the result may hold it
			break
		}
	}
	return false
}

// assign handles the value assigned to lhs by the statement stmt.
func (f *flow) assign(stmt inspector.Cursor, lhs ast.Expr, direct bool) bool {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return true // a field, an element, *p
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

// written reports whether the field selected by sel (or a part of it) is
// assigned, incremented or has its address taken.
func written(sel inspector.Cursor) bool {
	c := sel
	for {
		switch c.ParentEdgeKind() {
		case edge.SelectorExpr_X, edge.IndexExpr_X, edge.ParenExpr_X, edge.StarExpr_X:
			c = c.Parent()
			continue
		case edge.AssignStmt_Lhs, edge.IncDecStmt_X:
			return true
		case edge.UnaryExpr_X:
			return c.Parent().Node().(*ast.UnaryExpr).Op == token.AND
		}
		return false
	}
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
