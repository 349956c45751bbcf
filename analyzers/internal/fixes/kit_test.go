package fixes

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// load type-checks the files (name → source) as one package, written to
// a temporary directory so that pass.ReadFile works.
func load(t *testing.T, files map[string]string) *analysis.Pass {
	t.Helper()
	dir := t.TempDir()
	fset := token.NewFileSet()
	var syntax []*ast.File
	for _, name := range []string{"a.go", "b.go", "a_test.go"} {
		src, ok := files[name]
		if !ok {
			continue
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		syntax = append(syntax, f)
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{},
		Implicits: map[ast.Node]types.Object{}, Scopes: map[ast.Node]*types.Scope{},
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("a", fset, syntax, info)
	if err != nil {
		t.Fatal(err)
	}
	return &analysis.Pass{Fset: fset, Files: syntax, Pkg: pkg, TypesInfo: info, ReadFile: os.ReadFile}
}

// at returns the position of the first occurrence of marker in file i.
func at(t *testing.T, p *analysis.Pass, i int, marker string) token.Pos {
	t.Helper()
	tf := p.Fset.File(p.Files[i].FileStart)
	src, _ := os.ReadFile(tf.Name())
	off := strings.Index(string(src), marker)
	if off < 0 {
		t.Fatalf("no %q", marker)
	}
	return tf.Pos(off)
}

func applyTo(t *testing.T, p *analysis.Pass, i int, edits ...analysis.TextEdit) string {
	t.Helper()
	tf := p.Fset.File(p.Files[i].FileStart)
	src, _ := os.ReadFile(tf.Name())
	out, err := Apply(src, tf.Base(), edits)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestFreeName(t *testing.T) {
	p := load(t, map[string]string{"a.go": `package a

var res = 1

func f(resp int) {
	_ = resp // here
}
`})
	pos := at(t, p, 0, "_ = resp")
	if got := FreeName(p, pos, "resp", "res", "response"); got != "response" {
		t.Errorf("FreeName = %q, want response (resp is a parameter, res a package variable)", got)
	}
	if got := FreeName(p, pos, "len"); got != "" {
		t.Errorf("FreeName(len) = %q, want \"\" (predeclared)", got)
	}

	// A name declared later in the same block is taken: binding it above
	// would be a second declaration in one block.
	q := load(t, map[string]string{"a.go": `package a

func g() {
	_ = 1 // here
	var resp int
	_ = resp
	{
		var res int
		_ = res
	}
}
`})
	pos = at(t, q, 0, "_ = 1")
	if got := FreeName(q, pos, "resp", "res"); got != "res" {
		t.Errorf("FreeName = %q, want res (resp is declared later in the block; res only in a nested one)", got)
	}
}

func TestPackageFreeName(t *testing.T) {
	p := load(t, map[string]string{
		"a.go":      "package a\n\nimport client \"net/http\"\n\nvar _ = client.Get\n",
		"b.go":      "package a\n\nvar client2 = 1\n",
		"a_test.go": "package a\n\nvar client3 = 2\n",
	})
	if got := PackageFreeName(p, nil, Numbered("client", 9)...); got != "client4" {
		t.Errorf("PackageFreeName = %q, want client4 (an import, b.go and a_test.go take the others)", got)
	}
	if got := PackageFreeName(p, func(n string) bool { return n != "client4" }, Numbered("client", 9)...); got != "client5" {
		t.Errorf("PackageFreeName with a taken name = %q, want client5", got)
	}
	if got := Numbered("x", 3); strings.Join(got, " ") != "x x2 x3" {
		t.Errorf("Numbered = %v", got)
	}
}

func TestImportAtAndRename(t *testing.T) {
	src := "package a\n\nimport \"fmt\"\n\nfunc f() {\n\ttime := 1\n\tfmt.Println(time) // here\n}\n"
	p := load(t, map[string]string{"a.go": src})
	pos := at(t, p, 0, "fmt.Println")
	if _, _, ok := Import(p, p.Files[0], "time", "time", At(pos)); ok {
		t.Error("Import succeeded although a local time shadows the package")
	}
	name, edits, ok := Import(p, p.Files[0], "time", "time", At(pos), Rename())
	if !ok || name != "time2" {
		t.Fatalf("Import with Rename = %q, %v", name, ok)
	}
	if got := applyTo(t, p, 0, edits...); !strings.Contains(got, "import (\n\t\"fmt\"\n\ttime2 \"time\"\n)") {
		t.Errorf("renamed import:\n%s", got)
	}
	// An existing import is reused, if not shadowed.
	if name, edits, ok := Import(p, p.Files[0], "fmt", "fmt", At(pos)); !ok || name != "fmt" || edits != nil {
		t.Errorf("existing import: %q %v %v", name, edits, ok)
	}
	if got := PathName("net/http"); got != "http" {
		t.Errorf("PathName = %q", got)
	}
}

func TestZeroValue(t *testing.T) {
	p := load(t, map[string]string{"a.go": `package a

import (
	"bytes"
	u "net/url"
	"unsafe"
)

type (
	S    struct{ x int }
	Code int
	Name string
	Flag bool
	A    = S
)

func f[T any]() (bool, string, int, float64, *int, []int, map[int]int, chan int, func(), error, any, S, Code, Name, Flag, [2]int, struct{}, bytes.Buffer, u.URL, T, A, unsafe.Pointer) {
	panic(1)
}

func g() (sync int) { return }
`})
	sig := p.Pkg.Scope().Lookup("f").Type().(*types.Signature)
	want := []string{"false", `""`, "0", "0", "nil", "nil", "nil", "nil", "nil", "nil", "nil", "S{}", "Code(0)", `Name("")`, "Flag(false)", "[2]int{}", "struct{}{}", "bytes.Buffer{}", "u.URL{}", "*new(T)", "A{}", "nil"}
	for i := range sig.Results().Len() {
		e, ok := ZeroValue(p, p.Files[0], sig.Results().At(i).Type())
		if !ok {
			t.Errorf("ZeroValue(%v) failed", sig.Results().At(i).Type())
			continue
		}
		if got := Source(p.Fset, e); got != want[i] {
			t.Errorf("ZeroValue(%v) = %s, want %s", sig.Results().At(i).Type(), got, want[i])
		}
	}
	// A type of a package the file does not import: no fix.
	mutex := types.NewPointer(types.NewNamed(types.NewTypeName(token.NoPos, types.NewPackage("sync", "sync"), "Mutex", nil), types.NewStruct(nil, nil), nil))
	if _, ok := ZeroValue(p, p.Files[0], mutex.Elem()); ok {
		t.Error("ZeroValue(sync.Mutex) succeeded in a file that does not import sync")
	}
	if e, ok := ZeroValue(p, p.Files[0], mutex); !ok || Source(p.Fset, e) != "nil" {
		t.Error("ZeroValue(*sync.Mutex) should be nil")
	}
}

func TestStatements(t *testing.T) {
	src := `package a

func f() error {
	x, err := g()
	if err != nil {
		return err
	}
	_ = x
	func() { y, _ := g(); _ = y }()
	return nil
}

func g() (int, error) { return 0, nil }
`
	p := load(t, map[string]string{"a.go": src})
	fn := p.Files[0].Decls[0].(*ast.FuncDecl)
	list := fn.Body.List
	errVar := p.TypesInfo.Defs[list[0].(*ast.AssignStmt).Lhs[1].(*ast.Ident)].(*types.Var)
	after, ok := AfterCheck(p.TypesInfo, list, list[0], errVar, nil)
	if !ok || after != list[1] {
		t.Fatal("AfterCheck did not find the error check")
	}
	use := &ast.ExprStmt{X: Call(Sel("x", "Close"))}
	edit, inserted := InsertAfter(p, after, use)
	if !inserted {
		t.Fatal("InsertAfter failed")
	}
	before := InsertBefore(p, list[2], &ast.IfStmt{Cond: ast.NewIdent("true"), Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Results: []ast.Expr{ast.NewIdent("nil")}}}}})
	got := applyTo(t, p, 0, edit, before)
	want := "\t}\n\tx.Close()\n\tif true {\n\t\treturn nil\n\t}\n\t_ = x\n"
	if !strings.Contains(got, want) {
		t.Errorf("got\n%s\nwant it to contain\n%s", got, want)
	}
	// In a one-line function literal, nothing can go on the next line.
	lit := list[3].(*ast.ExprStmt).X.(*ast.CallExpr).Fun.(*ast.FuncLit)
	if _, ok := InsertAfter(p, lit.Body.List[0], use); ok {
		t.Error("InsertAfter succeeded after a statement followed by code on its line")
	}
	if EnclosingStmt(fn.Body, at(t, p, 0, "y, _ :=")) != nil {
		t.Error("EnclosingStmt looked into a function literal")
	}
}

