// Package scaffold wires an httpvet rule into the analysis framework in
// one place: its name, documentation and URL, the -tests flag of the
// rules about production code, the fast path for packages that cannot
// hold a finding, and //httpvet:ignore suppression. A rule is its doc.go,
// a Run function and its testdata:
//
//	func New() *analysis.Analyzer {
//		return scaffold.New(scaffold.Rule{
//			Name:     "bodyclose",
//			Doc:      doc,
//			Requires: []*analysis.Analyzer{respflow.Analyzer},
//			Run:      run,
//		})
//	}
//
// Suppression cannot be forgotten: the scaffold requires the directives'
// analyzer, hands Run the reporter that consults them, and returns what
// the ignore analyzer needs to report stale directives.
package scaffold

import (
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/internal/docs"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
)

// A Rule is what one httpvet analyzer is made of.
type Rule struct {
	Name string
	// Doc is the source of the rule's doc.go: its "# Analyzer NAME"
	// section is the analyzer's documentation (httpvet help, SARIF).
	Doc      string
	Requires []*analysis.Analyzer
	// Production marks a rule about production code: it skips _test.go
	// files unless its -tests flag is set (tests build throwaway
	// clients, talk to httptest servers and hold fake tokens).
	Production bool
	// Imports, when set, are the packages one of which a package must
	// import directly to hold a finding: a package that imports none of
	// them costs nothing.
	Imports []string
	// Fixes is the tier of the rule's fixes; the zero value is
	// BehaviourChanging, until a rule's fixes are shown to be Safe.
	Fixes Tier
	// Run reports the rule's findings through rep.
	Run func(pass *analysis.Pass, rep *suppress.Reporter) error
}

// A Tier says whether the httpvet command's -fix applies a rule's fixes
// without being asked for them by name.
type Tier int

const (
	// BehaviourChanging fixes change what the program does by design:
	// a timeout value, a secret read from the environment, TLS
	// verification turned back on, a header the server now sees.
	// `httpvet -diff` shows them and editors offer them, but the command
	// applies them only with -fix=all.
	BehaviourChanging Tier = iota
	// Safe fixes cannot change what working code does: a body closed on
	// a path that leaks it, a status guard where an error page would be
	// decoded as data, a transport that depends on nothing hoisted. They
	// are run against failing transports and servers in the rule's tests
	// (fixtest.RunFixed). `httpvet -fix` applies them.
	Safe
)

func (t Tier) String() string {
	if t == Safe {
		return "safe"
	}
	return "behaviour-changing"
}

// tiers records the tier of every rule built by New, by name.
var tiers sync.Map

// TierOf returns the tier of the named rule's fixes: BehaviourChanging
// for a rule New has not built (one of another suite).
func TierOf(name string) Tier {
	if t, ok := tiers.Load(name); ok {
		return t.(Tier)
	}
	return BehaviourChanging
}

// URLBase is where the rules' documentation is published.
const URLBase = "https://pkg.go.dev/github.com/httpvet/httpvet/analyzers/"

// New returns a new analyzer for r, with flags of its own: a driver that
// holds several configurations calls New once for each. The rule adds
// its own flags to the analyzer's Flags.
func New(r Rule) *analysis.Analyzer {
	tiers.Store(r.Name, r.Fixes)
	tests := new(bool)
	a := &analysis.Analyzer{
		Name:       r.Name,
		Doc:        docs.Extract(r.Doc, r.Name),
		URL:        URLBase + r.Name,
		Requires:   append(slices.Clip(r.Requires), suppress.Analyzer),
		ResultType: suppress.ResultType,
		Run: func(pass *analysis.Pass) (any, error) {
			rep := suppress.NewReporter(pass, r.Production && !*tests)
			if len(r.Imports) > 0 && !match.Imports(pass.Pkg, r.Imports...) {
				return rep.Result(), nil
			}
			if err := r.Run(pass, rep); err != nil {
				return nil, err
			}
			return rep.Result(), nil
		},
	}
	if r.Production {
		a.Flags.BoolVar(tests, "tests", false, "also check _test.go files")
	}
	return a
}
