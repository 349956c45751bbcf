package ignore

import (
	_ "embed"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/internal/docs"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/scaffold"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
)

//go:embed doc.go
var doc string

// New returns the analyzer that checks the directives for the given
// rules. It requires them, so it sees which directives each one used.
func New(rules ...*analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "ignore",
		Doc:      docs.Extract(doc, "ignore"),
		URL:      scaffold.URLBase + "ignore",
		Requires: append([]*analysis.Analyzer{suppress.Analyzer}, rules...),
		Run: func(pass *analysis.Pass) (any, error) {
			return nil, run(pass, rules)
		},
	}
}

func run(pass *analysis.Pass, rules []*analysis.Analyzer) error {
	dirs := pass.ResultOf[suppress.Analyzer].(*suppress.Directives)
	if len(dirs.All) == 0 {
		return nil
	}
	results := make(map[string]*suppress.Result)
	for _, r := range rules {
		if res, ok := pass.ResultOf[r].(*suppress.Result); ok {
			results[r.Name] = res
		}
	}
	for _, d := range dirs.All {
		if len(d.Rules) == 0 {
			pass.ReportRangef(rng(d), "//httpvet:ignore names no rule; write //httpvet:ignore RULE -- reason")
			continue
		}
		if d.Reason == "" {
			pass.ReportRangef(rng(d), "//httpvet:ignore %s has no reason, so it silences nothing; add one after the rule: -- why this finding is wrong here", strings.Join(d.Rules, ","))
			continue
		}
		for _, name := range d.Rules {
			res, known := results[name]
			switch {
			case !known:
				pass.ReportRangef(rng(d), "//httpvet:ignore names unknown rule %q; known rules: %s", name, strings.Join(names(rules), ", "))
			case res.Used[d]:
				// It did its job.
			case res.SkippedTests && match.IsTestFile(d.File):
				// The rule does not look at test files; the directive may
				// matter when it is asked to.
			default:
				pass.ReportRangef(rng(d), "//httpvet:ignore %s silences nothing here; remove it", name)
			}
		}
	}
	return nil
}

type span struct{ d *suppress.Directive }

func (s span) Pos() token.Pos { return s.d.Pos }
func (s span) End() token.Pos { return s.d.End }

func rng(d *suppress.Directive) span { return span{d} }

func names(rules []*analysis.Analyzer) []string {
	var ns []string
	for _, r := range rules {
		ns = append(ns, r.Name)
	}
	slices.Sort(ns)
	return ns
}
