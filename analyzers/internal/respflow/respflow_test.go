package respflow

import (
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// factsAnalyzer reports what the engine found, so that testdata can
// state it with // want, as ctrlflow's does its facts: at each source
// call, what became of the response; at each summarized function, its
// summary; and, as facts of its own (Name:"..."), the summaries that the
// engine exported as analysis facts.
var factsAnalyzer = &analysis.Analyzer{
	Name:      "respflowfacts",
	Doc:       "report the findings of the response-flow engine, for its tests",
	Requires:  []*analysis.Analyzer{Analyzer},
	Run:       reportFacts,
	FactTypes: []analysis.Fact{new(exportedFact)},
}

// exportedFact is a summary that respflow exported, as its String: a
// fact type can belong to one analyzer only.
type exportedFact struct{ S string }

func (*exportedFact) AFact()           {}
func (f *exportedFact) String() string { return f.S }

func reportFacts(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[Analyzer].(*Result)
	for fn, s := range res.exported {
		pass.ExportObjectFact(fn, &exportedFact{s.String()})
	}
	for _, r := range res.Responses {
		for _, fact := range outcome(pass.Fset, r) {
			pass.Reportf(r.Call.Pos(), "%s", fact)
		}
	}
	for fn, s := range res.summaries {
		returns := ResultIndex(fn.Type().(*types.Signature).Results()) >= 0
		pass.Reportf(fn.Pos(), "summary: %s", describe(s, returns))
	}
	return nil, nil
}

// outcome lists what became of response r, one fact a line.
func outcome(fset *token.FileSet, r *Response) []string {
	line := func(pos token.Pos) int { return fset.Position(pos).Line }
	switch {
	case r.Discarded:
		return []string{"discarded"}
	case r.gaveUp:
		return []string{"gave up"}
	case r.Var == nil:
		return []string{"handed on"} // returned, stored, passed: not followed
	}
	var facts []string
	if len(r.Leaks) == 0 {
		facts = append(facts, "closed")
	}
	var leaks []string
	for _, l := range r.Leaks {
		fact := fmt.Sprintf("leak at line %d", line(l.Pos))
		if l.Iteration {
			fact = fmt.Sprintf("leak at line %d on the next iteration", line(l.Pos))
		}
		if !slices.Contains(leaks, fact) {
			leaks = append(leaks, fact)
		}
	}
	facts = append(facts, leaks...)
	for _, read := range r.Unchecked {
		facts = append(facts, fmt.Sprintf("unchecked read at line %d", line(read.Pos)))
	}
	for _, pos := range r.DeferLoop {
		facts = append(facts, fmt.Sprintf("defer at line %d waits for the function", line(pos)))
	}
	if len(r.returned) > 0 {
		facts = append(facts, "returned")
	}
	return facts
}

// describe spells a summary out: see Summary.String.
func describe(s *Summary, returns bool) string {
	c := *s
	c.Returns = returns
	return c.String()
}

func testData(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestFacts(t *testing.T) {
	analysistest.Run(t, testData(t), factsAnalyzer, "respflow/...")
}
