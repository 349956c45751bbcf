package insecuretls

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// This file decides what a setting means where it is: whether the
// config is a server's, whether the code checks the peer itself, and
// whether a branch is a user's choice.

// Names that say a branch, function, variable or field is a user's choice
// about verification: the guard names of CodeQL's
// go/disabled-certificate-check (insecure, skip…verify, verify, validate,
// self-signed, trust). A branch on anything else (the URL's scheme, "SSL
// enabled") is not a choice to skip verification.
var (
	verifyChoice  = regexp.MustCompile(`(?i)insecure|verif|validat|self_?-?sign|selfcert|trust`)
	versionChoice = regexp.MustCompile(`(?i)insecure|legacy|compat|version|tls_?1_?[01]\b|tls1[01]`)
)

// topDecl returns the cursor of the top-level declaration holding cur.
func topDecl(cur inspector.Cursor) inspector.Cursor {
	decl := cur
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		if _, ok := p.Node().(*ast.File); ok {
			break
		}
		decl = p
	}
	return decl
}

// -- Branches --

// branch reports whether cur lies in a branch of an if, switch or select
// statement of its function, and if so whether one of the enclosing
// branches, or the function, is named like a user's choice by names.
func (c *checker) branch(cur inspector.Cursor, names *regexp.Regexp) (inBranch, chosen bool) {
	stop := false // past a function literal: branches no longer count, names of the declaration do
	for ; cur.Parent().Valid(); cur = cur.Parent() {
		switch p := cur.Parent().Node().(type) {
		case *ast.File:
			return inBranch, chosen
		case *ast.FuncDecl:
			if inBranch && names.MatchString(p.Name.Name) {
				chosen = true
			}
			return inBranch, chosen
		case *ast.FuncLit:
			stop = true
		case *ast.CaseClause:
			if !stop {
				inBranch = true
				chosen = chosen || c.named(names, p)
				if sw, ok := cur.Parent().Parent().Parent().Node().(*ast.SwitchStmt); ok && sw.Tag != nil {
					chosen = chosen || c.named(names, sw.Tag)
				}
			}
		case *ast.CommClause:
			if !stop {
				inBranch = true
				if p.Comm != nil {
					chosen = chosen || c.named(names, p.Comm)
				}
			}
		case *ast.IfStmt:
			if k := cur.ParentEdgeKind(); !stop && (k == edge.IfStmt_Body || k == edge.IfStmt_Else) {
				inBranch = true
				chosen = chosen || c.named(names, p.Cond)
			}
		}
	}
	return inBranch, chosen
}

// named reports whether an identifier or string constant in n (a
// condition, the values of a case) matches names. Only the head of a case
// clause is looked at, never its body.
func (c *checker) named(names *regexp.Regexp, n ast.Node) bool {
	if cc, ok := n.(*ast.CaseClause); ok {
		for _, e := range cc.List {
			if c.named(names, e) {
				return true
			}
		}
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			found = found || names.MatchString(n.Name)
		case *ast.BasicLit:
			if tv := c.info.Types[n]; tv.Value != nil && tv.Value.Kind() == constant.String {
				found = found || names.MatchString(constant.StringVal(tv.Value))
			}
		}
		return !found
	})
	return found
}

// -- Values that come from a variable or field --

