package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"syscall"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Exit codes, the same in every mode and format.
const (
	exitClean    = 0 // no findings, or every finding fixed
	exitError    = 1 // a package, pattern, module or file the run could not handle
	exitUsage    = 2 // a bad command line
	exitFindings = 3 // findings remain
)

// run is the standalone driver: it loads the packages with go/packages,
// analyzes them with x/tools' checker, and reports, fixes or diffs the
// findings. It returns the exit code.
func run(args []string, all []*analysis.Analyzer, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, all, stderr)
	if err == flag.ErrHelp {
		printHelp(stdout, all)
		return exitClean
	}
	if err != nil {
		return exitUsage
	}
	if o.version {
		fmt.Fprintf(stdout, "httpvet %s\n", version())
		return exitClean
	}
	if len(o.args) == 0 {
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "  (run 'httpvet help' for the list)")
		return exitUsage
	}
	if o.args[0] == "help" {
		if len(o.args) == 1 {
			printHelp(stdout, all)
			return exitClean
		}
		for _, name := range o.args[1:] {
			if !printRuleHelp(stdout, all, name) {
				fmt.Fprintf(stderr, "httpvet: no rule named %q\nrun 'httpvet help' for the list\n", name)
				return exitUsage
			}
		}
		return exitClean
	}
	d := &driver{opts: o, stdout: stdout, stderr: stderr, color: colorOK(stderr)}
	return d.main(selectAnalyzers(all, o.enabled))
}

type driver struct {
	opts           *options
	stdout, stderr io.Writer
	color          bool // stderr is a terminal that takes colour
	ctx            context.Context
	out            *outputFile // -o, or nil
}

func (d *driver) errorf(format string, args ...any) {
	fmt.Fprintf(d.stderr, "httpvet: "+format+"\n", args...)
}

func (d *driver) main(selected []*analysis.Analyzer) (code int) {
	// -o is checked before the analysis, which can take minutes.
	if d.opts.output != "" {
		out, err := createOutput(d.opts.output)
		if err != nil {
			d.errorf("%v", err)
			return exitError
		}
		d.out = out
		// A run that ends without output leaves no file: an earlier run's
		// findings must not pass for this one's.
		defer func() {
			if code == exitError || code == exitUsage || d.ctx.Err() != nil {
				out.abort()
			}
		}()
	}

	// SIGINT and SIGTERM cancel the load, which kills go list and the
	// compilers it runs; output files and fixes are written only by a run
	// that completes (see writeFiles for an interrupted -fix).
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	d.ctx = ctx
	go func() {
		<-ctx.Done()
		stop() // a second signal kills the process
	}()

	pkgs, err := d.load(selected)
	if ctx.Err() != nil {
		d.errorf("interrupted")
		return exitError
	}
	if err != nil {
		d.errorf("%s", err)
		return exitError
	}

	roots, broken := partition(pkgs)
	failures := d.reportBroken(broken)
	if len(roots) == 0 && !slices.ContainsFunc(broken, hasFiles) {
		return exitError // no package at all (a bad pattern): no output
	}

	var graph *checker.Graph
	if len(roots) > 0 {
		// The checker cannot be cancelled: wait for it or for a signal.
		done := make(chan error, 1)
		pruneImports(pkgs)
		go func() {
			var err error
			graph, err = checker.Analyze(selected, roots, nil)
			done <- err
		}()
		select {
		case err = <-done:
		case <-ctx.Done():
			d.errorf("interrupted")
			return exitError
		}
		if err != nil {
			d.errorf("%v", err)
			return exitError
		}
		failures = append(failures, d.reportAnalyzerErrors(graph)...)
	}

	findings := collect(graph)
	red := newRedactor(findings)
	computeKeys(findings)

	if d.opts.baseline != "" {
		if d.opts.baselineUpdate {
			if len(failures) > 0 {
				d.errorf("baseline %s not updated: the findings of the packages above are unknown", d.opts.baseline)
				return exitError
			}
			if err := writeBaseline(d.opts.baseline, findings); err != nil {
				d.errorf("%v", err)
				return exitError
			}
			fmt.Fprintf(d.stderr, "httpvet: %s: %s recorded\n", d.opts.baseline, plural(len(findings), "finding"))
			return exitClean
		}
		var hidden int
		findings, hidden, err = applyBaseline(d.opts.baseline, findings)
		if err != nil {
			d.errorf("%v", err)
			return exitError
		}
		defer func() {
			if hidden > 0 {
				fmt.Fprintf(d.stderr, "httpvet: %s recorded in %s not shown\n", plural(hidden, "finding"), d.opts.baseline)
			}
		}()
	}

	if d.opts.fix != fixNone || d.opts.diff {
		var ok bool
		findings, ok = d.fix(findings, red)
		if !ok {
			return exitError
		}
		if d.opts.diff {
			// The diff is the output; the findings were listed with it.
			if len(failures) > 0 {
				return exitError
			}
			if len(findings) > 0 {
				return exitFindings
			}
			return exitClean
		}
	}

	w := d.stdout
	if d.out != nil {
		w = d.out.f
	}
	switch d.opts.format {
	case "json":
		err = writeJSON(w, findings, red)
	case "sarif":
		err = writeSARIF(w, findings, selected, failures, red)
	default:
		// After -fix, the findings left were listed on stderr with why.
		if d.opts.fix == fixNone || d.out != nil {
			err = d.writeText(w, findings, red, d.out == nil && colorOK(d.stdout))
		}
	}
	if err == nil && d.out != nil {
		err = d.out.commit()
	}
	if err != nil {
		d.errorf("writing the output: %v", err)
		return exitError
	}
	if d.opts.format == "text" && d.opts.fix == fixNone && len(roots) > 0 {
		d.summary(findings, roots)
	}
	switch {
	case len(failures) > 0:
		return exitError
	case len(findings) > 0:
		return exitFindings
	}
	return exitClean
}

