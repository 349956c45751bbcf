package bench

// Go benchmarks of the analyzers' hot paths on real code: a few corpus
// packages are loaded once (syntax and types, dependencies from export
// data, as the httpvet command loads them), then each benchmark only
// analyzes them. Compare BenchmarkSuite with BenchmarkFloor, the no-op
// analyzer the harness measures against:
//
//	go test -run=NONE -bench=. -benchmem

import (
	"errors"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/httpvet/httpvet/analyzers"
	"github.com/httpvet/httpvet/bench/internal/floor"
)

// benchPackages are large, HTTP-heavy packages of the corpus.
var benchPackages = []string{
	"github.com/google/go-github/v66/github",
	"github.com/PagerDuty/go-pagerduty",
	"github.com/hashicorp/vault/api",
	"github.com/go-resty/resty/v2",
	"github.com/sashabaranov/go-openai",
	"github.com/minio/minio-go/v7",
}

var (
	loadOnce sync.Once
	loaded   []*packages.Package
	loadErr  error
)

func load(tb testing.TB) []*packages.Package {
	tb.Helper()
	loadOnce.Do(func() {
		cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule}
		loaded, loadErr = packages.Load(cfg, benchPackages...)
		if loadErr == nil && packages.PrintErrors(loaded) > 0 {
			loadErr = errors.New("the benchmark packages do not load")
		}
		// As the httpvet command does (cmd/httpvet's pruneImports): the
		// analyzers with facts (respflow) run on the packages loaded from
		// source, not on the dependencies loaded from export data.
		packages.Visit(loaded, nil, func(p *packages.Package) {
			for path, q := range p.Imports {
				if len(q.Syntax) == 0 || q.TypesInfo == nil || q.IllTyped || len(q.Errors) > 0 {
					delete(p.Imports, path)
				}
			}
		})
	})
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
	return loaded
}

func analyze(b *testing.B, as []*analysis.Analyzer) {
	pkgs := load(b)
	b.ReportAllocs()
	for b.Loop() {
		graph, err := checker.Analyze(as, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		for act := range graph.All() {
			if act.Err != nil {
				b.Fatalf("%s: %v", act, act.Err)
			}
		}
	}
}

// BenchmarkFloor is the cost of running any analyzer: inspect and a walk.
func BenchmarkFloor(b *testing.B) { analyze(b, []*analysis.Analyzer{floor.Analyzer}) }

// BenchmarkSuite runs every rule and the ignore analyzer, as httpvet does.
func BenchmarkSuite(b *testing.B) { analyze(b, analyzers.All()) }

// BenchmarkRule runs each rule alone (with what it requires).
func BenchmarkRule(b *testing.B) {
	for _, a := range analyzers.Rules() {
		b.Run(a.Name, func(b *testing.B) { analyze(b, []*analysis.Analyzer{a}) })
	}
}

// TestSuiteRuns checks, quickly, that the suite analyzes the benchmark
// packages without an error.
func TestSuiteRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real packages")
	}
	graph, err := checker.Analyze(analyzers.All(), load(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
	}
}
