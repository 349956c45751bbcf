package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
)

// A peer is another linter run on the same packages.
type peer struct {
	name    string // bodyclose, noctx, gosec
	bin     string
	version string
	err     error // could not be installed
}

// peerModules are the peers' modules and commands.
var peerModules = map[string]struct{ module, pkg string }{
	"bodyclose": {"github.com/timakin/bodyclose", "github.com/timakin/bodyclose"},
	"noctx":     {"github.com/sonatard/noctx", ""}, // built as a singlechecker, see installNoctx
	"gosec":     {"github.com/securego/gosec/v2", "github.com/securego/gosec/v2/cmd/gosec"},
}

// installPeers builds the peers from the module proxy into toolsDir.
func installPeers(rn *runner, toolsDir string, versions map[string]string) []*peer {
	var peers []*peer
	for _, name := range []string{"bodyclose", "noctx", "gosec"} {
		p := &peer{name: name, bin: filepath.Join(toolsDir, name)}
		spec := peerModules[name]
		v := versions[name]
		logf("peers: installing %s@%s", spec.module, v)
		if name == "noctx" {
			p.err = installNoctx(rn, toolsDir, v)
		} else {
			// go install pkg@version ignores any go.mod around toolsDir;
			// peerEnv keeps the bench module's flags out of it.
			r := rn.runEnv(toolsDir, append(peerEnv(), "GOBIN="+toolsDir), "go", "install", spec.pkg+"@"+v)
			if r.failed() || r.code != 0 {
				p.err = fmt.Errorf("go install %s@%s: %v %s", spec.pkg, v, r.err, clip(r.output(), 1000))
			}
		}
		if p.err == nil {
			p.version = binaryVersion(rn, p.bin, spec.module)
		}
		peers = append(peers, p)
	}
	return peers
}

// peerEnv is the environment of the commands that build the peers. They
// build the peers' modules, not this one, so the bench module's settings
// must not reach them: no workspace, and GOFLAGS without -mod or -modfile
// (goEnv adds -mod=readonly, and the caller's GOFLAGS may hold either).
// Under -mod=readonly, go install pkg@version refuses to resolve the
// imports a module's go.mod leaves out, and bodyclose's does ("updates to
// go.mod needed, disabled by -mod=readonly"). -mod=mod is what go install
// pkg@version does anyway and what go get and go mod tidy need in the
// noctx module; it also keeps GOFLAGS non-empty, since the go command
// reads an empty GOFLAGS from its go env file, which may hold -mod too.
func peerEnv() []string {
	var flags []string
	for _, f := range strings.Fields(os.Getenv("GOFLAGS")) {
		name, _, _ := strings.Cut(strings.TrimLeft(f, "-"), "=")
		if name != "mod" && name != "modfile" {
			flags = append(flags, f)
		}
	}
	return []string{"GOWORK=off", "GOFLAGS=" + strings.Join(append(flags, "-mod=mod"), " ")}
}

// installNoctx builds noctx as a singlechecker: its own command
// (cmd/noctx) is a unitchecker, which only runs under go vet, and the
// comparison must use the driver httpvet and the floor use.
func installNoctx(rn *runner, toolsDir, version string) error {
	dir := filepath.Join(toolsDir, "noctx-singlechecker")
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	main := `// Command noctx runs github.com/sonatard/noctx with singlechecker.
package main

import (
	"github.com/sonatard/noctx"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(noctx.Analyzer) }
`
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(main), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module noctxsinglechecker\n\ngo 1.24\n"), 0o644); err != nil {
		return err
	}
	for _, args := range [][]string{
		{"get", "github.com/sonatard/noctx@" + version},
		{"mod", "tidy"},
		// -buildvcs=false: with -tools, dir may lie in a repository, whose
		// status is not noctx's and may fail to load (git's "dubious
		// ownership" in containers).
		{"build", "-buildvcs=false", "-o", filepath.Join(toolsDir, "noctx"), "."},
	} {
		r := rn.runEnv(dir, peerEnv(), "go", args...)
		if r.failed() || r.code != 0 {
			return fmt.Errorf("go %s: %v %s", strings.Join(args, " "), r.err, clip(r.output(), 1000))
		}
	}
	return nil
}

