// Command bench runs httpvet over a corpus of real Go modules (corpus.txt,
// pinned by this module's go.mod and go.sum) and reports, in one run:
//
//  1. crashes: panics, analyzer errors, a failing exit code;
//  2. findings per rule and module, and precision per rule from the
//     verdicts in triage.tsv;
//  3. fixes: -fix on a scratch copy of the corpus, which must still build
//     and which a second -fix must leave alone;
//  4. speed and memory against a floor (a no-op analyzer run by the same
//     driver) and peers, and incremental go vet -vettool times;
//  5. the peers' findings next to httpvet's, rule by rule.
//
// Usage, from the bench directory:
//
//	go run ./cmd/bench [-reps 3] [-out report.md]   everything
//	go run ./cmd/bench -quick                      CI: crashes and fixes on a few modules
//
// It exits 1 when httpvet crashes or reports an analyzer error, when the
// corpus does not load, or when the fixed corpus does not build or a
// second -fix changes something.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/httpvet/httpvet/analyzers"
)

type binaries struct {
	httpvet string // the command, built from the working tree
	vettool string // the same, with a unique build ID: no cached vet results
	floor   string
}

var (
	quick      = flag.Bool("quick", false, "CI subset: the corpus lines tagged quick; crashes, findings and fixes only")
	reps       = flag.Int("reps", 3, "repetitions of each timed run")
	outFile    = flag.String("out", "", "also write the report (markdown) to this file")
	corpusFile = flag.String("corpus", "corpus.txt", "the package patterns")
	triageFile = flag.String("triage", "triage.tsv", "the verdicts of findings")
	todoFile   = flag.String("todo", "", "write the findings with no verdict to this file, as triage lines to fill in")
	toolsDir   = flag.String("tools", "", "where to install the peers (default: a directory under the system temp dir, kept between runs)")
	sections   = flag.String("sections", "", "comma-separated sections to run: crashes,findings,fixes,speed,peers (default: all; with -quick: crashes,findings,fixes)")
	keep       = flag.Bool("keep", false, "keep the scratch directory")
	timeout    = flag.Duration("timeout", 90*time.Minute, "time limit of each command")
	verbose    = flag.Bool("v", false, "log every command")
	bodycloseV = flag.String("bodyclose", "latest", "version of github.com/timakin/bodyclose")
	noctxV     = flag.String("noctx", "latest", "version of github.com/sonatard/noctx")
	gosecV     = flag.String("gosec", "latest", "version of github.com/securego/gosec/v2")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./cmd/bench [flags]   (from the bench directory)\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	os.Exit(run())
}

