package fixes

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// TestFileNames returns the names that the _test.go files of the pass's
// package (package p, not p_test) declare at package level or import,
// read from the package's directory: a package-level name a fix declares
// must not clash with them, and a pass of the package without its tests
// does not see them. The files the pass holds are left out (their names
// are in the package scope already), so that the same names are taken
// with or without the test files, and a fix chooses the same name under
// httpvet -fix and go fix. Files that cannot be read or parsed are
// skipped.
func TestFileNames(pass *analysis.Pass) map[string]bool {
	names := make(map[string]bool)
	// The package's directory is that of most of its files: cgo's
	// generated files stand in the build cache.
	held := make(map[string]bool)
	dirs := make(map[string]int)
	var dir string
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		held[name] = true
		d := filepath.Dir(name)
		if dirs[d]++; dir == "" || dirs[d] > dirs[dir] {
			dir = d
		}
	}
	if dir == "" {
		return names
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return names
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if e.IsDir() || !strings.HasSuffix(e.Name(), "_test.go") || held[path] {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil || f.Name.Name != pass.Pkg.Name() {
			continue
		}
		for _, spec := range f.Imports {
			if spec.Name != nil {
				names[spec.Name.Name] = true
			} else if path, err := strconv.Unquote(spec.Path.Value); err == nil {
				names[PathName(path)] = true
			}
		}
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if decl.Recv == nil {
					names[decl.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					switch spec := spec.(type) {
					case *ast.ValueSpec:
						for _, id := range spec.Names {
							names[id.Name] = true
						}
					case *ast.TypeSpec:
						names[spec.Name.Name] = true
					}
				}
			}
		}
	}
	delete(names, "_")
	return names
}