func TestDelete(t *testing.T) {
	src := `package a

type T struct{ A, Bb, C int }

var one = T{A: 1}

var inline = T{A: 1, Bb: 2}

var lines = T{
	A:  1,
	Bb: 2, // two
	C:  3,
}

func f(t *T) {
	t.A = 1

	t.C = 3
}
`
	p := load(t, map[string]string{"a.go": src})
	lits := map[string]*ast.CompositeLit{}
	var assigns []inspector.Cursor
	insp := inspector.New(p.Files)
	for cur := range insp.Root().Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			spec := cur.Parent().Node().(*ast.ValueSpec)
			lits[spec.Names[0].Name] = n
		case *ast.AssignStmt:
			assigns = append(assigns, cur)
		}
	}
	var f Formatter
	for _, tt := range []struct {
		lit  string
		elt  int
		want string
	}{
		{"one", 0, "var one = T{}\n"},
		{"inline", 0, "var inline = T{Bb: 2}\n"},
		{"inline", 1, "var inline = T{A: 1}\n"},
		{"lines", 1, "var lines = T{\n\tA: 1,\n\tC: 3,\n}\n"},
	} {
		lit := lits[tt.lit]
		edit, ok := DeleteElement(p, lit, lit.Elts[tt.elt])
		if !ok {
			t.Fatalf("DeleteElement(%s, %d) failed", tt.lit, tt.elt)
		}
		if got := applyTo(t, p, 0, f.Tidy(p, []analysis.TextEdit{edit})...); !strings.Contains(got, tt.want) {
			t.Errorf("DeleteElement(%s, %d):\n%s\nwant it to contain\n%s", tt.lit, tt.elt, got, tt.want)
		}
	}
	// The last statement takes the blank line before it along.
	edit, ok := DeleteStmt(p, assigns[1])
	if !ok {
		t.Fatal("DeleteStmt failed")
	}
	if got := applyTo(t, p, 0, edit); !strings.HasSuffix(got, "\tt.A = 1\n}\n") {
		t.Errorf("DeleteStmt:\n%s", got)
	}
}