// load loads the packages named on the command line, with their test
// variants unless -test=false, from source; every other dependency comes
// from export data, as in the multichecker, even though respflow
// declares facts: see pruneImports.
func (d *driver) load(selected []*analysis.Analyzer) ([]*packages.Package, error) {
	mode := packages.LoadSyntax | packages.NeedModule
	cfg := &packages.Config{Mode: mode, Tests: d.opts.tests, Context: d.ctx}
	if d.opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + d.opts.tags}
	}
	pkgs, err := packages.Load(cfg, d.opts.args...)
	if err != nil {
		return nil, cleanLoadError(err)
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(d.opts.args, " "))
	}
	// A pattern that matches nothing inside a module loads nothing for
	// that pattern; go vet says so, and so does httpvet.
	var empty []string
	for _, p := range pkgs {
		for _, e := range p.Errors {
			if strings.Contains(e.Msg, "matched no packages") {
				empty = append(empty, e.Msg)
			}
		}
	}
	if len(empty) > 0 {
		return nil, errors.New(empty[0])
	}
	return pkgs, nil
}

// cleanLoadError turns go list's failure into the go command's own line:
// "go: go.mod file not found in current directory or any parent
// directory; see 'go help modules'", "go: go.mod requires go >= 1.27",
// without the invocation around it.
func cleanLoadError(err error) error {
	msg := err.Error()
	if i := strings.Index(msg, "stderr: "); i >= 0 {
		msg = msg[i+len("stderr: "):]
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(msg), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "go: downloading") {
			continue
		}
		lines = append(lines, l)
	}
	if len(lines) == 0 {
		return err
	}
	return errors.New(strings.Join(lines, "; "))
}

// partition splits the loaded packages into those to analyze and those
// that do not load or type-check. The test main packages (p.test) hold
// only generated code and are left out.
func partition(pkgs []*packages.Package) (roots, broken []*packages.Package) {
	for _, p := range pkgs {
		if p.Name == "main" && strings.HasSuffix(p.ID, ".test") && strings.HasSuffix(p.PkgPath, ".test") {
			continue
		}
		if len(p.Errors) > 0 || p.IllTyped {
			broken = append(broken, p)
			continue
		}
		roots = append(roots, p)
	}
	return roots, broken
}

func hasFiles(p *packages.Package) bool { return len(p.GoFiles) > 0 }

// reportBroken prints one line per broken package: the first error of
// the package that causes it (a dependency's when a dependency is
// broken), once, however many test variants and importers share it.
func (d *driver) reportBroken(broken []*packages.Package) []string {
	var lines []string
	seen := make(map[string]bool)
	for _, p := range broken {
		culprit, e := firstError(p)
		if e == nil {
			continue
		}
		line := describeError(*e)
		if culprit.PkgPath != "" && !strings.HasPrefix(line, "pattern ") {
			line = culprit.PkgPath + ": " + line
		}
		if seen[line] {
			continue
		}
		seen[line] = true
		lines = append(lines, line)
	}
	slices.Sort(lines)
	for _, l := range lines {
		d.errorf("%s", l)
	}
	return lines
}

