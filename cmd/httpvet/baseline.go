package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A baseline records the findings a codebase had when it adopted httpvet,
// so that only new ones are reported. An entry is keyed without line
// numbers, so that edits elsewhere in the file, or moving the function,
// do not bring a finding back:
//
//   - rule: the rule's name;
//   - file: the module path and the file's path in the module
//     (example.com/m/internal/api/client.go), the same wherever the
//     repository is checked out;
//   - func: the enclosing function, Recv.Method or Func, "" at package
//     level;
//   - line: the first 12 hex digits of the SHA-256 of the finding's
//     source line with its white space collapsed;
//   - n: the occurrence among findings with the same four fields, in
//     file order, so that a second identical finding is new.
//
// SARIF's partialFingerprints are a hash of the same key.
type baselineEntry struct {
	Rule string `json:"rule"`
	File string `json:"file"`
	Func string `json:"func"`
	Line string `json:"line"`
	N    int    `json:"n"`
}

type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

// computeKeys fills in the baseline key of each finding; findings are
// sorted by position.
func computeKeys(findings []*finding) {
	count := make(map[baselineEntry]int)
	for _, f := range findings {
		f.keyFile = moduleFile(f)
		line, _ := sourceLine(f.posn.Filename, f.posn.Line)
		f.keyLine = lineKey(line)
		k := f.entry()
		k.N = 0
		f.keyN = count[k]
		count[k]++
	}
}

// lineKey is the hash of a source line with its white space collapsed.
func lineKey(line string) string {
	sum := sha256.Sum256([]byte(oneLine(line)))
	return hex.EncodeToString(sum[:6])
}

func (f *finding) entry() baselineEntry {
	return baselineEntry{Rule: f.rule, File: f.keyFile, Func: f.function, Line: f.keyLine, N: f.keyN}
}

// fingerprint is the finding's baseline key as one hash, for SARIF.
func (f *finding) fingerprint() string {
	e := f.entry()
	sum := sha256.Sum256(fmt.Appendf(nil, "%s\x00%s\x00%s\x00%s\x00%d", e.Rule, e.File, e.Func, e.Line, e.N))
	return hex.EncodeToString(sum[:16])
}

// moduleFile is the finding's file as module path + path in the module,
// or, outside a module, the package path + the file's name.
func moduleFile(f *finding) string {
	if m := f.pkg.Module; m != nil && m.Dir != "" {
		if rel, err := filepath.Rel(m.Dir, f.posn.Filename); err == nil && !strings.HasPrefix(rel, "..") {
			return m.Path + "/" + filepath.ToSlash(rel)
		}
	}
	return f.pkg.PkgPath + "/" + filepath.Base(f.posn.Filename)
}

// writeBaseline writes the findings' keys to path: sorted, one entry a
// line, so that a review shows exactly the findings added or fixed. The
// file is replaced atomically.
func writeBaseline(path string, findings []*finding) error {
	entries := make([]baselineEntry, 0, len(findings))
	for _, f := range findings {
		entries = append(entries, f.entry())
	}
	slices.SortFunc(entries, func(a, b baselineEntry) int {
		return cmp.Or(strings.Compare(a.File, b.File), strings.Compare(a.Func, b.Func),
			strings.Compare(a.Rule, b.Rule), strings.Compare(a.Line, b.Line), cmp.Compare(a.N, b.N))
	})
	var buf bytes.Buffer
	buf.WriteString("{\n  \"version\": 1,\n  \"findings\": ")
	if err := writeRecords(&buf, entries, "    "); err != nil {
		return err
	}
	buf.WriteString("\n}\n")
	out, err := createOutput(path)
	if err != nil {
		return err
	}
	if _, err := out.f.Write(buf.Bytes()); err != nil {
		out.abort()
		return err
	}
	if err := out.commit(); err != nil {
		out.abort()
		return err
	}
	return nil
}

// applyBaseline drops the findings recorded in the baseline at path and
// returns the others, with the number dropped.
func applyBaseline(path string, findings []*finding) ([]*finding, int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, 0, fmt.Errorf("baseline %s does not exist: create it with -baseline=%s -baseline-update", path, path)
		}
		return nil, 0, err
	}
	var b baselineFile
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, 0, fmt.Errorf("baseline %s: %v", path, err)
	}
	if b.Version != 1 {
		return nil, 0, fmt.Errorf("baseline %s: version %d, want 1", path, b.Version)
	}
	known := make(map[baselineEntry]bool, len(b.Findings))
	for _, e := range b.Findings {
		known[e] = true
	}
	var out []*finding
	for _, f := range findings {
		if !known[f.entry()] {
			out = append(out, f)
		}
	}
	return out, len(findings) - len(out), nil
}
