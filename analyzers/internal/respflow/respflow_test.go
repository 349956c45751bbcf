package respflow

import (
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// factsAnalyzer reports what the engine found, so that testdata can
// state it with // want, as ctrlflow's does its facts: at each source
// call, what became of the response; at each summarized function, its
// summary.
var factsAnalyzer = &analysis.Analyzer{
	Name:     "respflowfacts",
	Doc:      "report the findings of the response-flow engine, for its tests",
	Requires: []*analysis.Analyzer{Analyzer},
	Run:      reportFacts,
}

func reportFacts(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[Analyzer].(*Result)
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

// describe spells a summary out: what the function does with each
// parameter it follows, and with what it returns if it returns a
// response.
func describe(s *Summary, returns bool) string {
	var parts []string
	for i, p := range s.Params {
		var does []string
		for _, f := range []struct {
			is   bool
			name string
		}{
			{p.Closes, "closes"},
			{p.ClosesOnError, "closes on error"},
			{p.ClosesOnSuccess, "closes on success"},
			{p.Reads, "reads"},
			{p.Checks, "checks"},
		} {
			if f.is {
				does = append(does, f.name)
			}
		}
		if len(does) > 0 {
			parts = append(parts, fmt.Sprintf("param %d %s", i, strings.Join(does, ", ")))
		}
	}
	if returns && s.ReturnsOpen {
		parts = append(parts, "returns open")
	}
	if returns && s.ReturnsUnchecked {
		parts = append(parts, "returns unchecked")
	}
	if returns && s.PassThrough >= 0 {
		parts = append(parts, fmt.Sprintf("passes param %d through", s.PassThrough))
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, "; ")
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
