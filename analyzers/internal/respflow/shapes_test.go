package respflow

// Generated inputs on which the engine once grew faster than the input:
// a generator per shape, a benchmark per shape at a few sizes, and a test
// that doubling the input at most about doubles the engine's work.

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/index"
)

// A shape generates a package of about n units of one kind.
type shape struct {
	name string
	gen  func(n int) string
}

var shapes = []shape{
	{"closures", genClosures},
	{"reuse", genReuse},
	{"blocks", genBlocks},
	{"loopdefer", genLoopDefer},
}

// genClosures: a chain of local closures, each calling the previous one
// twice. Expanding each closure where it is called doubles the work per
// closure.
func genClosures(n int) string {
	var b strings.Builder
	b.WriteString("package p\n\nimport \"net/http\"\n\nfunc F(c *http.Client, u string) error {\n")
	b.WriteString("\tresp, err := c.Get(u)\n\tif err != nil {\n\t\treturn err\n\t}\n")
	b.WriteString("\tc0 := func() {\n\t\tresp.Body.Close()\n\t}\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "\tc%d := func() {\n\t\tc%d()\n\t\tc%d()\n\t}\n", i, i-1, i-1)
	}
	fmt.Fprintf(&b, "\tc%d()\n\treturn nil\n}\n", n-1)
	return b.String()
}

// genReuse: one function with n responses, all bound to the same
// variable.
func genReuse(n int) string {
	var b strings.Builder
	b.WriteString("package p\n\nimport (\n\t\"io\"\n\t\"net/http\"\n)\n\n")
	b.WriteString("func F(c *http.Client, u string) error {\n\tvar resp *http.Response\n\tvar err error\n")
	for range n {
		b.WriteString("\tresp, err = c.Get(u)\n\tif err != nil {\n\t\treturn err\n\t}\n")
		b.WriteString("\tif resp.StatusCode != http.StatusOK {\n\t\tresp.Body.Close()\n\t\treturn nil\n\t}\n")
		b.WriteString("\tio.Copy(io.Discard, resp.Body)\n\tresp.Body.Close()\n")
	}
	b.WriteString("\treturn nil\n}\n")
	return b.String()
}

// genBlocks: one function with n responses, each in a block of its own.
func genBlocks(n int) string {
	var b strings.Builder
	b.WriteString("package p\n\nimport (\n\t\"io\"\n\t\"net/http\"\n)\n\n")
	b.WriteString("func F(c *http.Client, u string) error {\n")
	for range n {
		b.WriteString("\t{\n\t\tresp, err := c.Get(u)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n")
		b.WriteString("\t\tif resp.StatusCode != http.StatusOK {\n\t\t\tresp.Body.Close()\n\t\t\treturn nil\n\t\t}\n")
		b.WriteString("\t\t_, err = io.ReadAll(resp.Body)\n\t\tresp.Body.Close()\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n")
	}
	b.WriteString("\treturn nil\n}\n")
	return b.String()
}

// genLoopDefer: a loop with n conditional defers of the close, and n
// calls of a helper that closes the body when it returns an error.
func genLoopDefer(n int) string {
	var b strings.Builder
	b.WriteString("package p\n\nimport (\n\t\"errors\"\n\t\"net/http\"\n)\n\n")
	b.WriteString("func check(resp *http.Response) error {\n\tif resp.StatusCode != http.StatusOK {\n")
	b.WriteString("\t\tresp.Body.Close()\n\t\treturn errors.New(resp.Status)\n\t}\n\treturn nil\n}\n\n")
	b.WriteString("func F(c *http.Client, urls []string) error {\n\tfor i, u := range urls {\n")
	b.WriteString("\t\tresp, err := c.Get(u)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n")
	for k := range n {
		fmt.Fprintf(&b, "\t\tif i == %d {\n\t\t\tdefer resp.Body.Close()\n\t\t}\n", k)
		fmt.Fprintf(&b, "\t\tif i > %d {\n\t\t\terr = check(resp)\n\t\t}\n", k)
	}
	b.WriteString("\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}\n")
	return b.String()
}

