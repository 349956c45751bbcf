package statuscheck

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/respflow"
)

// A handled status is one the function tests for after the read and
// deals with itself (a 304 with an ETag, a 404 meaning absent, a 409
// "already exists", a 429 with a retry hint): the guard must let it
// through.
type handled struct {
	value int64
	expr  ast.Expr // the constant as the code writes it
}

// handledAfter looks at what the function does with the status after the
// read, and returns the statuses outside 2xx that it tests for one by
// one (== or != a constant, a case of a switch on the status). It
// returns false when the function handles bad statuses after the read in
// a way a simple guard cannot let through, so that no fix is offered:
//   - a comparison of the status with a range (>= 400) or a value that
//     is not a constant, a != 200, a default case of a switch on it, or
//     a look at resp.Status other than printing it: every bad status is
//     the function's own business;
//   - the status or the response handed to a function that does not
//     just format it (a helper that builds the error, CheckResponse);
//   - an error of the function's own built from the response: a return
//     of a composite literal of a type of the package (&APIError{…}), or
//     of a call of a function of the package given the response, its
//     status or what the read produced (newAPIError(resp.StatusCode,
//     body)). A guard would replace the typed error callers look for by
//     "unexpected status".
//
// "After" is in the text of the function: what follows the read.
func handledAfter(pass *analysis.Pass, r *respflow.Response, read respflow.Read) ([]handled, bool) {
	info := pass.TypesInfo
	body := r.Func.Body
	resp := r.Var

	// Local copies of the status code: code := resp.StatusCode.
	copies := make(map[types.Object]bool)
	isField := func(e ast.Expr, name string) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != name {
			return false
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		return ok && info.Uses[id] == resp
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, rhs := range n.Rhs {
					if id, ok := n.Lhs[i].(*ast.Ident); ok && isField(rhs, "StatusCode") {
						if obj := info.ObjectOf(id); obj != nil {
							copies[obj] = true
						}
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, v := range n.Values {
					if isField(v, "StatusCode") {
						if obj := info.Defs[n.Names[i]]; obj != nil {
							copies[obj] = true
						}
					}
				}
			}
		}
		return true
	})
	isCode := func(e ast.Expr) bool {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			return copies[info.Uses[id]]
		}
		return isField(e, "StatusCode")
	}
	// What the read produced: body, err := io.ReadAll(resp.Body).
	produced := make(map[types.Object]bool)
	if as, ok := read.Stmt.(*ast.AssignStmt); ok {
		for _, lhs := range as.Lhs {
			if id, ok := lhs.(*ast.Ident); ok && id.Name != "_" {
				if obj := info.ObjectOf(id); obj != nil && !fixes.IsError(obj.Type()) {
					produced[obj] = true
				}
			}
		}
	}
	mentions := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				obj := info.Uses[id]
				if obj == resp || copies[obj] || produced[obj] {
					found = true
				}
			}
			return !found
		})
		return found
	}

	var out []handled
	ok := true
	add := func(e ast.Expr, tok token.Token) {
		tv := info.Types[e]
		if tv.Value == nil || tv.Value.Kind() != constant.Int {
			ok = false
			return
		}
		v, exact := constant.Int64Val(tv.Value)
		switch {
		case !exact:
			ok = false
		case 200 <= v && v <= 299:
			if tok == token.NEQ {
				ok = false // != 200: every other status is handled here
			}
		case !slices.ContainsFunc(out, func(h handled) bool { return h.value == v }):
			out = append(out, handled{v, e})
		}
	}
	errResult := -1
	if res := r.Func.Sig.Results(); res.Len() > 0 && fixes.IsError(res.At(res.Len()-1).Type()) {
		errResult = res.Len() - 1
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok || n == nil {
			return false
		}
		if n.End() <= read.End {
			return false // before the read
		}
		if n.Pos() < read.End {
			return true // holds the read: look inside
		}
		switch n := n.(type) {
		case *ast.BinaryExpr:
			for _, pair := range [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
				if isCode(pair[0]) {
					if n.Op != token.EQL && n.Op != token.NEQ {
						ok = false // a range: >= 400
						return false
					}
					add(pair[1], n.Op)
				} else if isField(pair[0], "Status") {
					ok = false
					return false
				}
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && isCode(n.Tag) {
				for _, s := range n.Body.List {
					cc := s.(*ast.CaseClause)
					if cc.List == nil {
						ok = false // default: handles every other status
						return false
					}
					for _, e := range cc.List {
						add(e, token.EQL)
					}
				}
			}
		case *ast.CallExpr:
			fn := match.Callee(info, n)
			for _, arg := range n.Args {
				arg = ast.Unparen(arg)
				id, isID := arg.(*ast.Ident)
				if (isCode(arg) || isField(arg, "Status") || isID && info.Uses[id] == resp) && !knowledge.FormatsOnly(fn) {
					ok = false
					return false
				}
			}
		case *ast.ReturnStmt:
			if errResult >= 0 && len(n.Results) == errResult+1 && typedError(pass, n.Results[errResult], mentions) {
				ok = false
				return false
			}
		}
		return true
	})
	return out, ok
}

// typedError reports whether e builds an error of the package's own: a
// composite literal of a type of the package (&APIError{…}), or a call of
// a function of the package that is given the response, its status or
// what the read produced.
func typedError(pass *analysis.Pass, e ast.Expr, mentions func(ast.Expr) bool) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		if named, ok := types.Unalias(pass.TypesInfo.TypeOf(e)).(*types.Named); ok {
			return named.Obj().Pkg() == pass.Pkg
		}
	case *ast.CallExpr:
		fn := match.Callee(pass.TypesInfo, e)
		if fn == nil || fn.Pkg() != pass.Pkg {
			return false
		}
		return slices.ContainsFunc(e.Args, mentions)
	}
	return false
}

// decodesIntoError reports whether the read decodes the body into a value
// of an error type (`Decode(apiErr)`, `json.Unmarshal(b, &APIError{})`):
// the function builds its own error from the body, and the guard's
// "unexpected status" would replace it (twilio-go decodes a retried
// error response into its RestError this way).
func decodesIntoError(info *types.Info, read respflow.Read) bool {
	if read.Stmt == nil {
		return false
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	found := false
	ast.Inspect(read.Stmt, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		name := ""
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			name = fun.Sel.Name
		case *ast.Ident:
			name = fun.Name
		}
		if name != "Decode" && name != "DecodeElement" && name != "Unmarshal" {
			return true
		}
		for _, arg := range call.Args {
			if t := info.TypeOf(arg); t != nil && types.Implements(t, errType) {
				found = true
			}
		}
		return !found
	})
	return found
}
