// Package match resolves the net/http, crypto/tls and net/url objects the
// rules look for through go/types, so that aliased imports work and
// look-alike types from other packages never match.
package match

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Imports reports whether pkg directly imports any of the given paths.
// It is the cheap test that lets a rule skip a package before walking it.
func Imports(pkg *types.Package, paths ...string) bool {
	for _, imp := range pkg.Imports() {
		if slices.Contains(paths, imp.Path()) {
			return true
		}
	}
	return false
}

// IsType reports whether t, after removing aliases and one level of
// pointer, is the named type pkgPath.name.
func IsType(t types.Type, pkgPath, name string) bool {
	if t == nil {
		return false
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	return isNamed(t, pkgPath, name)
}

// IsPointerTo reports whether t is *pkgPath.name.
func IsPointerTo(t types.Type, pkgPath, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return isNamed(types.Unalias(p.Elem()), pkgPath, name)
	}
	return false
}

// IsValueOf reports whether t is pkgPath.name itself (not a pointer).
func IsValueOf(t types.Type, pkgPath, name string) bool {
	return t != nil && isNamed(types.Unalias(t), pkgPath, name)
}

func isNamed(t types.Type, pkgPath, name string) bool {
	n, ok := t.(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Name() == name && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath
}

// Callee returns the function or method a call statically calls, or nil
// (a call of a function value, a conversion, a builtin).
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// IsFunc reports whether fn is the package-level function pkgPath.name
// for one of the names.
func IsFunc(fn *types.Func, pkgPath string, names ...string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return false
	}
	return slices.Contains(names, fn.Name())
}

// IsMethod reports whether fn is a method named one of names whose
// receiver is pkgPath.recv or *pkgPath.recv. Methods promoted through
// embedding resolve to the embedded type's method, so they match too.
func IsMethod(fn *types.Func, pkgPath, recv string, names ...string) bool {
	if fn == nil || !slices.Contains(names, fn.Name()) {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	return IsType(sig.Recv().Type(), pkgPath, recv)
}

// IsField reports whether obj is the field name of the struct type
// pkgPath.typeName. The field's owner is found from the selection's
// receiver where there is one; a field object alone does not name its
// struct, so callers pass the type that holds it.
func IsField(obj types.Object, owner types.Type, pkgPath, typeName, name string) bool {
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() || v.Name() != name || v.Pkg() == nil || v.Pkg().Path() != pkgPath {
		return false
	}
	return owner == nil || IsType(owner, pkgPath, typeName)
}

// SelectedField returns the field a selector expression selects and the
// type it is selected from (after embedding), or nil.
func SelectedField(info *types.Info, sel *ast.SelectorExpr) (*types.Var, types.Type) {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil, nil
	}
	field := s.Obj().(*types.Var)
	// The owner is the type that declares the field: walk the index path
	// through embedded fields.
	owner := s.Recv()
	idx := s.Index()
	for _, i := range idx[:len(idx)-1] {
		st, ok := deref(owner).Underlying().(*types.Struct)
		if !ok {
			return field, nil
		}
		owner = st.Field(i).Type()
	}
	return field, owner
}

func deref(t types.Type) types.Type {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		return types.Unalias(p.Elem())
	}
	return t
}

// KeyedField returns the value of the field named name in a keyed
// composite literal, or nil.
func KeyedField(lit *ast.CompositeLit, name string) *ast.KeyValueExpr {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv
			}
		}
	}
	return nil
}

// IsTestFile reports whether file is a _test.go file.
func IsTestFile(fileName string) bool {
	return strings.HasSuffix(fileName, "_test.go")
}

// Unparen removes the parentheses around e.
func Unparen(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		default:
			return e
		}
	}
}

// ObjectOf returns the variable an identifier (possibly parenthesized)
// refers to, or nil.
func ObjectOf(info *types.Info, e ast.Expr) *types.Var {
	if id, ok := Unparen(e).(*ast.Ident); ok {
		v, _ := info.ObjectOf(id).(*types.Var)
		return v
	}
	return nil
}

// IsLocal reports whether v is declared inside fn (a parameter, a result
// or a local variable), as opposed to a package-level variable or field.
func IsLocal(v *types.Var, fn ast.Node) bool {
	return v != nil && !v.IsField() && v.Parent() != nil && v.Parent() != v.Pkg().Scope() &&
		fn.Pos() <= v.Pos() && v.Pos() < fn.End()
}