var (
	importerOnce sync.Once
	stdImporter  types.Importer
	importerFset = token.NewFileSet()
)

// analyzeSource type-checks src as a package of its own and runs the
// engine on it, as the driver would, returning its result.
func analyzeSource(tb testing.TB, src string) *Result {
	tb.Helper()
	return analyze(tb, load(tb, src))
}

func analyze(tb testing.TB, pass *analysis.Pass) *Result {
	tb.Helper()
	res, err := run(pass)
	if err != nil {
		tb.Fatal(err)
	}
	return res.(*Result)
}

// load type-checks src as a package of its own and returns the pass
// the driver would give the engine.
func load(tb testing.TB, src string) *analysis.Pass {
	tb.Helper()
	importerOnce.Do(func() { stdImporter = importer.ForCompiler(importerFset, "gc", nil) })
	fset := importerFset
	file, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		tb.Fatal(err)
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Implicits:  make(map[ast.Node]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:     make(map[ast.Node]*types.Scope),
		Instances:  make(map[*ast.Ident]types.Instance),
	}
	conf := types.Config{Importer: stdImporter}
	pkg, err := conf.Check("p", fset, []*ast.File{file}, info)
	if err != nil {
		tb.Fatal(err)
	}
	pass := &analysis.Pass{
		Analyzer:  Analyzer,
		Fset:      fset,
		Files:     []*ast.File{file},
		Pkg:       pkg,
		TypesInfo: info,
		ResultOf:  map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New([]*ast.File{file})},
	}
	idx, err := index.Analyzer.Run(pass)
	if err != nil {
		tb.Fatal(err)
	}
	pass.ResultOf[index.Analyzer] = idx
	return pass
}

func BenchmarkShapes(b *testing.B) {
	for _, sh := range shapes {
		for _, n := range []int{16, 64, 256} {
			pass := load(b, sh.gen(n))
			b.Run(fmt.Sprintf("%s-%d", sh.name, n), func(b *testing.B) {
				for b.Loop() {
					analyze(b, pass)
				}
			})
		}
	}
}

// TestShapesGrowLinearly checks that doubling each shape at most about
// doubles the engine's work: the steps of its walks and the syntax nodes
// its flows visit, a count that, unlike time, does not depend on the
// machine.
func TestShapesGrowLinearly(t *testing.T) {
	for _, sh := range shapes {
		for _, n := range []int{64, 256} {
			w1 := analyzeSource(t, sh.gen(n)).work
			w2 := analyzeSource(t, sh.gen(2*n)).work
			if w2 > 5*w1/2 {
				t.Errorf("%s: work %d at n=%d, %d at n=%d: more than 2.5 times", sh.name, w1, n, w2, 2*n)
			}
		}
	}
}

// TestGivesUp checks that a walk whose states multiply gives up and
// reports nothing, while a small one of the same shape is followed to
// the end.
func TestGivesUp(t *testing.T) {
	for _, c := range []struct {
		n      int
		gaveUp bool
	}{{4, false}, {64, true}} {
		res := analyzeSource(t, genLoopDefer(c.n))
		if len(res.Responses) != 1 {
			t.Fatalf("n=%d: %d responses, want 1", c.n, len(res.Responses))
		}
		r := res.Responses[0]
		if r.gaveUp != c.gaveUp {
			t.Errorf("n=%d: gave up %t, want %t", c.n, r.gaveUp, c.gaveUp)
		}
		if r.gaveUp && (r.Leaks != nil || r.Unchecked != nil || r.DeferLoop != nil) {
			t.Errorf("n=%d: gave up but reports %v, %v, %v", c.n, r.Leaks, r.Unchecked, r.DeferLoop)
		}
		if !r.gaveUp && len(r.DeferLoop) != c.n {
			t.Errorf("n=%d: %d defers in the loop reported, want %d", c.n, len(r.DeferLoop), c.n)
		}
	}
}