// firstError finds the deepest package of p's imports (or p) with an
// error, and its first error.
func firstError(p *packages.Package) (*packages.Package, *packages.Error) {
	var culprit *packages.Package
	packages.Visit([]*packages.Package{p}, nil, func(q *packages.Package) {
		if culprit == nil && len(q.Errors) > 0 {
			culprit = q
		}
	})
	if culprit == nil {
		return p, &packages.Error{Msg: "does not type-check"}
	}
	// Errors from go list come before type errors; among type errors,
	// the first in the file is the compiler's first.
	return culprit, &culprit.Errors[0]
}

var newerGo = regexp.MustCompile(`requires newer Go version (go[0-9.]+)`)

// describeError is one line for a package error: the position relative
// to the current directory, the compiler's message, and for a module
// that needs a newer Go than httpvet was built with, what to do.
func describeError(e packages.Error) string {
	msg := strings.TrimSpace(e.Msg)
	if m := newerGo.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("the module requires %s, but this httpvet was built with %s: rebuild it with %s or later (go install github.com/httpvet/httpvet/cmd/httpvet@latest)", m[1], runtime.Version(), m[1])
	}
	// go list's compile errors come as "# pkg" and then every error, a
	// line each: the first is the compiler's first.
	for _, l := range strings.Split(msg, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "# ") {
			msg = strings.TrimPrefix(l, "./")
			break
		}
	}
	if strings.Contains(msg, "does not contain main module") && !inModule() {
		msg += " (go.mod file not found in current directory or any parent directory; see 'go help modules')"
	}
	if strings.HasPrefix(msg, "pattern ") {
		return msg
	}
	if e.Pos == "" || e.Pos == "-" {
		return msg
	}
	return relPath(strings.TrimPrefix(e.Pos, "./")) + ": " + msg
}

// inModule reports whether a go.mod is in the current directory or a
// parent (or GOFLAGS or GOWORK name one elsewhere).
func inModule() bool {
	for dir := cwd; dir != ""; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return os.Getenv("GOWORK") != "" && os.Getenv("GOWORK") != "off"
}

// reportAnalyzerErrors prints an analyzer's own failure (a bug in
// httpvet, not in the code analyzed) once, without the "failed
// prerequisites" lines of the analyzers that depend on it.
func (d *driver) reportAnalyzerErrors(graph *checker.Graph) []string {
	var lines []string
	for act := range graph.All() {
		if act.Err == nil || strings.Contains(act.Err.Error(), "failed prerequisites") {
			continue
		}
		lines = append(lines, fmt.Sprintf("internal error: %s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err))
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	for _, l := range lines {
		d.errorf("%s", l)
	}
	return lines
}

// pruneImports cuts from the import graph of pkgs every edge to a
// package that the checker must not analyze, so that analyzers with
// facts (respflow's summaries) run on the packages loaded from source
// and on nothing else:
//
//   - a package loaded from export data (no syntax): the checker would
//     run the fact-producing analyzers on it and find no files (the
//     checker expects packages.LoadAllSyntax, which parses and
//     type-checks every dependency, the standard library included: 3–5×
//     the time and 5× the memory of the run). Calls of its functions are
//     judged by the model in knowledge, then by their signatures.
//   - a broken package (load or type errors): its actions fail, and the
//     checker would fail every importer's too ("failed prerequisites").
//
// Roots import each other through the same *packages.Package (go/packages
// keeps one per ID, and type-checks an importer against the imported
// root's own types.Package), so a fact that one root's pass exports on a
// function is found by the passes of the roots that import it. A package
// that imports a root is itself loaded from source (go/packages marks it
// so), so no fact is lost by cutting the edges to export data: a test
// variant (p [p.test]) and the packages recompiled for it keep their
// edges.
//
// The Imports maps are only read by the checker afterwards; the broken
// packages were reported before.
func pruneImports(pkgs []*packages.Package) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for path, q := range p.Imports {
			if len(q.Syntax) == 0 || q.TypesInfo == nil || q.IllTyped || len(q.Errors) > 0 {
				delete(p.Imports, path)
			}
		}
	})
}

var cwd, _ = os.Getwd()

// relPath shortens a path (or a path:line:col position) below the
// current directory to a relative one.
func relPath(path string) string {
	if cwd == "" || !filepath.IsAbs(path) {
		return path
	}
	if rel, err := filepath.Rel(cwd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "x") {
		return fmt.Sprintf("%d %ses", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
