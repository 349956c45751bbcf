package fixes

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The package's _test.go files matter to fixes whether or not the pass
// holds them: a package-level name a fix declares must not clash with a
// test's (httpvet -fix analyzes the test variant, go fix -fixtool the
// plain one, and both must choose the same name), and a test may
// configure what a fix would change. They are read from the package's
// directory, and parsed only when their text mentions what is asked
// about: most packages' tests never do, and parsing them all cost more
// than the rule that asked.

// testFiles are the sources of the package's _test.go files, whether
// or not the pass holds them (package p and p_test alike): the answer
// must not depend on the variant analyzed.
type testFiles []testFile

type testFile struct {
	path string
	src  []byte
}

// testSources reads the package's _test.go files. The package's directory is that of most of its files: cgo's
// generated files stand in the build cache. Files that cannot be read
// are left out.
func testSources(pass *analysis.Pass) testFiles {
	dirs := make(map[string]int)
	var dir string
	for _, f := range pass.Files {
		d := filepath.Dir(pass.Fset.File(f.Pos()).Name())
		if dirs[d]++; dir == "" || dirs[d] > dirs[dir] {
			dir = d
		}
	}
	if dir == "" {
		return testFiles{}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return testFiles{}
	}
	files := testFiles{}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if e.IsDir() || !strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		if src, err := os.ReadFile(path); err == nil {
			files = append(files, testFile{path, src})
		}
	}
	return files
}

// parsed returns the files whose source contains mention (all when it
// is ""), parsed with a FileSet of their own. Files that do not parse
// are left out.
func (fs testFiles) parsed(mention string) []*ast.File {
	fset := token.NewFileSet()
	var out []*ast.File
	for _, f := range fs {
		if mention != "" && !bytes.Contains(f.src, []byte(mention)) {
			continue
		}
		if af, err := parser.ParseFile(fset, f.path, f.src, parser.SkipObjectResolution); err == nil {
			out = append(out, af)
		}
	}
	return out
}

// declare reports whether a file of package pkg among fs declares name
// at package level or imports a package under it.
func (fs testFiles) declare(pkg, name string) bool {
	for _, f := range fs.parsed(name) {
		if f.Name.Name == pkg && declaredNames(f)[name] {
			return true
		}
	}
	return false
}

// TestFiles returns the package's _test.go files, of the package and of
// its external test package, parsed from disk whether or not the pass
// holds them; with a mention, only those whose text contains it.
func TestFiles(pass *analysis.Pass, mention string) []*ast.File {
	return testSources(pass).parsed(mention)
}

// TestFileNames returns the names that the package's own _test.go files
// (package p, not p_test) declare at package level or import.
func TestFileNames(pass *analysis.Pass) map[string]bool {
	names := make(map[string]bool)
	for _, f := range TestFiles(pass, "") {
		if f.Name.Name == pass.Pkg.Name() {
			for name := range declaredNames(f) {
				names[name] = true
			}
		}
	}
	return names
}

// declaredNames returns the names f declares at package level or
// imports packages under (not "_", not methods).
func declaredNames(f *ast.File) map[string]bool {
	names := make(map[string]bool)
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
	delete(names, "_")
	return names
}
