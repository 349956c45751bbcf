package fixes

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// ZeroValue returns an expression of the zero value of t as file can
// write it, for a return statement: false, "", 0, nil, T(0) for a named
// basic type, T{} for a struct or an array, *new(T) for a type
// parameter. It returns ok=false for a type file cannot name without
// importing a package it does not import (the fix is then not offered),
// and for types with no zero value to write (untyped nil, invalid).
func ZeroValue(pass *analysis.Pass, file *ast.File, t types.Type) (ast.Expr, bool) {
	switch u := types.Unalias(t).(type) {
	case *types.TypeParam:
		typ, ok := TypeExpr(pass, file, t)
		return &ast.StarExpr{X: Call(ast.NewIdent("new"), typ)}, ok
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return ast.NewIdent("false"), true
		case u.Info()&types.IsString != 0:
			return &ast.BasicLit{Kind: token.STRING, Value: `""`}, true
		case u.Info()&types.IsNumeric != 0:
			return &ast.BasicLit{Kind: token.INT, Value: "0"}, true
		case u.Kind() == types.UnsafePointer:
			return ast.NewIdent("nil"), true
		}
		return nil, false
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return ast.NewIdent("nil"), true
	case *types.Basic:
		// A named number, string or boolean type: convert the literal.
		typ, ok := TypeExpr(pass, file, t)
		lit, litOK := ZeroValue(pass, file, t.Underlying())
		if !litOK {
			return nil, false
		}
		return Call(typ, lit), ok
	case *types.Struct, *types.Array:
		typ, ok := TypeExpr(pass, file, t)
		return &ast.CompositeLit{Type: typ}, ok
	}
	return nil, false
}

// TypeExpr returns the expression that names t in file: packages are
// qualified with the names file imports them under, the package being
// checked is not qualified. It returns ok=false when t needs a package
// that file does not import (under a name that can be used).
func TypeExpr(pass *analysis.Pass, file *ast.File, t types.Type) (ast.Expr, bool) {
	ok := true
	qual := Qualifier(pass, file, func(*types.Package) { ok = false })
	// The printed type is parsed back, rather than the tree built type by
	// type: types.TypeString already writes every kind of type as Go.
	src := types.TypeString(t, qual)
	e, err := parser.ParseExpr(src)
	if err != nil {
		return ast.NewIdent(src), false
	}
	onePos(e, file.Package)
	return e, ok
}

// onePos moves the nodes of a tree parsed on its own to pos, a position
// of the file the tree is for. Its own positions would point into an
// unrelated file of the pass's file set when printed with it; without
// any, the printer would break struct{} over two lines. On one position,
// the tree is one line, as types.TypeString wrote it.
func onePos(n ast.Node, pos token.Pos) {
	posType := reflect.TypeFor[token.Pos]()
	ast.Inspect(n, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		v := reflect.ValueOf(n).Elem()
		if v.Kind() != reflect.Struct {
			return true
		}
		for i := range v.NumField() {
			if f := v.Field(i); f.Type() == posType && f.CanSet() && f.Int() != 0 {
				f.SetInt(int64(pos))
			}
		}
		return true
	})
}

// Qualifier returns the qualifier that writes a package as file refers to
// it: "" for the package being checked, the name of file's import of it
// otherwise. For a package that file does not import it calls missing
// and returns the package's own name.
func Qualifier(pass *analysis.Pass, file *ast.File, missing func(*types.Package)) types.Qualifier {
	return func(p *types.Package) string {
		if p == pass.Pkg {
			return ""
		}
		for _, spec := range file.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			if path != p.Path() {
				continue
			}
			if spec.Name != nil {
				if spec.Name.Name == "_" || spec.Name.Name == "." {
					continue
				}
				return spec.Name.Name
			}
			return p.Name()
		}
		if missing != nil {
			missing(p)
		}
		return p.Name()
	}
}

// IsError reports whether t is the predeclared error type.
func IsError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}
