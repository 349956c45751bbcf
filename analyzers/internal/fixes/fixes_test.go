package fixes

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
)

// pass type-checks src as the only file of a package.
func pass(t *testing.T, src string) (*analysis.Pass, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "a.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Implicits: map[ast.Node]types.Object{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("a", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	return &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Pkg: pkg, TypesInfo: info}, f
}

func apply(t *testing.T, p *analysis.Pass, src string, edits []analysis.TextEdit) string {
	t.Helper()
	out := src
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		start, end := p.Fset.Position(e.Pos).Offset, p.Fset.Position(e.End).Offset
		out = out[:start] + string(e.NewText) + out[end:]
	}
	return out
}

func TestImport(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"none", "package a\n", "package a\n\nimport \"time\"\n"},
		{"single before", "package a\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n",
			"package a\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nvar _ = fmt.Sprint\n"},
		{"single after", "package a\n\nimport \"unicode\"\n\nvar _ = unicode.IsUpper\n",
			"package a\n\nimport (\n\t\"time\"\n\t\"unicode\"\n)\n\nvar _ = unicode.IsUpper\n"},
		{"sorted into group", "package a\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nvar _, _ = fmt.Sprint, unicode.IsUpper\n",
			"package a\n\nimport (\n\t\"fmt\"\n\t\"time\"\n\t\"unicode\"\n)\n\nvar _, _ = fmt.Sprint, unicode.IsUpper\n"},
		{"end of group with comment", "package a\n\nimport (\n\t\"fmt\" // printing\n)\n\nvar _ = fmt.Sprint\n",
			"package a\n\nimport (\n\t\"fmt\" // printing\n\t\"time\"\n)\n\nvar _ = fmt.Sprint\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, f := pass(t, tt.src)
			name, edits, ok := Import(p, f, "time", "time")
			if !ok || name != "time" {
				t.Fatalf("Import = %q, %v", name, ok)
			}
			if got := apply(t, p, tt.src, edits); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestImportExistingAndTaken(t *testing.T) {
	p, f := pass(t, "package a\n\nimport tm \"time\"\n\nvar _ = tm.Now\n")
	if name, edits, ok := Import(p, f, "time", "time"); !ok || name != "tm" || len(edits) != 0 {
		t.Errorf("existing import: %q %v %v", name, edits, ok)
	}
	p, f = pass(t, "package a\n\nvar time = 1\n")
	if _, _, ok := Import(p, f, "time", "time"); ok {
		t.Error("Import succeeded although the package declares time")
	}
}

func TestDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		30 * time.Second:        "30 * time.Second",
		time.Minute:             "time.Minute",
		90 * time.Second:        "90 * time.Second",
		1500 * time.Millisecond: "1500 * time.Millisecond",
		2 * time.Hour:           "2 * time.Hour",
	} {
		if got := Duration(d, "time"); got != want {
			t.Errorf("Duration(%v) = %q, want %q", d, got, want)
		}
	}
}
