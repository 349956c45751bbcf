package respflow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// What is known of a function as a whole, shared by all its flows.

// A nodeRef is where a control-flow node is: its block and its index
// there.
type nodeRef struct {
	block *cfg.Block
	index int
}

// graph returns fn's control-flow graph, built once.
func (e *engine) graph(fn *Func) *cfg.CFG {
	if fn.data().cfg == nil {
		fn.cfg = fn.ix.CFG()
	}
	return fn.cfg
}

// nodeOf returns the control-flow node of fn that holds n. The first few
// are searched for among the nodes; a function with more responses gets
// an index of its nodes, so that finding them all is not quadratic. The
// nodes of a graph do not nest, so the first one among n's ancestors is
// it.
func (e *engine) nodeOf(fn *Func, n ast.Node) (nodeRef, bool) {
	if fn.nodes == nil && fn.searches < searchesBeforeIndex {
		fn.searches++
		return e.findNode(fn, n)
	}
	if fn.nodes == nil {
		fn.nodes = make(map[ast.Node]nodeRef)
		for _, b := range fn.cfg.Blocks {
			if b.Live {
				for i, n := range b.Nodes {
					fn.nodes[n] = nodeRef{b, i}
				}
			}
		}
	}
	c, ok := e.cursorOf(n)
	for ok && c.Node() != fn.Node {
		if ref, ok := fn.nodes[c.Node()]; ok {
			return ref, true
		}
		c = c.Parent()
		ok = c.Node() != nil
	}
	return nodeRef{}, false
}

const searchesBeforeIndex = 4

// findNode returns the control-flow node of fn that holds n, searching
// the live blocks in order.
func (e *engine) findNode(fn *Func, n ast.Node) (nodeRef, bool) {
	for _, b := range fn.cfg.Blocks {
		if !b.Live {
			continue
		}
		for i, node := range b.Nodes {
			e.work++
			fn.work++
			if node.Pos() <= n.Pos() && n.End() <= node.End() {
				return nodeRef{b, i}, true
			}
		}
	}
	return nodeRef{}, false
}

// exits returns, by block index, whether some path from the start of a
// block leaves the function: by a return, or by falling off its end
// other than by a call that never returns.
func (e *engine) exits(g *cfg.CFG) []bool {
	exits := make([]bool, len(g.Blocks))
	preds := make([][]*cfg.Block, len(g.Blocks))
	var queue []*cfg.Block
	for _, b := range g.Blocks {
		for _, s := range b.Succs {
			preds[s.Index] = append(preds[s.Index], b)
		}
		if e.leavesFrom(b, 0) {
			exits[b.Index] = true
			queue = append(queue, b)
		}
	}
	for len(queue) > 0 {
		b := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, p := range preds[b.Index] {
			if !exits[p.Index] {
				exits[p.Index] = true
				queue = append(queue, p)
			}
		}
	}
	return exits
}

// leavesFrom reports whether the path from node i of b leaves the
// function in b itself.
func (e *engine) leavesFrom(b *cfg.Block, i int) bool {
	for _, n := range b.Nodes[i:] {
		if _, ok := n.(*ast.ReturnStmt); ok {
			return true
		}
	}
	if len(b.Succs) > 0 {
		return false
	}
	if len(b.Nodes) > 0 {
		if es, ok := b.Nodes[len(b.Nodes)-1].(*ast.ExprStmt); ok {
			if call, ok := match.Unparen(es.X).(*ast.CallExpr); ok && !knowledge.CallReturns(e.info, call) {
				return false
			}
		}
	}
	return true
}

// canExit reports whether some path from node i of b leaves the
// function.
func (e *engine) canExit(fn *Func, b *cfg.Block, i int) bool {
	if e.leavesFrom(b, i) {
		return true
	}
	if fn.exits == nil {
		fn.exits = e.exits(fn.cfg)
	}
	for _, s := range b.Succs {
		if fn.exits[s.Index] {
			return true
		}
	}
	return false
}

// budget is how many steps the flows of fn may take in all: enough for
// dozens of responses walked over the whole function, and still linear
// in its size, so that no input makes the engine take quadratic time.
// A flow that would go past it gives up (see walker.walk).
func (fn *Func) budget() int {
	return budgetPerByte * int(fn.Body.End()-fn.Body.Pos()+1)
}

const budgetPerByte = 64

// inspect is ast.Inspect, counting the nodes it visits as work of fn.
func (e *engine) inspect(fn *Func, root ast.Node, visit func(ast.Node) bool) {
	fn.data()
	outer := e.counter
	e.counter = counter{e: e, fn: fn, visit: visit}
	ast.Walk(&e.counter, root)
	e.counter = outer
}

// A counter is the ast.Visitor of engine.inspect. The engine holds the
// one in use, rather than a closure per call, which cost an allocation
// for every control-flow node of every flow.
type counter struct {
	e     *engine
	fn    *Func
	visit func(ast.Node) bool
}

