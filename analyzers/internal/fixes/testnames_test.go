package fixes

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestTestFileNames(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.go":        "package a\n\nvar inPass = 1\n",
		"a_test.go":   "package a\n\nimport (\n\tstdhttp \"net/http\"\n\t\"net/url\"\n)\n\nvar fetchClient = &stdhttp.Client{}\n\nconst c1, _ = 1, 2\n\ntype helper struct{}\n\nfunc TestX() {}\n\nfunc (helper) method() {}\n\nvar _ = url.Parse\n",
		"x_test.go":   "package a_test\n\nvar external = 1\n",
		"bad_test.go": "package a\n\nfunc (\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(dir, "a.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("a", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Pkg: pkg}
	got := TestFileNames(p)
	for _, name := range []string{"stdhttp", "url", "fetchClient", "c1", "helper", "TestX"} {
		if !got[name] {
			t.Errorf("%s not found in %v", name, got)
		}
	}
	for _, name := range []string{"inPass", "external", "method", "_", "http"} {
		if got[name] {
			t.Errorf("%s found", name)
		}
	}
}
