package fixes

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// FreeName returns the first of names that is declared neither in the
// scope at pos nor in any enclosing one (the file's imports, the package,
// the universe), or "" when all are taken. It is for a name a fix
// declares at pos.
//
// A name declared later in the same block is taken too: go/types sees a
// local declaration only from the point where it is declared, but Go
// rejects a second declaration in one block (a `resp` bound by a fix
// above a `var resp` broke rclone's onedrive backend).
func FreeName(pass *analysis.Pass, pos token.Pos, names ...string) string {
	scope := pass.Pkg.Scope().Innermost(pos)
	for _, name := range names {
		if scope == nil {
			return name
		}
		if _, obj := scope.LookupParent(name, pos); obj == nil && scope.Lookup(name) == nil {
			return name
		}
	}
	return ""
}

// PackageFreeName returns the first of names that is free for a
// package-level declaration: declared nowhere in the package scope and
// imported under that name by no file of the pass (an import name and a
// package-level name conflict), and accepted by ok, if not nil; or "".
//
// The package scope holds the declarations of every file of the pass,
// the _test.go files too when the pass is the package's test variant.
// The top-level names of the package's _test.go files are read from disk
// as well, so that the name chosen does not clash with a test's
// declaration and is the same whether or not the pass holds the tests
// (httpvet -fix and go fix -fixtool analyze different variants).
func PackageFreeName(pass *analysis.Pass, ok func(name string) bool, names ...string) string {
	var tests testFiles
next:
	for _, name := range names {
		for _, file := range pass.Files {
			if !NameFree(pass, file, name) {
				continue next
			}
		}
		if tests == nil {
			tests = testSources(pass)
		}
		if tests.declare(pass.Pkg.Name(), name) {
			continue
		}
		if ok == nil || ok(name) {
			return name
		}
	}
	return ""
}

// Numbered returns base and then base2, base3, ... up to base<n>: the
// candidates for a fresh name.
func Numbered(base string, n int) []string {
	names := []string{base}
	for i := 2; i <= n; i++ {
		names = append(names, base+strconv.Itoa(i))
	}
	return names
}

// NameFree reports whether name is not declared in the package scope nor
// imported under that name by file.
func NameFree(pass *analysis.Pass, file *ast.File, name string) bool {
	if pass.Pkg.Scope().Lookup(name) != nil {
		return false
	}
	for _, spec := range file.Imports {
		if pn := pass.TypesInfo.PkgNameOf(spec); pn != nil && pn.Name() == name {
			return false
		}
	}
	return true
}

// FreeAt reports whether name would refer to the package-level (or
// file-level) declaration at pos, that is, no local declaration shadows it.
func FreeAt(pass *analysis.Pass, pos token.Pos, name string) bool {
	scope := pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return true
	}
	for s := scope; s != nil && s != pass.Pkg.Scope(); s = s.Parent() {
		if obj := s.Lookup(name); obj != nil {
			if _, isPkgName := obj.(*types.PkgName); !isPkgName {
				return false // declared locally
			}
		}
	}
	return true
}

// Visible reports whether the name of obj refers to obj at pos.
func Visible(pass *analysis.Pass, pos token.Pos, obj types.Object) bool {
	scope := pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, found := scope.LookupParent(obj.Name(), pos)
	return found == obj
}
