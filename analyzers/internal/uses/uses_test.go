package uses_test

import (
	"go/ast"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// describe reports the use of every reference to a variable named v, and
// of every call of a function named value, so that testdata/src/uses
// states the classification as `// want` lines.
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "report how each use of v is classified",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for cur := range insp.Root().Preorder((*ast.Ident)(nil), (*ast.CallExpr)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.Ident:
				if v, ok := pass.TypesInfo.ObjectOf(n).(*types.Var); ok && v.Name() == "v" {
					pass.Reportf(n.Pos(), "%s", uses.Of(pass.TypesInfo, cur))
				}
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "value" {
					pass.Reportf(n.Pos(), "call: %s", uses.Of(pass.TypesInfo, cur))
				}
			}
		}
		return nil, nil
	},
}

func TestOf(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), describe, "uses/a")
}

// TestOfStatements covers the call of a go or defer statement and the
// builtins of package unsafe.
func TestOfStatements(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), describe, "uses/b")
}
