package contenttype

import (
	"encoding/json"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// A kind is what a body holds, as far as its function shows.
type kind uint8

const (
	unknown   kind = iota // a parameter, a field, a call's result: anything
	empty                 // nil, http.NoBody, "": no body at all
	jsonBody              // json.Marshal's bytes, a buffer a json.Encoder wrote, a JSON literal
	formBody              // url.Values.Encode()
	newBuffer             // a new bytes.Buffer: it holds what is written into it later
)

// join is the kind of a variable that holds a or b: no body on some
// paths does not change what the body is on the others.
func join(a, b kind) kind {
	switch {
	case a == b:
		return a
	case a == empty:
		return b
	case b == empty:
		return a
	}
	return unknown
}

// A scope is the outermost function around a call. A function and its
// closures share variables, so they are looked at together.
type scope struct {
	c       *checker
	cur     inspector.Cursor // the FuncDecl or outermost FuncLit
	kinds   map[*types.Var]kind
	writing map[*types.Var]bool // cycle guard of writes
}

// scopeAt returns the scope of the function holding cur, or nil outside
// any function.
func (c *checker) scopeAt(cur inspector.Cursor) *scope {
	var fn inspector.Cursor
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = f // the last one is the outermost
	}
	if !fn.Valid() {
		return nil
	}
	return c.scopeOf(fn)
}

func (c *checker) scopeOf(fn inspector.Cursor) *scope {
	if s, ok := c.scopes[fn.Node()]; ok {
		return s
	}
	s := &scope{
		c:       c,
		cur:     fn,
		kinds:   make(map[*types.Var]kind),
		writing: make(map[*types.Var]bool),
	}
	c.scopes[fn.Node()] = s
	return s
}

// kindOf returns what the body expression e holds.
func (s *scope) kindOf(e ast.Expr) kind {
	info := s.c.pass.TypesInfo
	e = match.Unparen(e)
	tv := info.Types[e]
	if tv.IsNil() {
		return empty
	}
	if s, ok := constString(info, e); ok {
		return textKind(s)
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok && match.IsLocal(v, s.cur.Node()) {
			return s.varKind(v)
		}
	case *ast.SelectorExpr:
		if knowledge.NoBody.IsVar(info.Uses[e.Sel]) {
			return empty
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return s.kindOf(e.X) // &buf
		}
	case *ast.CompositeLit:
		if len(e.Elts) == 0 {
			if match.IsValueOf(tv.Type, "bytes", "Buffer") {
				return newBuffer
			}
			if _, ok := tv.Type.Underlying().(*types.Slice); ok {
				return empty // bytes.NewBuffer([]byte{})
			}
		}
	case *ast.CallExpr:
		return s.callKind(e)
	}
	return unknown
}

// textKind is the kind of a constant body: a JSON object or array, or
// nothing. A constant that is a bare JSON string or number is more likely
// text that happens to parse.
func textKind(s string) kind {
	t := strings.TrimSpace(s)
	switch {
	case t == "":
		return empty
	case (t[0] == '{' || t[0] == '[') && json.Valid([]byte(t)):
		return jsonBody
	}
	return unknown
}

func (s *scope) callKind(call *ast.CallExpr) kind {
	info := s.c.pass.TypesInfo
	if tv := info.Types[call.Fun]; tv.IsType() {
		if len(call.Args) == 1 {
			return s.kindOf(call.Args[0]) // string(b), []byte(s)
		}
		return unknown
	}
	if id, ok := match.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			switch {
			case b.Name() == "new" && len(call.Args) == 1 && match.IsValueOf(info.TypeOf(call.Args[0]), "bytes", "Buffer"):
				return newBuffer
			case b.Name() == "make":
				return empty // bytes.NewBuffer(make([]byte, 0, n))
			}
			return unknown
		}
	}
	fn := match.Callee(info, call)
	switch {
	case match.IsFunc(fn, "bytes", "NewReader"), match.IsFunc(fn, "strings", "NewReader"):
		if len(call.Args) == 1 {
			return s.kindOf(call.Args[0])
		}
	case match.IsFunc(fn, "bytes", "NewBuffer", "NewBufferString"):
		if len(call.Args) == 1 {
			if k := s.kindOf(call.Args[0]); k != empty {
				return k
			}
			return newBuffer
		}
	case knowledge.FormEncodings.Has(fn):
		return formBody
	case match.IsMethod(fn, "bytes", "Buffer", "Bytes", "String"):
		if sel, ok := match.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if k := s.kindOf(sel.X); k != newBuffer {
				return k
			}
		}
	}
	return unknown
}

// tupleKind is the kind of result i of a call with several results.
func (s *scope) tupleKind(e ast.Expr, i int) kind {
	call, ok := match.Unparen(e).(*ast.CallExpr)
	if ok && i == 0 && knowledge.JSONEncodings.Has(match.Callee(s.c.pass.TypesInfo, call)) {
		return jsonBody
	}
	return unknown
}

