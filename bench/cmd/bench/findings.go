package main

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

// A finding is one httpvet diagnostic.
type finding struct {
	rule    string
	pos     string // stable: path@version/file.go:line:col
	module  *module
	message string
	fixable bool
	edits   int
}

// jsonFinding is one record of httpvet -format=json: a JSON array with
// one finding a line, no duplicates from test variants.
type jsonFinding struct {
	Rule    string `json:"rule"`
	Posn    string `json:"posn"`
	Message string `json:"message"`
	Fixes   []struct {
		Edits []json.RawMessage `json:"edits"`
	} `json:"fixes"`
}

// parseTree reads httpvet's JSON output and returns the findings
// (deduplicated by rule, position and message). httpvet reports an
// analyzer's own failure on stderr as "internal error", which crashCheck
// catches; the second result is kept for that check's signature.
func parseTree(out []byte, ps *positions) ([]finding, []string, error) {
	var records []jsonFinding
	if err := json.Unmarshal(out, &records); err != nil {
		return nil, nil, fmt.Errorf("not httpvet's JSON: %v", err)
	}
	var findings []finding
	seen := make(map[string]bool)
	for _, d := range records {
		m, pos := ps.stable(d.Posn)
		key := d.Rule + "\x00" + pos + "\x00" + d.Message
		if seen[key] {
			continue
		}
		seen[key] = true
		f := finding{rule: d.Rule, pos: pos, module: m, message: d.Message}
		for _, fix := range d.Fixes {
			f.edits += len(fix.Edits)
		}
		f.fixable = len(d.Fixes) > 0
		findings = append(findings, f)
	}
	sort.Slice(findings, func(i, j int) bool {
		if findings[i].pos != findings[j].pos {
			return posLess(findings[i].pos, findings[j].pos)
		}
		return findings[i].rule < findings[j].rule
	})
	return findings, nil, nil
}

// posLess orders positions by file, then numerically by line and column.
func posLess(a, b string) bool {
	fa, la, ca := splitPosn(a)
	fb, lb, cb := splitPosn(b)
	if fa != fb {
		return fa < fb
	}
	if len(la) != len(lb) {
		return len(la) < len(lb)
	}
	if la != lb {
		return la < lb
	}
	if len(ca) != len(cb) {
		return len(ca) < len(cb)
	}
	return ca < cb
}

// crashSigns are what a crash or an internal error prints.
var crashSigns = regexp.MustCompile(`(?i)\bpanic\b|internal error|goroutine \d+ \[|fatal error:|runtime error`)

// crashCheck judges one httpvet run: the exit code it must have, no panic
// or internal error on stderr, no analyzer error in the JSON tree.
func crashCheck(label string, r result, wantCodes []int, analyzerErrs []string) []string {
	var problems []string
	if r.failed() {
		problems = append(problems, fmt.Sprintf("%s: %v", label, r.err))
	}
	ok := false
	for _, c := range wantCodes {
		ok = ok || r.code == c
	}
	if !ok && !r.failed() {
		problems = append(problems, fmt.Sprintf("%s: exit code %d: %s", label, r.code, clip(r.output(), 2000)))
	}
	if loc := crashSigns.FindIndex(r.stderr); loc != nil {
		start := max(0, loc[0]-200)
		problems = append(problems, fmt.Sprintf("%s: crash output: %s", label, clip(string(r.stderr[start:]), 2000)))
	}
	for _, e := range analyzerErrs {
		problems = append(problems, fmt.Sprintf("%s: analyzer error: %s", label, e))
	}
	return problems
}

func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		return s[:n] + " …"
	}
	return s
}

// A triageLine is one line of triage.tsv.
type triageLine struct {
	line    int
	pos     string
	rule    string
	verdict string
	reason  string
}

func (t triageLine) key() string { return lineKey(t.pos) + "\t" + t.rule }

func findingKey(f finding) string { return lineKey(f.pos) + "\t" + f.rule }

var verdicts = []string{"true", "intended", "false"}

// readTriage reads triage.tsv; a missing file is an empty triage.
func readTriage(path string) ([]triageLine, []string, error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var lines []triageLine
	var problems []string
	for i, text := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 4 {
			problems = append(problems, fmt.Sprintf("%s:%d: want position<TAB>rule<TAB>verdict<TAB>reason", path, i+1))
			continue
		}
		t := triageLine{line: i + 1, pos: f[0], rule: f[1], verdict: f[2], reason: strings.Join(f[3:], " ")}
		valid := false
		for _, v := range verdicts {
			valid = valid || t.verdict == v
		}
		if !valid {
			problems = append(problems, fmt.Sprintf("%s:%d: verdict %q: want true, intended or false", path, i+1, t.verdict))
			continue
		}
		lines = append(lines, t)
	}
	return lines, problems, nil
}

// triaged is the join of findings and triage lines.
type triaged struct {
	verdict   map[string]string // finding key -> verdict
	untriaged []finding
	stale     []triageLine
}

// joinTriage matches findings to triage lines by file:line and rule.
// Triage lines of modules outside this run (in -quick) are not stale.
func joinTriage(findings []finding, lines []triageLine, c *corpus) triaged {
	t := triaged{verdict: make(map[string]string)}
	byKey := make(map[string]triageLine)
	for _, l := range lines {
		byKey[l.key()] = l
	}
	used := make(map[string]bool)
	for _, f := range findings {
		k := findingKey(f)
		if l, ok := byKey[k]; ok {
			t.verdict[k] = l.verdict
			used[k] = true
		} else {
			t.untriaged = append(t.untriaged, f)
		}
	}
	for _, l := range lines {
		if used[l.key()] {
			continue
		}
		modPath, _, _ := strings.Cut(l.pos, "@")
		if _, inRun := c.byPath[modPath]; !inRun && !c.full {
			continue
		}
		t.stale = append(t.stale, l)
	}
	return t
}

// todoLines formats untriaged findings as triage.tsv lines to fill in:
// the verdict is "?" and the reason is the message.
func todoLines(fs []finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s\t%s\t?\t%s\n", f.pos, f.rule, strings.ReplaceAll(f.message, "\t", " "))
	}
	return b.String()
}
