package index

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

// TestLazy checks the fast path: a package whose rules ask nothing costs
// no walk, and each part is built only when asked for.
func TestLazy(t *testing.T) {
	var x *Index
	ask := &analysis.Analyzer{
		Name:     "ask",
		Doc:      "hold on to the index",
		Requires: []*analysis.Analyzer{Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			x = Of(pass)
			return nil, nil
		},
	}
	analysistest.Run(t, fixtest.TestData(), ask, "index/nohttp")
	if x.funcs != nil || x.calls != nil || x.global != nil || len(x.units) > 0 {
		t.Fatal("the index built something nobody asked for")
	}
	if len(x.HTTPCalls()) != 0 {
		t.Error("calls of net/http in a package that does not import it")
	}
	if x.funcs != nil || x.global != nil || len(x.units) > 0 {
		t.Error("HTTPCalls built more than the calls")
	}
	fns := x.Funcs()
	if len(fns) != 2 || fns[0].Obj == nil || fns[0].Obj.Name() != "Print" || fns[1].Obj != nil {
		t.Errorf("Funcs = %v, want Print and its literal", fns)
	}
	// A local variable's references take a walk of its declaration only;
	// a package-level one's, one walk of the package.
	local := fns[0].Sig.Params().At(0)
	if refs := x.Refs(local); len(refs) != 2 || !refs[0].Def || refs[1].Write {
		t.Errorf("Refs(xs) = %v, want its declaration and one read", refs)
	}
	if len(x.units) != 1 || x.global != nil {
		t.Error("a local variable's references built more than its declaration's")
	}
	counter := x.pkg.Scope().Lookup("counter").(*types.Var)
	if refs := x.Refs(counter); len(refs) != 3 || !refs[0].Def || refs[1].Write || refs[2].Write {
		t.Errorf("Refs(counter) = %v, want its declaration and two reads", refs)
	}
}
