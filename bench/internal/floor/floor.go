// Package floor is the cost floor of an analysis driver: a no-op analyzer
// that only requires inspect and walks every node. Run by the same driver
// over the same packages, whatever httpvet costs above it is what its
// rules cost; everything up to it is the cost of loading and
// type-checking the packages.
package floor

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer walks the inspector and reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:     "floor",
	Doc:      "floor walks the inspector and reports nothing: the cost floor of the driver",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// Nodes counts the nodes walked, so that the walk is observable.
var nodes int

func run(pass *analysis.Pass) (any, error) {
	n := 0
	pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Preorder(nil, func(ast.Node) { n++ })
	if n < 0 {
		nodes += n // never: keeps the walk from being optimized away
	}
	return nil, nil
}