// constTrueSource returns the variable or field that value reads when
// the code sets it to a constant true somewhere in the declaration
// holding cur (or its package-level initializer), outside any branch
// named like a user's choice: cfg.InsecureSkipVerify = skip after
// skip := true. A variable or field named like a choice (insecure,
// skipVerify) is the user's.
func (c *checker) constTrueSource(cur inspector.Cursor, value ast.Expr) types.Object {
	var obj types.Object
	switch v := ast.Unparen(value).(type) {
	case *ast.Ident:
		obj = c.info.Uses[v]
	case *ast.SelectorExpr:
		if f, _ := match.SelectedField(c.info, v); f != nil {
			obj = f
		} else {
			obj = c.info.Uses[v.Sel] // pkg.Var
		}
	}
	vr, ok := obj.(*types.Var)
	if !ok || vr.Pkg() != c.pass.Pkg || verifyChoice.MatchString(vr.Name()) {
		return nil
	}
	if _, ok := vr.Type().Underlying().(*types.Basic); !ok {
		return nil
	}
	scopes := []inspector.Cursor{topDecl(cur)}
	if !vr.IsField() && vr.Parent() == c.pass.Pkg.Scope() {
		if decl, ok := c.insp.Root().FindByPos(vr.Pos(), vr.Pos()); ok {
			scopes = append(scopes, topDecl(decl))
		}
	}
	for _, scope := range scopes {
		for n := range scope.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.KeyValueExpr)(nil)) {
			if c.setsTrue(n, vr) {
				if in, chosen := c.branch(n, verifyChoice); !in || !chosen {
					return vr
				}
			}
		}
	}
	return nil
}

// setsTrue reports whether the assignment, declaration or keyed element
// at cur gives v a constant true.
func (c *checker) setsTrue(cur inspector.Cursor, v *types.Var) bool {
	isTrue := func(e ast.Expr) bool {
		tv := c.info.Types[e]
		return tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
	}
	refers := func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			return c.info.ObjectOf(e) == v
		case *ast.SelectorExpr:
			return c.info.ObjectOf(e.Sel) == v
		}
		return false
	}
	switch n := cur.Node().(type) {
	case *ast.AssignStmt:
		if (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs) {
			for i, lhs := range n.Lhs {
				if refers(lhs) && isTrue(n.Rhs[i]) {
					return true
				}
			}
		}
	case *ast.ValueSpec:
		if len(n.Names) == len(n.Values) {
			for i, name := range n.Names {
				if refers(name) && isTrue(n.Values[i]) {
					return true
				}
			}
		}
	case *ast.KeyValueExpr:
		if _, ok := cur.Parent().Node().(*ast.CompositeLit); ok {
			return refers(n.Key) && isTrue(n.Value)
		}
	}
	return false
}

// -- Server-side configs --

// serverLit reports whether the tls.Config literal at cur only configures
// a server: it is a server's TLSConfig, the argument of tls.Listen,
// tls.Server or tls.NewListener, or a local variable used only so.
func (c *checker) serverLit(cur inspector.Cursor) bool {
	cur = outer(cur)
	if c.serverSink(cur) {
		return true
	}
	k, i := cur.ParentEdge()
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if k == edge.AssignStmt_Rhs && len(p.Lhs) == len(p.Rhs) {
			return c.serverExpr(cur, p.Lhs[i])
		}
	case *ast.ValueSpec:
		if k == edge.ValueSpec_Values && len(p.Names) == len(p.Values) {
			return c.serverExpr(cur, p.Names[i])
		}
	}
	return false
}

// serverExpr reports whether the config that e denotes (a variable, or a
// server's config field) only configures a server.
func (c *checker) serverExpr(cur inspector.Cursor, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.StarExpr:
		return c.serverExpr(cur, e.X)
	case *ast.SelectorExpr:
		field, owner := match.SelectedField(c.info, e)
		return field != nil && knowledge.IsServerTLSField(field, owner)
	case *ast.Ident:
		v, ok := c.info.ObjectOf(e).(*types.Var)
		if !ok || v.Kind() != types.LocalVar {
			return false // a parameter, a global: whoever else has it may dial with it
		}
		return c.serverVar(topDecl(cur), v)
	}
	return false
}

