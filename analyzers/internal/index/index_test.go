package index_test

import (
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
	"github.com/httpvet/httpvet/analyzers/internal/index"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
)

// describe states what the index holds as diagnostics: each function,
// the statements its CFG cannot reach, the references to variables whose
// name starts with v, and the sends.
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "report what the index holds",
	Requires: []*analysis.Analyzer{index.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		x := index.Of(pass)
		for _, f := range x.Funcs() {
			name := "literal"
			if f.Obj != nil {
				name = f.Obj.Name()
			}
			if x.FuncOf(f.Node()) != f || f.Obj != nil && x.Decl(f.Obj) != f {
				pass.Reportf(f.Node().Pos(), "func %s: not found by node or object", name)
			}
			pass.Reportf(f.Node().Pos(), "func %s %s", name, f.Sig)
			if g := f.CFG(); g != nil {
				for _, b := range g.Blocks {
					if !b.Live && len(b.Nodes) > 0 {
						pass.Reportf(b.Nodes[0].Pos(), "unreachable")
					}
				}
			}
		}
		for cur := range x.Root().Preorder((*ast.Ident)(nil)) {
			id := cur.Node().(*ast.Ident)
			v, ok := pass.TypesInfo.Defs[id].(interface{ Name() string })
			if !ok || !strings.HasPrefix(v.Name(), "v") {
				continue
			}
			for _, r := range x.Refs(pass.TypesInfo.ObjectOf(id).(*types.Var)) {
				what := "read"
				switch {
				case r.Def:
					what = "def"
				case r.Write:
					what = "write"
				}
				pass.Reportf(r.Cur.Node().Pos(), "%s %s", v.Name(), what)
			}
		}
		for _, c := range x.HTTPCalls() {
			if c.Send != knowledge.NotSend {
				pass.Reportf(c.Node().Pos(), "send %s", c.Callee.Name())
			} else {
				pass.Reportf(c.Node().Pos(), "call %s", c.Callee.Name())
			}
		}
		return nil, nil
	},
}

func TestIndex(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), describe, "index/a")
}