func TestAddElementAndDecls(t *testing.T) {
	src := `package a

import "time"

type T struct{ A, Timeout time.Duration }

var empty = T{}

var inline = T{A: 1}

var lines = T{
	A: 1,
}

func f() {}
`
	p := load(t, map[string]string{"a.go": src})
	var lits []*ast.CompositeLit
	ast.Inspect(p.Files[0], func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok {
			lits = append(lits, lit)
		}
		return true
	})
	elt := &ast.KeyValueExpr{Key: ast.NewIdent("Timeout"), Value: DurationExpr(30*time.Second, "time")}
	var edits []analysis.TextEdit
	for _, lit := range lits {
		edits = append(edits, AddElement(p, lit, elt))
	}
	fn := p.Files[0].Decls[len(p.Files[0].Decls)-1]
	edits = append(edits, DeclAfter(p, fn, "var x = 1"), AppendDecl(p, p.Files[0], "var y = 2"))
	got := applyTo(t, p, 0, edits...)
	for _, want := range []string{
		"T{Timeout: 30 * time.Second}",
		"T{A: 1, Timeout: 30 * time.Second}",
		"T{\n\tA: 1,\n\tTimeout: 30 * time.Second,\n}",
		"func f() {}\n\nvar x = 1\n\nvar y = 2\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("got\n%s\nwant it to contain\n%s", got, want)
		}
	}
}

