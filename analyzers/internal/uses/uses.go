// Package uses says what code does with a value: given the cursor of an
// expression that evaluates to the value a rule tracks (an identifier of
// a variable, a call that returns it, a selector that reads it), Of
// classifies the syntax around it — passed as an argument, the receiver
// of a method call, a field read out of it, assigned, returned, sent,
// stored in a literal, compared, and so on — seeing through parentheses.
//
// It decides nothing: whether an argument escapes, a method changes the
// value or a comparison matters is each rule's business. A rule's state
// machine switches on the Kind instead of on raw AST parents, so that
// the corners of the syntax (parentheses, x.M as a value rather than a
// call, a tuple assignment, a keyed literal element) are handled once.
//
// The classification is one step: for a value that flows on (a
// conversion, &x, a field read, a copy into another variable), the rule
// classifies the Parent, or the variable's uses, in turn.
package uses

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// A Kind is what the code around an expression does with its value.
type Kind uint8

const (
	// Other is any place not listed below: a slice bound, a case list,
	// a for condition, the channel of a send, a go or defer of a
	// non-call, ...
	Other Kind = iota

	// Calls. Call is the call, Go and Defer say whether it is the call
	// of a go or defer statement.

	Arg         // argument Index of a call of a function or method; Callee is its static callee, nil for a function value
	Conversion  // converted to another type: T(x); Parent is the conversion, which holds the value
	BuiltinArg  // argument Index of a builtin (append, panic, len, delete, ...): Builtin
	Called      // called as a function value: x(…)
	Method      // the receiver of a method call x.M(…); Parent is x.M, Callee the method
	MethodValue // x.M not called on the spot (a method value, or (x.M)(…)): it holds x

	// Field is a field selected from the value: x.f, Selection.Kind() is
	// types.FieldVal; Parent is x.f. Written says whether x.f, or a part
	// of it, is assigned, incremented or has its address taken.
	Field

	// Assignment. Tok is the statement's token (=, :=, +=, ...), or
	// token.VAR for a var declaration. Tuple reports that the value is
	// one multi-valued expression assigned to several variables.

	Assigned // the right side: Lhs are the expressions it is assigned to (one, or all of them for a Tuple)
	Target   // the left side of an assignment statement (Index); Rhs is the value assigned to it (the whole tuple for a Tuple)
	Declared // the name Index of a var declaration; Rhs is its value, nil when it has none
	Param    // the name of a parameter, a result or a receiver
	RangeVar // the key or value of a range statement; Rhs is what is ranged over

	Return     // returned: result Index of the return statement
	Send       // sent on a channel: ch <- x
	AddressOf  // its address taken: &x; Parent is &x
	Deref      // dereferenced: *x; Parent is *x
	Unary      // the operand of another unary operator (Tok): -x, !x, <-x
	Binary     // an operand of a binary operator (Tok): a comparison, arithmetic, && and ||
	Elem       // element Index of a composite literal (Parent); Key is its key, nil for a positional element
	ElemKey    // the key of element Index of a composite literal (Parent)
	TypeAssert // asserted to another type: x.(T); Parent is the assertion
	Indexed    // indexed: x[i]; Parent is the index expression
	IndexKey   // the index of an index expression: a[x], m[x]
	Sliced     // sliced: x[a:b]
	Range      // ranged over: for … range x
	ExprStmt   // a statement of its own: its value is dropped
	IncDec     // x++ or x--
	Cond       // the condition of an if statement
	SwitchTag  // the tag of an expression switch

	// GoDefer is the call of a go or defer statement (Go or Defer says
	// which; Call is the call itself): it runs, and what it returns is
	// dropped.
	GoDefer
)

var kindNames = [...]string{
	Other: "other", Arg: "arg", Conversion: "conversion", BuiltinArg: "builtin arg", Called: "called",
	Method: "receiver", MethodValue: "method value", Field: "field", Assigned: "assigned", Target: "target",
	Declared: "declared", Param: "param", RangeVar: "range var", Return: "returned", Send: "sent",
	AddressOf: "address taken", Deref: "deref", Unary: "unary", Binary: "binary", Elem: "elem",
	ElemKey: "elem key", TypeAssert: "type assert", Indexed: "indexed", IndexKey: "index key",
	Sliced: "sliced", Range: "ranged over", ExprStmt: "expr stmt", IncDec: "incdec", Cond: "cond",
	SwitchTag: "switch tag", GoDefer: "go or defer",
}

