package clienttimeout

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// funcFacts are what one function declaration (with its closures) says
// about deadlines: which contexts carry one and which requests carry such
// a context.
type funcFacts struct {
	info        *types.Info
	deadlineCtx map[*types.Var]bool
	boundedReq  map[*types.Var]bool
}

func (c *checker) facts(decl *ast.FuncDecl) *funcFacts {
	if f, ok := c.funcs[decl]; ok {
		return f
	}
	f := &funcFacts{info: c.pass.TypesInfo, deadlineCtx: map[*types.Var]bool{}, boundedReq: map[*types.Var]bool{}}
	c.funcs[decl] = f
	if decl.Body == nil {
		return f
	}
	// Definitions come before uses in the source, so one walk in source
	// order sees a context's deadline before the request built from it.
	ast.Inspect(decl.Body, func(n ast.Node) bool {
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
	return f
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
	if match.IsFunc(fn, "context", "WithTimeout", "WithDeadline", "WithTimeoutCause", "WithDeadlineCause") {
		return true
	}
	// context.WithoutCancel drops the deadline; the other With* keep it.
	if match.IsFunc(fn, "context", "WithCancel", "WithCancelCause", "WithValue") && len(call.Args) > 0 {
		return f.hasDeadline(call.Args[0])
	}
	return false
}

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
	boundedSends int // sends of requests with a deadline
}

func (u clientUses) merge(o clientUses) clientUses {
	return clientUses{
		timeoutSet:   u.timeoutSet || o.timeoutSet,
		timeoutFirst: u.timeoutFirst || o.timeoutFirst,
		escapes:      u.escapes || o.escapes,
		sends:        u.sends + o.sends,
		boundedSends: u.boundedSends + o.boundedSends,
	}
}

// usesIn classifies the uses of client variable v in decl, in source order.
func (c *checker) usesIn(decl *ast.FuncDecl, v *types.Var) clientUses {
	var u clientUses
	info := c.pass.TypesInfo
	// The parent of each identifier is needed, so walk with a stack.
	var stack []ast.Node
	ast.Inspect(decl, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok || info.Uses[id] != v {
			return true
		}
		parent, grand := at(stack, 2), at(stack, 3)
		switch p := parent.(type) {
		case *ast.SelectorExpr:
			c.useSelector(&u, p, grand)
		case *ast.AssignStmt:
			if !slices.Contains(p.Lhs, ast.Expr(id)) {
				u.escapes = true // copied to another variable
			}
		case *ast.StarExpr, *ast.ParenExpr:
			// (*c).Timeout and the like: too rare to follow.
			u.escapes = true
		default:
			u.escapes = true
		}
		return true
	})
	return u
}

func (c *checker) useSelector(u *clientUses, sel *ast.SelectorExpr, grand ast.Node) {
	info := c.pass.TypesInfo
	if sel.Sel.Name == "Timeout" {
		if as, ok := grand.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN && len(as.Lhs) == len(as.Rhs) {
			for i, lhs := range as.Lhs {
				if lhs == sel && !isZero(info, as.Rhs[i]) {
					u.timeoutSet = true
					if u.sends == 0 && !u.escapes {
						u.timeoutFirst = true
					}
				}
			}
		}
		return
	}
	fn, isMethod := info.Uses[sel.Sel].(*types.Func)
	if !isMethod {
		return // another field: Transport, Jar, CheckRedirect
	}
	call, called := grand.(*ast.CallExpr)
	if !called || call.Fun != sel {
		u.escapes = true // a method value carries the client away
		return
	}
	if knowledge.Send(fn) != knowledge.ClientSend {
		return // CloseIdleConnections
	}
	u.sends++
	if fn.Name() == "Do" && len(call.Args) == 1 {
		if c.boundedInAnyDecl(call.Args[0]) {
			u.boundedSends++
		}
	}
}

// boundedInAnyDecl reports whether the request expression e, sent in some
// function, is bounded by a deadline set in that function.
func (c *checker) boundedInAnyDecl(e ast.Expr) bool {
	for _, file := range c.pass.Files {
		if file.FileStart > e.Pos() || e.Pos() > file.FileEnd {
			continue
		}
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= e.Pos() && e.Pos() < fd.End() {
				return c.facts(fd).boundedRequest(e)
			}
		}
	}
	return false
}

// at returns the node i from the top of stack (1 is the top), or nil.
func at(stack []ast.Node, i int) ast.Node {
	if len(stack) < i {
		return nil
	}
	return stack[len(stack)-i]
}