// serverVar reports whether every use of the local variable v in decl
// configures it (v.Certificates = …) or hands it to a server, and one
// does.
func (c *checker) serverVar(decl inspector.Cursor, v *types.Var) bool {
	server := false
	for id := range decl.Preorder((*ast.Ident)(nil)) {
		if c.info.Uses[id.Node().(*ast.Ident)] != v {
			continue
		}
		use := outer(id)
		switch k := use.ParentEdgeKind(); {
		case k == edge.SelectorExpr_X:
			sel := use.Parent().Node().(*ast.SelectorExpr)
			if s, ok := c.info.Selections[sel]; !ok || s.Kind() != types.FieldVal {
				return false // a method: cfg.Clone() may go anywhere
			}
		case k == edge.AssignStmt_Lhs:
		case c.serverSink(use):
			server = true
		default:
			return false
		}
	}
	return server
}

// serverSink reports whether the expression at cur is handed to a server:
// the value of a server's config field, in a literal or an assignment, or
// the config argument of tls.Listen, tls.Server or tls.NewListener.
func (c *checker) serverSink(cur inspector.Cursor) bool {
	k, i := cur.ParentEdge()
	switch p := cur.Parent().Node().(type) {
	case *ast.KeyValueExpr:
		if k != edge.KeyValueExpr_Value {
			return false
		}
		id, ok := p.Key.(*ast.Ident)
		if !ok {
			return false
		}
		lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit)
		return ok && knowledge.IsServerTLSField(c.info.Uses[id], c.info.TypeOf(lit))
	case *ast.AssignStmt:
		if k == edge.AssignStmt_Rhs && len(p.Lhs) == len(p.Rhs) {
			if sel, ok := ast.Unparen(p.Lhs[i]).(*ast.SelectorExpr); ok {
				field, owner := match.SelectedField(c.info, sel)
				return field != nil && knowledge.IsServerTLSField(field, owner)
			}
		}
	case *ast.CallExpr:
		if k == edge.CallExpr_Args && i == len(p.Args)-1 {
			return knowledge.ServerTLS.Has(match.Callee(c.info, p))
		}
	}
	return false
}

// outer climbs from cur through parentheses, & and *.
func outer(cur inspector.Cursor) inspector.Cursor {
	for {
		switch n := cur.Parent().Node().(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			cur = cur.Parent()
			continue
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				cur = cur.Parent()
				continue
			}
		}
		return cur
	}
}

// -- Certificate pinning --

// pins reports whether the declaration holding cur, or a function of this
// package it calls (directly or through others), reads the peer's
// certificates from a tls.ConnectionState after the handshake
// (conn.ConnectionState().PeerCertificates, resp.TLS.VerifiedChains): the
// code verifies the peer itself, and removing InsecureSkipVerify would
// make the handshake reject the certificate it pins.
func (c *checker) pins(cur inspector.Cursor) bool {
	if c.decls == nil {
		c.decls = make(map[*types.Func]inspector.Cursor)
		c.pinning = make(map[ast.Node]bool)
		for fd := range c.insp.Root().Preorder((*ast.FuncDecl)(nil)) {
			if fn, ok := c.info.Defs[fd.Node().(*ast.FuncDecl).Name].(*types.Func); ok {
				c.decls[fn] = fd
			}
		}
	}
	return c.pinsIn(topDecl(cur))
}

func (c *checker) pinsIn(decl inspector.Cursor) bool {
	if p, ok := c.pinning[decl.Node()]; ok {
		return p
	}
	c.pinning[decl.Node()] = false // a cycle of calls pins nothing by itself
	p := false
	for n := range decl.Preorder((*ast.SelectorExpr)(nil), (*ast.CallExpr)(nil)) {
		switch n := n.Node().(type) {
		case *ast.SelectorExpr:
			if field, owner := match.SelectedField(c.info, n); field != nil && knowledge.IsPeerCertificateField(field, owner) {
				p = true
			}
		case *ast.CallExpr:
			if fn := match.Callee(c.info, n); fn != nil && fn.Pkg() == c.pass.Pkg {
				if callee, ok := c.decls[fn.Origin()]; ok && c.pinsIn(callee) {
					p = true
				}
			}
		}
		if p {
			break
		}
	}
	c.pinning[decl.Node()] = p
	return p
}