func run() int {
	start := time.Now()
	benchDir, err := os.Getwd()
	if err != nil {
		logf("%v", err)
		return 1
	}
	if data, err := os.ReadFile(filepath.Join(benchDir, "go.mod")); err != nil || !strings.Contains(string(data), "module github.com/httpvet/httpvet/bench\n") {
		logf("run from the bench directory (module github.com/httpvet/httpvet/bench)")
		return 1
	}
	repoDir := filepath.Dir(benchDir)
	want := map[string]bool{}
	switch {
	case *sections != "":
		for _, s := range strings.Split(*sections, ",") {
			want[strings.TrimSpace(s)] = true
		}
	case *quick:
		want = map[string]bool{"crashes": true, "findings": true, "fixes": true}
	default:
		want = map[string]bool{"crashes": true, "findings": true, "fixes": true, "speed": true, "peers": true}
	}
	want["crashes"] = true // everything else builds on the -json run

	// The scratch directory has a fixed name per mode: the go command's
	// build cache keys compiled packages by their directory, so that a
	// second run does not compile the copied corpus again. Two runs of the
	// same mode must not run at once.
	mode := "full"
	if *quick {
		mode = "quick"
	}
	root := filepath.Join(os.TempDir(), "httpvet-bench-scratch-"+mode)
	if err := os.RemoveAll(root); err != nil {
		logf("%v", err)
		return 1
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		logf("%v", err)
		return 1
	}
	if *keep {
		logf("scratch directory: %s", root)
	} else {
		defer os.RemoveAll(root)
	}
	rn := &runner{env: goEnv(), timeout: *timeout, verbose: *verbose}
	rep := &report{}

	// The corpus.
	lines, err := readCorpus(filepath.Join(benchDir, *corpusFile))
	if err != nil {
		logf("%v", err)
		return 1
	}
	logf("resolving the corpus (%s)", *corpusFile)
	c, problems, err := loadCorpus(rn, benchDir, lines, *quick)
	if err != nil {
		logf("%v", err)
		return 1
	}
	title := "httpvet on real code"
	if *quick {
		title += " (-quick)"
	}
	rep.printf("# %s\n\n", title)
	rep.printf("%s, %s, %d CPUs (GOMAXPROCS %d), %s/%s.\n\n", start.Format("2006-01-02 15:04 MST"), runtime.Version(), runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH)
	rep.printf("Corpus: %d modules, %d packages, %d files of non-test code, from %d patterns of %s.\n\n", len(c.modules), len(c.packages), c.files, len(c.patterns), *corpusFile)
	var mrows [][]string
	for _, m := range c.modules {
		mrows = append(mrows, []string{m.Path, m.Version, fmt.Sprint(m.Packages)})
	}
	rep.printf("<details><summary>Modules</summary>\n\n")
	rep.table([]string{"module", "version", "packages"}, mrows)
	rep.printf("\n</details>\n")
	if len(problems) > 0 {
		rep.section("Corpus errors")
		rep.printf("These packages do not load in the bench module; drop or narrow their patterns in %s:\n\n", *corpusFile)
		rep.list(problems, 200)
		rep.fail("%d corpus package(s) do not load", len(problems))
		return finish(rep, start)
	}

	ps := &positions{}
	for _, m := range c.modules {
		ps.add(m.Dir, m)
	}

	// Binaries.
	bins, err := build(rn, benchDir, filepath.Join(root, "bin"))
	if err != nil {
		rep.fail("%v", err)
		return finish(rep, start)
	}

	// 1. Crashes, with the run that gives the findings.
	logf("crashes: httpvet -json -test=false on %d packages", len(c.packages))
	r := rn.run(benchDir, bins.httpvet, append([]string{"-json", "-test=false"}, c.importPaths()...)...)
	findings, aerrs, perr := parseTree(r.stdout, ps)
	crashes := crashCheck("httpvet -json", r, []int{0, 3}, aerrs)
	if perr != nil && len(crashes) == 0 {
		crashes = append(crashes, fmt.Sprintf("httpvet -json: %v", perr))
	}
	rep.section("1. Crashes")
	rep.table([]string{"run", "packages", "exit code", "panics", "analyzer errors", "wall", "ok"}, [][]string{{
		"`httpvet -json -test=false`", fmt.Sprint(len(c.packages)), fmt.Sprint(r.code),
		fmt.Sprint(boolInt(crashSigns.Match(r.stderr))), fmt.Sprint(len(aerrs)), secs(r.wall), mark(len(crashes) == 0),
	}})
	if len(crashes) > 0 {
		rep.printf("\n")
		rep.list(crashes, 50)
		for _, p := range crashes {
			rep.fail("%s", p)
		}
		rep.printf("\nEvery other httpvet run of this harness (fixes, timing) is checked the same way; failures are listed in the summary.\n")
	} else {
		rep.printf("\nNo panic, no analyzer error, exit code 0 or 3 (findings). Every other httpvet run of this harness (fixes, timing) is checked the same way.\n")
	}

	// 2. Findings and triage.
	tl, tproblems, err := readTriage(filepath.Join(benchDir, *triageFile))
	if err != nil {
		rep.fail("%v", err)
	}
	t := joinTriage(findings, tl, c)
	if want["findings"] {
		reportFindings(rep, findings, c, t, tproblems)
	}
	if *todoFile != "" {
		if err := os.WriteFile(*todoFile, []byte(todoLines(t.untriaged)), 0o644); err != nil {
			rep.fail("%v", err)
		}
	}

	// 3. Fixes.
	if want["fixes"] {
		logf("fixes: copying %d modules", len(c.modules))
		sc, err := makeScratch(root, benchDir, repoDir, c, ps)
		if err != nil {
			rep.fail("fixes: %v", err)
		} else {
			runFixes(rep, rn, bins, c, sc, ps, benchDir, findings)
		}
	}

	// 4 and 5. Speed, memory and peers.
	var peers []*peer
	var gt *gosecTree
	if want["speed"] || want["peers"] {
		logf("peers: copying %d modules for gosec", len(c.modules))
		var problems []string
		var err error
		if gt, problems, err = makeGosecTree(rn, root, benchDir, repoDir, c, ps); err != nil {
			rep.fail("gosec: %v", err)
			return finish(rep, start)
		}
		for _, p := range problems {
			rep.warn("gosec workspace: %s", p)
		}
		dir := *toolsDir
		if dir == "" {
			dir = filepath.Join(os.TempDir(), "httpvet-bench-tools")
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			rep.fail("%v", err)
			return finish(rep, start)
		}
		dir, _ = filepath.Abs(dir)
		peers = installPeers(rn, dir, map[string]string{"bodyclose": *bodycloseV, "noctx": *noctxV, "gosec": *gosecV})
		for _, p := range peers {
			if p.err != nil {
				rep.warn("peer %s not installed: %v", p.name, p.err)
			}
		}
	}
	var outs *peerOutputs
	if want["speed"] {
		outs = runSpeed(rep, rn, bins, c, benchDir, peers, gt, max(1, *reps), ps)
		runIncremental(rep, rn, bins, c, root, benchDir, repoDir)
	} else if want["peers"] {
		outs = &peerOutputs{findings: make(map[string][]peerFinding)}
		for _, p := range peers {
			if p.err == nil {
				logf("peers: %s", p.name)
				var env []string
				if p.name == "gosec" {
					env = gt.env
				}
				parsePeerRun(p, rn.runEnv(benchDir, env, p.bin, peerArgs(p, c, gt.dirs)...), ps, outs)
			}
		}
	}
	if want["peers"] {
		reportPeers(rep, peers, outs, findings, t)
	}
	return finish(rep, start)
}

