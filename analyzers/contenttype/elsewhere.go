package contenttype

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// This file looks at the package as a whole for what may set the
// Content-Type where the rule does not follow the request: transports of
// other packages, and the JSON media types of the package's protocol.

// foreignTransport reports whether the package gives an http.Client a
// transport of another package that may set the Content-Type (an SDK's
// signer sets application/x-amz-json-1.0): a Transport field, in a
// literal or an assignment, whose value is of a named type of another
// package than net/http and not known to leave the header alone. Like a
// RoundTrip of this package, it may serve any client of the package.
func (c *checker) foreignTransport() bool {
	if c.foreign != nil {
		return *c.foreign
	}
	info := c.pass.TypesInfo
	found := false
	check := func(v ast.Expr) {
		t := info.TypeOf(v)
		if t == nil || found {
			return
		}
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == c.pass.Pkg || types.IsInterface(n) {
			return // an interface, such as a RoundTripper parameter: not known
		}
		if !knowledge.HeaderNeutralTransport(n) {
			found = true
		}
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				if knowledge.Client.IsValue(info.TypeOf(n)) {
					if kv := match.KeyedField(n, "Transport"); kv != nil {
						check(kv.Value)
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						if sel, ok := match.Unparen(lhs).(*ast.SelectorExpr); ok {
							if field, owner := match.SelectedField(info, sel); field != nil && knowledge.Client.IsField(field, owner, "Transport") {
								check(n.Rhs[i])
							}
						}
					}
				}
			}
			return !found
		})
	}
	c.foreign = &found
	return found
}

// otherJSON returns a JSON media type other than application/json that
// the package sends as a Content-Type (set on a header, given to Post,
// or held by a constant named like a content type), or "". Such a
// package speaks a protocol with a JSON type of its own
// (application/x-amz-json-1.1, application/vnd.api+json,
// application/x-ndjson): a fix that writes application/json may make the
// server reject the request.
func (c *checker) otherJSON() string {
	if c.dialect != nil {
		return *c.dialect
	}
	info := c.pass.TypesInfo
	found := ""
	consider := func(e ast.Expr) {
		if v, ok := constString(info, e); ok && found == "" && isJSONType(v) && mediaType(v) != jsonType {
			found = v
		}
	}
	isCT := func(e ast.Expr) bool {
		name, ok := headerName(info, e)
		return ok && strings.EqualFold(strings.TrimSpace(name), "Content-Type")
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				fn := match.Callee(info, n)
				switch {
				case fn == nil:
				case (fn.Name() == "Set" || fn.Name() == "Add") && len(n.Args) == 2 && match.IsMethod(fn, "net/http", "Header", fn.Name()):
					if isCT(n.Args[0]) {
						consider(n.Args[1])
					}
				case fn.Name() == "Post" && len(n.Args) == 3 && knowledge.Send(fn) != knowledge.NotSend:
					consider(n.Args[1])
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						if ix, ok := match.Unparen(lhs).(*ast.IndexExpr); ok && knowledge.Header.IsValue(info.TypeOf(ix.X)) && isCT(ix.Index) {
							if lit, ok := match.Unparen(n.Rhs[i]).(*ast.CompositeLit); ok && len(lit.Elts) == 1 {
								consider(lit.Elts[0])
							}
						}
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) && typeName(name.Name) {
						consider(n.Values[i])
					}
				}
			}
			return found == ""
		})
	}
	c.dialect = &found
	return found
}

// typeName reports whether a constant's or variable's name says it holds
// a media type: contentType, MediaTypeJSON, mimeNDJSON.
func typeName(name string) bool {
	n := strings.ToLower(strings.ReplaceAll(name, "_", ""))
	return strings.Contains(n, "contenttype") || strings.Contains(n, "mediatype") || strings.Contains(n, "mime")
}

// rangeKeyOfKnownMap reports whether key is the key variable of a range
// over a local map whose keys are all known constants, none of them
// Content-Type: headers copied in a loop from such a map do not set it.
func (s *scope) rangeKeyOfKnownMap(key ast.Expr) bool {
	info := s.c.pass.TypesInfo
	id, ok := match.Unparen(key).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || !match.IsLocal(v, s.cur.Node()) {
		return false
	}
	var ranged ast.Expr
	for _, ref := range s.c.idx.Refs(v) {
		u := uses.Of(info, ref.Cur)
		switch {
		case u.Kind == uses.RangeVar && ref.Cur.ParentEdgeKind() == edge.RangeStmt_Key:
			ranged = u.Rhs
		case u.Kind == uses.RangeVar:
			return false // the value of a range over something else
		case u.Kind == uses.Target || u.Kind == uses.Declared:
			return false // the key is also assigned elsewhere
		}
	}
	if ranged == nil {
		return false
	}
	return s.knownKeys(ranged)
}

// knownKeys reports whether the map e holds only constant keys that are
// not Content-Type: a map literal, or a local variable that is only
// given such literals (or make), written with such keys, read and ranged
// over.
func (s *scope) knownKeys(e ast.Expr) bool {
	info := s.c.pass.TypesInfo
	if _, ok := info.TypeOf(e).Underlying().(*types.Map); !ok {
		return false
	}
	noCT := func(k ast.Expr) bool {
		name, ok := constString(info, k)
		return ok && !strings.EqualFold(strings.TrimSpace(name), "Content-Type")
	}
	literal := func(e ast.Expr) bool {
		switch x := match.Unparen(e).(type) {
		case *ast.CompositeLit:
			for _, elt := range x.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok || !noCT(kv.Key) {
					return false
				}
			}
			return true
		case *ast.CallExpr:
			if b, ok := info.Uses[identOf(x.Fun)].(*types.Builtin); ok && b.Name() == "make" {
				return true
			}
		}
		return false
	}
	switch x := match.Unparen(e).(type) {
	case *ast.CompositeLit:
		return literal(x)
	case *ast.Ident:
		m, ok := info.Uses[x].(*types.Var)
		if !ok || !match.IsLocal(m, s.cur.Node()) {
			return false
		}
		for _, ref := range s.c.idx.Refs(m) {
			u := uses.Of(info, ref.Cur)
			if u.Paren {
				return false
			}
			switch u.Kind {
			case uses.Declared, uses.Target:
				if u.Tuple || u.Rhs != nil && !literal(u.Rhs) || u.Tok != token.DEFINE && u.Tok != token.ASSIGN && u.Tok != token.VAR {
					return false
				}
			case uses.Indexed:
				ix := u.Parent.Node().(*ast.IndexExpr)
				if set := uses.Of(info, u.Parent); set.Kind == uses.Target || set.Kind == uses.AddressOf {
					if !noCT(ix.Index) {
						return false
					}
				}
			case uses.Range, uses.Binary:
			case uses.BuiltinArg:
				if u.Builtin.Name() != "len" && u.Builtin.Name() != "delete" {
					return false
				}
			default:
				return false // passed on, returned, aliased: anything may be added
			}
		}
		return true
	}
	return false
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := match.Unparen(e).(*ast.Ident)
	return id
}