// varKind is the kind of a local variable: the join of every value
// assigned to it anywhere in the function, and, for a buffer, of what is
// written into it. Any assignment we cannot read makes it unknown.
func (s *scope) varKind(v *types.Var) kind {
	if k, ok := s.kinds[v]; ok {
		return k
	}
	s.kinds[v] = unknown // a cycle of assignments tells nothing
	k := s.assignedKind(v)
	if (k == jsonBody || k == formBody || k == newBuffer) && mayWrite(v.Type()) {
		encoded, other := s.writes(v)
		switch {
		case other:
			k = unknown
		case encoded && k == newBuffer:
			k = jsonBody
		case encoded:
			k = unknown // JSON appended to other content
		}
	}
	s.kinds[v] = k
	return k
}

func (s *scope) assignedKind(v *types.Var) kind {
	k, seen := unknown, false
	add := func(x kind) {
		if !seen {
			k, seen = x, true
		} else {
			k = join(k, x)
		}
	}
	info := s.c.pass.TypesInfo
	for _, ref := range s.c.idx.Refs(v) {
		u := uses.Of(info, ref.Cur)
		if u.Paren {
			continue // (b) = x: too rare to follow
		}
		switch u.Kind {
		case uses.Target:
			switch {
			case u.Tok != token.ASSIGN && u.Tok != token.DEFINE:
				add(unknown) // b += x
			case !u.Tuple:
				add(s.kindOf(u.Rhs))
			default:
				add(s.tupleKind(u.Rhs, u.Index))
			}
		case uses.Declared:
			switch {
			case u.Rhs == nil:
				add(zeroKind(v.Type()))
			case !u.Tuple:
				add(s.kindOf(u.Rhs))
			default:
				add(s.tupleKind(u.Rhs, u.Index))
			}
		case uses.AddressOf:
			// &b lets anything write b; a buffer's writers are
			// looked at by writes.
			if !mayWrite(v.Type()) {
				add(unknown)
			}
		case uses.Param, uses.RangeVar:
			add(unknown) // a parameter, a range variable
		}
	}
	if k == newBuffer && !mayWrite(v.Type()) {
		k = unknown // an empty buffer read through an io.Reader
	}
	return k
}

// zeroKind is the kind of a variable declared without a value.
func zeroKind(t types.Type) kind {
	if match.IsValueOf(t, "bytes", "Buffer") {
		return newBuffer
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface, *types.Slice, *types.Basic:
		return empty
	}
	return unknown
}

// mayWrite reports whether values of type t can be written into: a
// bytes.Buffer, an io.Writer.
func mayWrite(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Write")
	_, ok := obj.(*types.Func)
	return ok
}

// writeMethods are the bytes.Buffer methods that add content.
var writeMethods = map[string]bool{"Write": true, "WriteString": true, "WriteByte": true, "WriteRune": true, "ReadFrom": true}

// writes reports whether a json.Encoder writes into the buffer v, and
// whether anything else may: a Write method, a function it is passed to,
// an alias written to in turn. Reading it (Len, Bytes, as a body) is
// neither.
func (s *scope) writes(v *types.Var) (encoded, other bool) {
	if s.writing[v] {
		return false, false
	}
	s.writing[v] = true
	defer delete(s.writing, v)
	info := s.c.pass.TypesInfo
	for _, ref := range s.c.idx.Refs(v) {
		u := uses.Of(info, ref.Cur)
		for u.Kind == uses.AddressOf {
			u = uses.Of(info, u.Parent)
		}
		switch u.Kind {
		case uses.Target, uses.Declared, uses.Param:
			// a definition, read by assignedKind
		case uses.Arg, uses.Conversion, uses.BuiltinArg:
			switch {
			case match.IsFunc(u.Callee, "encoding/json", "NewEncoder"):
				encoded = true
			case isBodySink(u.Callee):
			default:
				other = true // fmt.Fprintf(&buf, ...), io.Copy(&buf, r), gzip.NewWriter(&buf)
			}
		case uses.Field, uses.Method, uses.MethodValue:
			if writeMethods[u.Selection.Obj().Name()] {
				other = true
			}
		case uses.Assigned:
			// body = buf: an alias, written through in turn.
			var lhs ast.Expr
			if !u.Tuple {
				lhs = u.Lhs[0]
			}
			w := match.ObjectOf(info, lhs)
			if w == nil || !match.IsLocal(w, s.cur.Node()) {
				other = true
				continue
			}
			if mayWrite(w.Type()) {
				e, o := s.writes(w)
				encoded, other = encoded || e, other || o
			}
		case uses.Binary:
			// buf != nil
		default:
			other = true // returned, stored, sent: written who knows where
		}
	}
	return encoded, other
}

// isBodySink reports whether fn takes a body to send, and only reads it.
func isBodySink(fn *types.Func) bool {
	return knowledge.BodySinks.Has(fn)
}