// goEnv is the environment of every command: no workspace, the bench
// module's go.mod and go.sum as they are.
func goEnv() []string {
	env := os.Environ()
	flags := os.Getenv("GOFLAGS")
	env = append(env, "GOWORK=off", "GOFLAGS="+strings.TrimSpace(flags+" -mod=readonly"))
	return env
}

// build builds httpvet from the working tree (through the replace
// directive) and the floor.
func build(rn *runner, benchDir, dir string) (*binaries, error) {
	b := &binaries{
		httpvet: filepath.Join(dir, "httpvet"),
		vettool: filepath.Join(dir, "httpvet-vet"),
		floor:   filepath.Join(dir, "floor"),
	}
	nonce := fmt.Sprintf("-ldflags=-X=main.benchBuild=%d", time.Now().UnixNano())
	for _, args := range [][]string{
		{"build", "-o", b.httpvet, "github.com/httpvet/httpvet/cmd/httpvet"},
		{"build", nonce, "-o", b.vettool, "github.com/httpvet/httpvet/cmd/httpvet"},
		{"build", "-o", b.floor, "./cmd/floor"},
	} {
		logf("go %s", strings.Join(args, " "))
		r := rn.run(benchDir, "go", args...)
		if r.failed() || r.code != 0 {
			return nil, fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), r.err, r.output())
		}
	}
	return b, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ruleNames lists httpvet's analyzers in their order, then any other
// rule that reported.
func ruleNames(findings []finding) []string {
	var names []string
	seen := make(map[string]bool)
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
		seen[a.Name] = true
	}
	var extra []string
	for _, f := range findings {
		if !seen[f.rule] {
			seen[f.rule] = true
			extra = append(extra, f.rule)
		}
	}
	sort.Strings(extra)
	return append(names, extra...)
}