// binaryVersion reads the version of module mod built into bin.
func binaryVersion(rn *runner, bin, mod string) string {
	r := rn.run(filepath.Dir(bin), "go", "version", "-m", bin)
	for _, line := range strings.Split(string(r.stdout), "\n") {
		f := strings.Fields(line)
		if len(f) >= 3 && (f[0] == "mod" || f[0] == "dep") && f[1] == mod {
			return f[2]
		}
	}
	return "?"
}

// A peerFinding is one diagnostic of a peer.
type peerFinding struct {
	rule    string // bodyclose, noctx, G101, G402
	pos     string // stable
	message string
}

var textDiag = regexp.MustCompile(`(?m)^(.+\.go):(\d+):(\d+): (.*)$`)

// parseText reads singlechecker text output.
func parseText(rule string, out []byte, ps *positions) []peerFinding {
	var fs []peerFinding
	seen := make(map[string]bool)
	for _, m := range textDiag.FindAllSubmatch(out, -1) {
		_, pos := ps.stable(string(m[1]) + ":" + string(m[2]) + ":" + string(m[3]))
		if seen[pos+string(m[4])] {
			continue
		}
		seen[pos+string(m[4])] = true
		fs = append(fs, peerFinding{rule: rule, pos: pos, message: string(m[4])})
	}
	return fs
}