func (k Kind) String() string { return kindNames[k] }

// A Use is what the code does with the value of one expression.
type Use struct {
	Kind Kind
	// Expr is the expression whose value is used: the one given to Of
	// with the parentheses around it. Paren reports that there were
	// some, for rules that follow only the plain form.
	Expr  inspector.Cursor
	Paren bool
	// Parent is the node that uses the value: the call, the selector,
	// the statement, the composite literal (not the key-value pair), the
	// unary, binary, index or assertion expression.
	Parent inspector.Cursor
	Index  int         // which argument, result, left side or element
	Tok    token.Token // of Unary, Binary and assignments

	Call      inspector.Cursor // the call of Arg, Conversion, BuiltinArg, Called, Method and GoDefer
	Callee    *types.Func      // of Arg and Method
	Builtin   *types.Builtin   // of BuiltinArg
	Go, Defer bool             // the call is that of a go or a defer statement

	Selection *types.Selection // of Method, MethodValue and Field
	Written   bool             // of Field

	Tuple bool
	Lhs   []ast.Expr // of Assigned
	Rhs   ast.Expr   // of Target, Declared and RangeVar
	Key   ast.Expr   // of Elem
}

// byEdge are the uses that the edge from the parent alone decides.
var byEdge = map[edge.Kind]Kind{
	edge.Field_Names:        Param,
	edge.RangeStmt_X:        Range,
	edge.ReturnStmt_Results: Return,
	edge.SendStmt_Value:     Send,
	edge.StarExpr_X:         Deref,
	edge.CompositeLit_Elts:  Elem,
	edge.TypeAssertExpr_X:   TypeAssert,
	edge.IndexExpr_X:        Indexed,
	edge.IndexExpr_Index:    IndexKey,
	edge.SliceExpr_X:        Sliced,
	edge.ExprStmt_X:         ExprStmt,
	edge.IncDecStmt_X:       IncDec,
	edge.IfStmt_Cond:        Cond,
	edge.SwitchStmt_Tag:     SwitchTag,
}

// Of classifies the use of the value of the expression at cur.
func Of(info *types.Info, cur inspector.Cursor) Use {
	u := Use{Expr: cur}
	for u.Expr.ParentEdgeKind() == edge.ParenExpr_X {
		u.Expr, u.Paren = u.Expr.Parent(), true
	}
	kind, index := u.Expr.ParentEdge()
	u.Parent, u.Index = u.Expr.Parent(), index
	switch kind {
	case edge.CallExpr_Fun, edge.CallExpr_Args:
		u.call(info, kind)
	case edge.SelectorExpr_X:
		u.selector(info)
	case edge.AssignStmt_Lhs, edge.AssignStmt_Rhs:
		p := u.Parent.Node().(*ast.AssignStmt)
		u.assign(kind == edge.AssignStmt_Lhs, p.Tok, p.Lhs, p.Rhs)
	case edge.ValueSpec_Names, edge.ValueSpec_Values:
		p := u.Parent.Node().(*ast.ValueSpec)
		names := make([]ast.Expr, len(p.Names))
		for i, id := range p.Names {
			names[i] = id
		}
		u.assign(kind == edge.ValueSpec_Names, token.VAR, names, p.Values)
	case edge.RangeStmt_Key, edge.RangeStmt_Value:
		u.Kind, u.Rhs = RangeVar, u.Parent.Node().(*ast.RangeStmt).X
	case edge.UnaryExpr_X:
		u.Kind, u.Tok = Unary, u.Parent.Node().(*ast.UnaryExpr).Op
		if u.Tok == token.AND {
			u.Kind = AddressOf
		}
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		u.Kind, u.Tok = Binary, u.Parent.Node().(*ast.BinaryExpr).Op
	case edge.GoStmt_Call, edge.DeferStmt_Call:
		u.Kind, u.Call = GoDefer, u.Expr
		u.Go, u.Defer = kind == edge.GoStmt_Call, kind == edge.DeferStmt_Call
	case edge.KeyValueExpr_Key, edge.KeyValueExpr_Value:
		// An element of a composite literal: the literal is the user.
		u.Kind = ElemKey
		if kind == edge.KeyValueExpr_Value {
			u.Kind, u.Key = Elem, u.Parent.Node().(*ast.KeyValueExpr).Key
		}
		u.Index = u.Parent.ParentEdgeIndex()
		u.Parent = u.Parent.Parent()
	default:
		u.Kind = byEdge[kind] // Other when absent
	}
	return u
}