func (c *counter) Visit(n ast.Node) ast.Visitor {
	if n != nil {
		c.e.work++
		c.fn.work++
	}
	if c.visit(n) {
		return c
	}
	return nil
}

// beyond returns the position from which every node of the function is
// past the flow's region for good: after it, and after any loop around
// it (a path can come back into a region only by a loop, or a goto).
// It returns NoPos if there is no such position. at is the cursor of a
// node in the region: a loop around the region is one around it.
func (f *flow) beyond(at inspector.Cursor) token.Pos {
	if f.e.hasGoto(f.fn) || !f.hi.IsValid() {
		return token.NoPos
	}
	end := f.hi
	for c := at; c.Node() != f.fn.Node; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			end = max(end, n.End())
		case nil, *ast.FuncLit, *ast.FuncDecl:
			return token.NoPos // not in fn's body after all
		}
	}
	return end
}

// hasGoto reports whether fn's body has a goto statement.
func (e *engine) hasGoto(fn *Func) bool {
	if fn.gotos == 0 {
		fn.gotos = -1
		e.inspect(fn, fn.Body, func(n ast.Node) bool {
			if br, ok := n.(*ast.BranchStmt); ok && br.Tok == token.GOTO {
				fn.gotos = 1
			}
			return fn.gotos < 0
		})
	}
	return fn.gotos > 0
}

// mayHandOver reports whether some use of the flow's handles may give
// the response to someone else (a return, a send, a composite literal,
// an assignment to a non-local) or put off its close to the next
// iteration (a defer in a loop). It looks at the syntax only, and says
// yes when unsure.
func (f *flow) mayHandOver() bool {
	if f.handover == 0 {
		f.handover = -1
		if len(f.e.deferInLoop(f.fn)) > 0 {
			f.handover = 1
		}
		for v, k := range f.handles {
			if k == wrapperKind || f.e.handsOver(f.fn)[v] {
				f.handover = 1
			}
		}
		for v := range f.fn.Sig.Results().Variables() {
			if f.handles[v] != 0 {
				f.handover = 1 // a bare return hands it over
			}
		}
	}
	return f.handover > 0
}

// handsOver returns the variables of fn that some use may hand over:
// used inside a return, a send or a composite literal, or on the right
// of an assignment to something but a local variable.
func (e *engine) handsOver(fn *Func) map[*types.Var]bool {
	if fn.handover != nil {
		return fn.handover
	}
	fn.handover = make(map[*types.Var]bool)
	body := edge.FuncDecl_Body
	if _, ok := fn.Node.(*ast.FuncLit); ok {
		body = edge.FuncLit_Body
	}
	fn.cur.ChildAt(body, -1).Inspect(nil, func(c inspector.Cursor) bool {
		e.work++
		fn.work++
		if id, ok := c.Node().(*ast.Ident); ok {
			if v, ok := e.info.Uses[id].(*types.Var); ok && !fn.handover[v] && e.handedOverAt(fn, c) {
				fn.handover[v] = true
			}
		}
		return true
	})
	return fn.handover
}

// handedOverAt reports whether the value at cur is in a place where a
// handle may be handed over.
func (e *engine) handedOverAt(fn *Func, cur inspector.Cursor) bool {
	for {
		u := uses.Of(e.info, cur)
		switch u.Kind {
		case uses.Return, uses.Send, uses.Elem, uses.ElemKey:
			return true
		case uses.Assigned, uses.Target:
			lhs := u.Lhs
			switch {
			case u.Tok == token.VAR:
				return false
			case u.Kind == uses.Target && !u.Tuple:
				return false // x.f = v: the value is v's
			case u.Kind == uses.Target:
				lhs = u.Parent.Node().(*ast.AssignStmt).Lhs
			}
			for _, lhs := range lhs {
				if !isLocalTarget(e.info, fn, lhs) {
					return true
				}
			}
			return false
		}
		switch u.Parent.Node().(type) {
		case *ast.SendStmt, *ast.CompositeLit:
			return true // the channel of a send, the type of a literal
		case nil, ast.Stmt:
			return false
		}
		cur = u.Parent
	}
}

// deferInLoop returns the defer statements of fn's own body that are
// inside a loop of it, found in one walk.
func (e *engine) deferInLoop(fn *Func) map[*ast.DeferStmt]bool {
	if fn.deferInLoop != nil {
		return fn.deferInLoop
	}
	fn.deferInLoop = make(map[*ast.DeferStmt]bool)
	var visit func(n ast.Node, loops int) bool
	visit = func(n ast.Node, loops int) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			e.inspect(fn, n, func(m ast.Node) bool {
				return m == n || m != nil && visit(m, loops+1)
			})
			return false
		case *ast.DeferStmt:
			if loops > 0 {
				fn.deferInLoop[n] = true
			}
		}
		return true
	}
	e.inspect(fn, fn.Body, func(n ast.Node) bool { return n != nil && visit(n, 0) })
	return fn.deferInLoop
}