func TestChooseAndApply(t *testing.T) {
	src := "package a\n\nvar s = f(\"a\", 1)\n\nfunc f(string, int) string { return \"\" }\n"
	p := load(t, map[string]string{"a.go": src})
	lit := p.Files[0].Decls[0].(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0].(*ast.CallExpr).Args[0]
	if got := Choose(p, lit.Pos(), lit.End(), nil, []string{`"a" + b`, `"a"+b`}); got != `"a"+b` {
		t.Errorf("Choose in a call with two arguments = %s, want the compact form", got)
	}
	call := p.Files[0].Decls[0].(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0]
	if got := Choose(p, call.Pos(), call.End(), nil, []string{`"a" + b`, `"a"+b`}); got != `"a" + b` {
		t.Errorf("Choose as a variable's value = %s, want the spaced form", got)
	}
	tf := p.Fset.File(lit.Pos())
	edit := analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: []byte("x")}
	if _, err := Apply([]byte(src), tf.Base(), []analysis.TextEdit{edit, edit}); err != nil {
		t.Errorf("identical edits: %v", err)
	}
	other := analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: []byte("y")}
	if _, err := Apply([]byte(src), tf.Base(), []analysis.TextEdit{edit, other}); err == nil {
		t.Error("overlapping edits applied without error")
	}
}

func TestPrintIndents(t *testing.T) {
	stmt := &ast.IfStmt{Cond: ast.NewIdent("ok"), Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{}}}}
	if got, want := Print(token.NewFileSet(), stmt, "\t\t"), "if ok {\n\t\t\treturn\n\t\t}"; got != want {
		t.Errorf("Print = %q, want %q", got, want)
	}
}

// TestPackageFreeNameSeesTestsOnDisk: the plain variant of a package does
// not hold its _test.go files, but a name they declare or import is still
// taken, so that both variants choose the same name; the external test
// package's names are not.
func TestPackageFreeNameSeesTestsOnDisk(t *testing.T) {
	p := load(t, map[string]string{"a.go": "package a\n\nvar client = 1\n"})
	dir := filepath.Dir(p.Fset.File(p.Files[0].FileStart).Name())
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b_test.go", "package a\n\nimport client3 \"fmt\"\n\nvar client2 = client3.Sprint\n\nfunc client4() {}\n\nfunc (T) client5() {}\n\ntype T int\n")
	write("c_test.go", "package a_test\n\nvar client5 = 1\n")
	if got := PackageFreeName(p, nil, Numbered("client", 9)...); got != "client5" {
		t.Errorf("PackageFreeName = %q, want client5 (a.go, b_test.go's var, import and func take the others; a method and the external test package take nothing)", got)
	}
	if n := len(TestFiles(p, "")); n != 2 {
		t.Errorf("TestFiles: %d files, want 2", n)
	}
}

func TestDeleteImport(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{
			"package a\n\nimport \"net/http\"\n\nvar x = 1\n",
			"package a\n\nvar x = 1\n",
		},
		{
			"package a\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nvar x = fmt.Sprint\n",
			"package a\n\nimport (\n\t\"fmt\"\n)\n\nvar x = fmt.Sprint\n",
		},
		{
			"package a\n\nimport (\n\t\"net/http\"\n)\n\nvar x = 1\n",
			"package a\n\nvar x = 1\n",
		},
	} {
		p := load(t, map[string]string{"a.go": tc.src + "\nvar _ = http.Get\n"})
		// Type-checked with a use of net/http; the edit is computed on
		// positions that the source without it shares.
		file := p.Files[0]
		var spec *ast.ImportSpec
		for _, s := range file.Imports {
			if s.Path.Value == `"net/http"` {
				spec = s
			}
		}
		e, ok := DeleteImport(p, file, spec)
		if !ok {
			t.Errorf("%q: no edit", tc.src)
			continue
		}
		got := applyTo(t, p, 0, e)
		got = strings.TrimSuffix(got, "\nvar _ = http.Get\n")
		if got != tc.want {
			t.Errorf("DeleteImport(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}
