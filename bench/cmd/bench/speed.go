package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// A timed tool of section 4.
type timed struct {
	name  string
	bin   string
	args  []string
	codes []int // exit codes of a normal run
	env   []string
	peer  *peer
	walls []time.Duration
	rss   []int64
	first *result // the first run's output, for findings
}

// Targets for httpvet against the floor.
const (
	targetTime   = 1.25
	targetMemory = 1.5
)

// runSpeed runs the floor, httpvet and the peers over the corpus, reps
// times, alternating (each repetition starts with the next tool), and
// reports medians. It returns the peers' first outputs.
func runSpeed(rep *report, rn *runner, bins *binaries, c *corpus, benchDir string, peers []*peer, gt *gosecTree, reps int, ps *positions) *peerOutputs {
	pkgs := c.importPaths()
	tools := []*timed{
		{name: "floor (no-op analyzer, inspect only)", bin: bins.floor, args: append([]string{"-json", "-test=false"}, pkgs...), codes: []int{0}},
		{name: "httpvet (all rules)", bin: bins.httpvet, args: append([]string{"-json", "-test=false"}, pkgs...), codes: []int{0, 3}},
	}
	for _, p := range peers {
		if p.err != nil {
			continue
		}
		codes := []int{0, 3}
		t := &timed{name: peerLabel(p, "G101,G402"), bin: p.bin, args: peerArgs(p, c, gt.dirs), codes: codes, peer: p}
		if p.name == "gosec" {
			t.env = gt.env
		}
		tools = append(tools, t)
	}
	for i := 0; i < reps; i++ {
		for j := range tools {
			t := tools[(i+j)%len(tools)]
			logf("speed: rep %d/%d: %s", i+1, reps, t.name)
			r := rn.runEnv(benchDir, t.env, t.bin, t.args...)
			if t.bin == bins.httpvet {
				_, aerrs, _ := parseTree(r.stdout, ps)
				for _, p := range crashCheck(fmt.Sprintf("httpvet (speed rep %d)", i+1), r, t.codes, aerrs) {
					rep.fail("%s", p)
				}
			} else if r.failed() || !contains(t.codes, r.code) {
				rep.warn("%s (rep %d): exit %d %v: %s", t.name, i+1, r.code, r.err, clip(string(r.stderr), 500))
			}
			t.walls = append(t.walls, r.wall)
			t.rss = append(t.rss, r.maxRSS)
			if t.first == nil {
				rr := r
				t.first = &rr
			}
		}
	}

	rep.section("4. Speed and memory")
	rep.printf("Each tool analyzes the same %d packages (non-test code), %d repetitions alternating between the tools; medians. Peak memory is the maximum resident set size of the process (and of the `go list` it runs). The floor is a no-op analyzer that only requires `inspect` and walks it, run by x/tools' singlechecker, which loads and analyzes as httpvet's driver does (go/packages with export data for dependencies, then the checker): what a driver costs to load and type-check the packages.\n\n", len(c.packages), reps)
	floor := tools[0]
	fw, fm := medianDur(floor.walls), medianInt(floor.rss)
	var rows [][]string
	for _, t := range tools {
		w, m := medianDur(t.walls), medianInt(t.rss)
		tr, mr := ratio(w.Seconds(), fw.Seconds()), ratio(float64(m), float64(fm))
		target := ""
		if t.bin == bins.httpvet {
			okT := w.Seconds() <= targetTime*fw.Seconds()
			okM := float64(m) <= targetMemory*float64(fm)
			target = fmt.Sprintf("time ≤ %.2f× %s, memory ≤ %.1f× %s", targetTime, mark(okT), targetMemory, mark(okM))
			if !okT {
				rep.warn("httpvet takes %s the floor's time (target ≤ %.2f×)", tr, targetTime)
			}
			if !okM {
				rep.warn("httpvet takes %s the floor's memory (target ≤ %.1f×)", mr, targetMemory)
			}
		}
		var runs []string
		for k := range t.walls {
			runs = append(runs, fmt.Sprintf("%.1f s / %d MB", t.walls[k].Seconds(), t.rss[k]/1024))
		}
		rows = append(rows, []string{t.name, secs(w), tr, mb(m), mr, target, strings.Join(runs, "; ")})
	}
	rep.table([]string{"tool", "wall", "× floor", "peak memory", "× floor", "target", "runs (wall / memory)"}, rows)

	outs := &peerOutputs{findings: make(map[string][]peerFinding)}
	for _, t := range tools {
		if t.peer != nil && t.first != nil {
			parsePeerRun(t.peer, *t.first, ps, outs)
		}
	}
	return outs
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// runIncremental times go vet -vettool=httpvet over the corpus from a
// copy of the bench module: a first run with a binary no cached result was
// made with, a re-run with nothing changed, and a run after editing one
// file of a small local package that uses net/http.
func runIncremental(rep *report, rn *runner, bins *binaries, c *corpus, root, benchDir, repoDir string) {
	dir := filepath.Join(root, "vet")
	if err := writeModule(dir, benchDir, repoDir, ""); err != nil {
		rep.fail("incremental: %v", err)
		return
	}
	touch := filepath.Join(dir, "internal", "touchme", "touchme.go")
	src, err := os.ReadFile(filepath.Join(benchDir, "internal", "touchme", "touchme.go"))
	if err == nil {
		err = os.MkdirAll(filepath.Dir(touch), 0o755)
	}
	if err == nil {
		err = os.WriteFile(touch, src, 0o644)
	}
	if err != nil {
		rep.fail("incremental: %v", err)
		return
	}
	args := append([]string{"vet", "-vettool=" + bins.vettool}, c.importPaths()...)
	args = append(args, "./internal/touchme")
	var rows [][]string
	step := func(label string) {
		logf("incremental: go vet -vettool=httpvet: %s", label)
		r := rn.run(dir, "go", args...)
		ok := !r.failed() && (r.code == 0 || r.code == 1) && !crashSigns.Match(r.stderr)
		if !ok {
			rep.fail("go vet -vettool=httpvet (%s): exit %d %v: %s", label, r.code, r.err, clip(r.output(), 1500))
		}
		rows = append(rows, []string{label, secs(r.wall), mark(ok)})
	}
	step("first run (a freshly built httpvet: nothing cached)")
	step("re-run, nothing changed")
	edited := string(src) + fmt.Sprintf("\n// edited by the bench harness at %s\n", time.Now().Format(time.RFC3339Nano))
	if err := os.WriteFile(touch, []byte(edited), 0o644); err != nil {
		rep.fail("incremental: %v", err)
		return
	}
	step("after editing one file (internal/touchme)")
	rep.printf("\n### Incremental: `go vet -vettool=httpvet`\n\n")
	rep.printf("The go command caches vet results per package: only what changed is analyzed again. %d corpus packages plus a small local package that uses net/http; the edit adds a comment to it.\n\n", len(c.packages))
	rep.table([]string{"run", "wall", "ok"}, rows)
}