// assign classifies the value as a left (lhs) or right side of an
// assignment or a var declaration (tok token.VAR).
func (u *Use) assign(lhs bool, tok token.Token, left, right []ast.Expr) {
	u.Tok, u.Tuple = tok, len(right) > 0 && len(left) != len(right)
	switch {
	case !lhs:
		u.Kind, u.Lhs = Assigned, left
		if !u.Tuple {
			u.Lhs = left[u.Index : u.Index+1]
		}
	case len(right) > 0:
		u.Rhs = right[0]
		if !u.Tuple {
			u.Rhs = right[u.Index]
		}
		fallthrough
	default:
		u.Kind = Target
		if tok == token.VAR {
			u.Kind = Declared
		}
	}
}

// call classifies the value as the function or an argument of call.
func (u *Use) call(info *types.Info, kind edge.Kind) {
	n := u.Parent.Node().(*ast.CallExpr)
	u.Call = u.Parent
	u.Go, u.Defer = isStmtCall(u.Call)
	if kind == edge.CallExpr_Fun {
		u.Kind = Called
		return
	}
	if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
		u.Kind = Conversion
		return
	}
	// unsafe.Sizeof and the like are builtins too.
	var id *ast.Ident
	switch fun := match.Unparen(n.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	}
	if b, ok := info.Uses[id].(*types.Builtin); ok {
		u.Kind, u.Builtin = BuiltinArg, b
		return
	}
	u.Kind, u.Callee = Arg, match.Callee(info, n)
}

// selector classifies the value as the operand of sel. (x.M)(…) is a
// method value that is then called: the rules treat a parenthesized
// method as one that may go anywhere.
func (u *Use) selector(info *types.Info) {
	s := info.Selections[u.Parent.Node().(*ast.SelectorExpr)]
	if s == nil {
		return // a qualified identifier: not a value
	}
	u.Selection = s
	switch s.Kind() {
	case types.FieldVal:
		u.Kind, u.Written = Field, Written(info, u.Parent)
	case types.MethodVal:
		u.Kind = MethodValue
		if u.Parent.ParentEdgeKind() == edge.CallExpr_Fun {
			u.Kind, u.Callee = Method, s.Obj().(*types.Func)
			u.Call = u.Parent.Parent()
			u.Go, u.Defer = isStmtCall(u.Call)
		}
	default: // a method expression T.M: not a value of T
	}
}

// isStmtCall reports whether call is the call of a go or defer statement.
func isStmtCall(call inspector.Cursor) (isGo, isDefer bool) {
	switch call.ParentEdgeKind() {
	case edge.GoStmt_Call:
		return true, false
	case edge.DeferStmt_Call:
		return false, true
	}
	return false, false
}

// Written reports whether the value at cur, or a part of it (a field, an
// element, what it points to), is assigned, incremented or has its
// address taken.
func Written(info *types.Info, cur inspector.Cursor) bool {
	for {
		u := Of(info, cur)
		switch u.Kind {
		case Field:
			return u.Written
		case Indexed, Deref:
			cur = u.Parent
			continue
		case Target, IncDec, AddressOf:
			return true
		}
		return false
	}
}

// String describes the use, for tests and debugging.
func (u Use) String() string {
	s := u.Kind.String()
	switch u.Kind {
	case Arg, BuiltinArg:
		name := "a function value"
		switch {
		case u.Callee != nil:
			name = u.Callee.Name()
		case u.Builtin != nil:
			name = u.Builtin.Name()
		}
		s = fmt.Sprintf("%s %d of %s", s, u.Index, name)
	case Method, MethodValue, Field:
		s += " " + u.Selection.Obj().Name()
		if u.Written {
			s += " written"
		}
	case Assigned:
		s += " to"
		for _, lhs := range u.Lhs {
			s += " " + types.ExprString(lhs)
		}
	case Target, Declared, RangeVar:
		if u.Rhs != nil {
			s += " from " + types.ExprString(u.Rhs)
		}
	case Unary, Binary:
		s += " " + u.Tok.String()
	case Elem:
		if u.Key != nil {
			s += " " + types.ExprString(u.Key)
		}
	}
	if u.Tuple {
		s += " (tuple)"
	}
	if u.Go {
		s += " in go"
	}
	if u.Defer {
		s += " in defer"
	}
	if u.Paren {
		s += " (paren)"
	}
	return s
}