func reportFindings(rep *report, findings []finding, c *corpus, t triaged, tproblems []string) {
	rep.section("2. Findings")
	rules := ruleNames(findings)
	count := make(map[string]map[string]int) // module -> rule -> n
	total := make(map[string]int)
	for _, f := range findings {
		mod := "(other)"
		if f.module != nil {
			mod = f.module.Path
		}
		if count[mod] == nil {
			count[mod] = make(map[string]int)
		}
		count[mod][f.rule]++
		total[f.rule]++
	}
	header := append([]string{"module"}, rules...)
	header = append(header, "total")
	var rows [][]string
	var mods []string
	for m := range count {
		mods = append(mods, m)
	}
	sort.Strings(mods)
	for _, m := range mods {
		row := []string{m}
		n := 0
		for _, r := range rules {
			row = append(row, cell(count[m][r]))
			n += count[m][r]
		}
		rows = append(rows, append(row, fmt.Sprint(n)))
	}
	row := []string{fmt.Sprintf("**all %d modules**", len(c.modules))}
	for _, r := range rules {
		row = append(row, fmt.Sprint(total[r]))
	}
	rows = append(rows, append(row, fmt.Sprint(len(findings))))
	rep.printf("%d findings in %d of the %d modules (the others have none).\n\n", len(findings), len(mods), len(c.modules))
	rep.table(header, rows)

	rep.printf("\n### Precision (from %s)\n\n", *triageFile)
	rep.printf("Every finding looked at has a verdict: `true` (a real bug), `intended` (what the rule's documentation says it reports), `false` (a false positive). Precision = (true + intended) / triaged.\n\n")
	var prows [][]string
	var all [4]int
	for _, r := range rules {
		var n [4]int // true, intended, false, untriaged
		for _, f := range findings {
			if f.rule != r {
				continue
			}
			switch t.verdict[findingKey(f)] {
			case "true":
				n[0]++
			case "intended":
				n[1]++
			case "false":
				n[2]++
			default:
				n[3]++
			}
		}
		if n[0]+n[1]+n[2]+n[3] == 0 {
			continue
		}
		for i := range n {
			all[i] += n[i]
		}
		prows = append(prows, []string{r, fmt.Sprint(n[0] + n[1] + n[2] + n[3]), fmt.Sprint(n[0]), fmt.Sprint(n[1]), fmt.Sprint(n[2]), fmt.Sprint(n[3]), pct(n[0]+n[1], n[0]+n[1]+n[2])})
	}
	prows = append(prows, []string{"**all**", fmt.Sprint(all[0] + all[1] + all[2] + all[3]), fmt.Sprint(all[0]), fmt.Sprint(all[1]), fmt.Sprint(all[2]), fmt.Sprint(all[3]), pct(all[0]+all[1], all[0]+all[1]+all[2])})
	rep.table([]string{"rule", "findings", "true", "intended", "false", "untriaged", "precision"}, prows)

	if len(t.untriaged) > 0 {
		rep.printf("\nFindings with no verdict yet (%d; `-todo FILE` writes them as triage lines):\n\n", len(t.untriaged))
		var items []string
		for _, f := range t.untriaged {
			items = append(items, f.pos+" "+f.rule+": "+f.message)
		}
		rep.list(items, 50)
		rep.warn("%d finding(s) have no verdict in %s", len(t.untriaged), *triageFile)
	}
	if len(t.stale) > 0 {
		rep.printf("\nTriage lines that match no finding any more (%d):\n\n", len(t.stale))
		var items []string
		for _, l := range t.stale {
			items = append(items, fmt.Sprintf("%s:%d: %s %s %s", *triageFile, l.line, l.pos, l.rule, l.verdict))
		}
		rep.list(items, 50)
		rep.warn("%d triage line(s) match no finding", len(t.stale))
	}
	if len(tproblems) > 0 {
		rep.printf("\nMalformed triage lines:\n\n")
		rep.list(tproblems, 50)
		rep.warn("%d malformed triage line(s)", len(tproblems))
	}
}

func cell(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprint(n)
}

// finish prints the summary and the report, and returns the exit code.
func finish(rep *report, start time.Time) int {
	rep.section("Summary")
	if len(rep.failures) == 0 {
		rep.printf("**PASS**: no crash, no analyzer error; the fixed corpus builds and a second -fix changes nothing.\n")
	} else {
		rep.printf("**FAIL** (%d):\n\n", len(rep.failures))
		rep.list(rep.failures, 100)
	}
	if len(rep.warnings) > 0 {
		rep.printf("\nNotes:\n\n")
		for _, w := range rep.warnings {
			rep.printf("- %s\n", w)
		}
	}
	rep.printf("\nHarness run time: %s.\n", time.Since(start).Round(time.Second))
	out := rep.b.String()
	fmt.Print(out)
	if *outFile != "" {
		if err := os.WriteFile(*outFile, []byte(out), 0o644); err != nil {
			logf("%v", err)
			return 1
		}
	}
	if len(rep.failures) > 0 {
		return 1
	}
	return 0
}