// parseGosec reads gosec -fmt=json output. It returns the issues and the
// number of files with load or type errors gosec reported.
func parseGosec(out []byte, ps *positions) ([]peerFinding, []string, error) {
	var doc struct {
		Errors map[string][]struct {
			Line   int    `json:"line"`
			Column int    `json:"column"`
			Error  string `json:"error"`
		} `json:"Golang errors"`
		Issues []struct {
			RuleID  string `json:"rule_id"`
			Details string `json:"details"`
			File    string `json:"file"`
			Line    string `json:"line"`
			Column  string `json:"column"`
		} `json:"Issues"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, nil, fmt.Errorf("gosec output: %v", err)
	}
	var fs []peerFinding
	for _, is := range doc.Issues {
		line, _, _ := strings.Cut(is.Line, "-") // "12-14" for a range
		_, pos := ps.stable(is.File + ":" + line + ":" + is.Column)
		fs = append(fs, peerFinding{rule: is.RuleID, pos: pos, message: is.Details})
	}
	var errs []string
	for file, es := range doc.Errors {
		for _, e := range es {
			_, pos := ps.stable(fmt.Sprintf("%s:%d:%d", file, e.Line, e.Column))
			errs = append(errs, pos+": "+e.Error)
		}
	}
	sort.Strings(errs)
	return fs, errs, nil
}

// comparison of one peer rule with one httpvet rule.
type comparison struct {
	peerRule, rule     string
	peer, ours         int
	both               int
	peerOnly, oursOnly []string
	oursVerdicts       map[string]int // verdicts of our findings
	bothVerdicts       map[string]int
}

func compare(peerRule string, peerFs []peerFinding, rule string, ours []finding, t triaged) comparison {
	cmp := comparison{peerRule: peerRule, rule: rule, oursVerdicts: map[string]int{}, bothVerdicts: map[string]int{}}
	peerLines := make(map[string]bool)
	for _, f := range peerFs {
		if f.rule == peerRule {
			cmp.peer++
			peerLines[lineKey(f.pos)] = true
		}
	}
	ourLines := make(map[string]bool)
	for _, f := range ours {
		if f.rule != rule {
			continue
		}
		cmp.ours++
		k := lineKey(f.pos)
		ourLines[k] = true
		v := t.verdict[findingKey(f)]
		if v == "" {
			v = "untriaged"
		}
		cmp.oursVerdicts[v]++
		if peerLines[k] {
			cmp.bothVerdicts[v]++
		}
	}
	for k := range peerLines {
		if ourLines[k] {
			cmp.both++
		} else {
			cmp.peerOnly = append(cmp.peerOnly, k)
		}
	}
	for k := range ourLines {
		if !peerLines[k] {
			cmp.oursOnly = append(cmp.oursOnly, k)
		}
	}
	sort.Slice(cmp.peerOnly, func(i, j int) bool { return posLess(cmp.peerOnly[i], cmp.peerOnly[j]) })
	sort.Slice(cmp.oursOnly, func(i, j int) bool { return posLess(cmp.oursOnly[i], cmp.oursOnly[j]) })
	return cmp
}

func verdictSummary(m map[string]int) string {
	var parts []string
	for _, v := range []string{"true", "intended", "false", "untriaged"} {
		if m[v] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", m[v], v))
		}
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, ", ")
}

// peerOutputs are the outputs of one run of each peer.
type peerOutputs struct {
	findings map[string][]peerFinding // peer name -> findings
	notes    []string
}

func parsePeerRun(p *peer, r result, ps *positions, out *peerOutputs) {
	switch p.name {
	case "bodyclose", "noctx":
		out.findings[p.name] = parseText(p.name, append(append([]byte(nil), r.stderr...), r.stdout...), ps)
		if r.code != 0 && r.code != 3 {
			out.notes = append(out.notes, fmt.Sprintf("%s exited %d: %s", p.name, r.code, clip(string(r.stderr), 500)))
		}
	case "gosec":
		fs, errs, err := parseGosec(r.stdout, ps)
		if err != nil {
			out.notes = append(out.notes, fmt.Sprintf("gosec: %v (exit %d): %s", err, r.code, clip(string(r.stderr), 500)))
		}
		if n := len(errs); n > 0 {
			if n > 5 {
				errs = append(errs[:5], fmt.Sprintf("… and %d more", len(errs)-5))
			}
			out.notes = append(out.notes, fmt.Sprintf("gosec reported %d load or type errors: %s", n, strings.Join(errs, "; ")))
		}
		out.findings[p.name] = fs
	}
}

// peerArgs are the arguments each peer is run with on the corpus.
func peerArgs(p *peer, c *corpus, gosecDirs []string) []string {
	switch p.name {
	case "gosec":
		// -no-fail: exit 0 with issues.
		return append([]string{"-include=G101,G402", "-fmt=json", "-no-fail"}, gosecDirs...)
	default:
		return append([]string{"-test=false"}, c.importPaths()...)
	}
}

// gosecTree is where gosec runs: gosec takes directories and loads each
// one with the go.mod it finds above it. In the module cache the go
// command refuses module mode, and a copy's go.mod alone would miss the
// corpus's go.sum; files loaded from a directory outside their module
// cannot import its internal packages. So the corpus modules are copied
// (with their go.mod) and joined in a workspace with a copy of this
// module: every package loads as itself, with dependencies resolved for
// the whole workspace.
type gosecTree struct {
	dirs []string // the corpus packages, in the copies
	env  []string // GOWORK=…
}

func makeGosecTree(rn *runner, root, benchDir, repoDir string, c *corpus, ps *positions) (*gosecTree, []string, error) {
	dir := filepath.Join(root, "gosec")
	if err := writeModule(filepath.Join(dir, "mod"), benchDir, repoDir, ""); err != nil {
		return nil, nil, err
	}
	work := "go " + goVersion(benchDir) + "\n\nuse ./mod\n"
	copies := make(map[string]string)
	for i, m := range c.modules {
		name := fmt.Sprintf("%02d-%s", i, strings.ReplaceAll(m.ID(), "/", "_"))
		dst := filepath.Join(dir, "src", name)
		if err := copyTree(m.Dir, dst); err != nil {
			return nil, nil, err
		}
		if _, err := os.Stat(filepath.Join(dst, "go.mod")); os.IsNotExist(err) {
			if err := os.WriteFile(filepath.Join(dst, "go.mod"), []byte("module "+m.Path+"\n"), 0o644); err != nil {
				return nil, nil, err
			}
		}
		copies[m.Path] = dst
		ps.add(dst, m)
		work += "use ./src/" + name + "\n"
	}
	goWork := filepath.Join(dir, "go.work")
	if err := os.WriteFile(goWork, []byte(work), 0o644); err != nil {
		return nil, nil, err
	}
	t := &gosecTree{env: []string{"GOWORK=" + goWork, "GOFLAGS=" + os.Getenv("GOFLAGS")}}
	for _, p := range c.packages {
		m := c.byPath[p.Module.Path]
		rel, err := filepath.Rel(m.Dir, p.Dir)
		if err != nil {
			return nil, nil, err
		}
		t.dirs = append(t.dirs, filepath.Join(copies[m.Path], rel))
	}
	// Resolve the workspace once (it may download modules the copies'
	// go.mod files require), so that the timed runs do not.
	args := append([]string{"list", "-e", "-deps", "-f", "{{if .Error}}{{.ImportPath}}: {{.Error}}{{end}}"}, c.importPaths()...)
	r := rn.runEnv(dir, t.env, "go", args...)
	var problems []string
	if r.failed() || r.code != 0 {
		problems = append(problems, "go list in the gosec workspace: "+clip(r.output(), 1000))
	}
	for _, line := range strings.Split(strings.TrimSpace(string(r.stdout)), "\n") {
		if line != "" {
			problems = append(problems, line)
		}
	}
	return t, problems, nil
}

// goVersion is the go version for the workspace: the toolchain's, which
// is at least every module's (they all loaded).
func goVersion(benchDir string) string {
	if v := strings.TrimPrefix(runtime.Version(), "go"); regexp.MustCompile(`^\d+\.\d+(\.\d+)?$`).MatchString(v) {
		return v
	}
	data, _ := os.ReadFile(filepath.Join(benchDir, "go.mod"))
	if m := regexp.MustCompile(`(?m)^go (\S+)`).FindSubmatch(data); m != nil {
		return string(m[1])
	}
	return "1.26"
}

func reportPeers(rep *report, peers []*peer, outs *peerOutputs, findings []finding, t triaged) {
	rep.section("5. Peers' findings on the same packages")
	pairs := []struct{ peer, peerRule, rule string }{
		{"bodyclose", "bodyclose", "bodyclose"},
		{"noctx", "noctx", "clienttimeout"},
		{"gosec", "G101", "secrets"},
		{"gosec", "G402", "insecuretls"},
	}
	byName := make(map[string]*peer)
	for _, p := range peers {
		byName[p.name] = p
	}
	var rows [][]string
	var cmps []comparison
	for _, pr := range pairs {
		p := byName[pr.peer]
		label := peerLabel(p, pr.peerRule)
		if p == nil || p.err != nil || outs == nil {
			rows = append(rows, []string{label, "not run", "httpvet " + pr.rule, "", "", "", "", ""})
			continue
		}
		c := compare(pr.peerRule, outs.findings[pr.peer], pr.rule, findings, t)
		cmps = append(cmps, c)
		rows = append(rows, []string{label, fmt.Sprint(c.peer), "httpvet " + pr.rule, fmt.Sprint(c.ours), fmt.Sprint(c.both), fmt.Sprint(len(c.peerOnly)), fmt.Sprint(len(c.oursOnly)), verdictSummary(c.oursVerdicts)})
	}
	rep.table([]string{"peer", "findings", "httpvet rule", "findings", "same file:line", "peer only", "httpvet only", "httpvet verdicts (triage)"}, rows)
	rep.printf("\nnoctx reports requests built or sent without a context; clienttimeout reports requests that can wait forever. They overlap where a context-less request goes through a client with no timeout. gosec's G101 is a name-and-entropy heuristic, G402 reports any `InsecureSkipVerify` that may be true (run-time values included).\n")
	if outs != nil {
		for _, n := range outs.notes {
			rep.printf("\n- note: %s\n", n)
		}
	}
	for _, c := range cmps {
		if len(c.peerOnly)+len(c.oursOnly) == 0 {
			continue
		}
		rep.printf("\n<details><summary>%s vs httpvet %s: where they differ</summary>\n\n", c.peerRule, c.rule)
		if len(c.peerOnly) > 0 {
			rep.printf("Only %s (%d):\n\n", c.peerRule, len(c.peerOnly))
			rep.list(c.peerOnly, 40)
		}
		if len(c.oursOnly) > 0 {
			rep.printf("\nOnly httpvet %s (%d):\n\n", c.rule, len(c.oursOnly))
			rep.list(c.oursOnly, 40)
		}
		rep.printf("\n</details>\n")
	}
}

func peerLabel(p *peer, rule string) string {
	if p == nil {
		return rule
	}
	name := p.name
	if p.name == "gosec" {
		name = "gosec " + rule
	}
	if p.version != "" {
		name += " " + p.version
	}
	return name
}
