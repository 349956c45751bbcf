package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// A corpusLine is one line of corpus.txt: a package pattern, "-" in front
// to remove the packages it matches, "quick" after it to put it in the
// -quick subset.
type corpusLine struct {
	pattern string
	exclude bool
	quick   bool
	line    int
}

func readCorpus(path string) ([]corpusLine, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var lines []corpusLine
	for i, text := range strings.Split(string(data), "\n") {
		if j := strings.Index(text, "#"); j >= 0 {
			text = text[:j]
		}
		fields := strings.Fields(text)
		if len(fields) == 0 {
			continue
		}
		l := corpusLine{pattern: fields[0], line: i + 1}
		if strings.HasPrefix(l.pattern, "-") {
			l.exclude, l.pattern = true, l.pattern[1:]
		}
		for _, tag := range fields[1:] {
			switch tag {
			case "quick":
				l.quick = true
			default:
				return nil, fmt.Errorf("%s:%d: unknown tag %q", path, i+1, tag)
			}
		}
		lines = append(lines, l)
	}
	return lines, nil
}

// listedPackage is the part of `go list -json` the harness uses.
type listedPackage struct {
	ImportPath string
	Name       string
	Dir        string
	GoFiles    []string
	CgoFiles   []string
	Module     *listedModule
	Error      *struct{ Err string }
	DepsErrors []*struct{ Err string }
}

type listedModule struct {
	Path    string
	Version string
	Dir     string
	GoMod   string
	Replace *listedModule
}

// A module of the corpus, as the module cache holds it.
type module struct {
	Path, Version, Dir string
	Packages           int
}

// ID is path@version, the prefix of the harness's stable positions.
func (m *module) ID() string { return m.Path + "@" + m.Version }

// corpus is the resolved package list.
type corpus struct {
	packages []*listedPackage // sorted by import path
	modules  []*module        // sorted by path
	byPath   map[string]*module
	files    int
	patterns []string // what was asked, for the report
	full     bool     // the whole corpus, not the -quick subset
}

func (c *corpus) importPaths() []string {
	var out []string
	for _, p := range c.packages {
		out = append(out, p.ImportPath)
	}
	return out
}

// goList runs go list -e -json in dir and decodes its stream. Warnings
// the go command prints (patterns that match nothing) are returned too.
func goList(rn *runner, dir string, patterns []string) ([]*listedPackage, []string, error) {
	args := append([]string{"list", "-e", "-json=ImportPath,Name,Dir,GoFiles,CgoFiles,Module,Error,DepsErrors"}, patterns...)
	r := rn.run(dir, "go", args...)
	if r.failed() || r.code != 0 {
		return nil, nil, fmt.Errorf("go list: %v\n%s", r.err, r.output())
	}
	var pkgs []*listedPackage
	dec := json.NewDecoder(bytes.NewReader(r.stdout))
	for {
		p := new(listedPackage)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			return nil, nil, fmt.Errorf("go list: decoding: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	var warnings []string
	for _, line := range strings.Split(string(r.stderr), "\n") {
		if strings.TrimSpace(line) != "" {
			warnings = append(warnings, strings.TrimSpace(line))
		}
	}
	return pkgs, warnings, nil
}

// loadCorpus resolves the corpus lines (only those tagged quick when
// quick is set) in the bench module and checks that every package loads:
// no errors, no dependency missing from go.sum, every pattern matching
// something.
func loadCorpus(rn *runner, benchDir string, lines []corpusLine, quick bool) (*corpus, []string, error) {
	var include, exclude []string
	for _, l := range lines {
		switch {
		case l.exclude:
			exclude = append(exclude, l.pattern)
		case !quick || l.quick:
			include = append(include, l.pattern)
		}
	}
	if len(include) == 0 {
		return nil, nil, fmt.Errorf("the corpus selects no patterns")
	}
	pkgs, warnings, err := goList(rn, benchDir, include)
	if err != nil {
		return nil, nil, err
	}
	excluded := make(map[string]bool)
	if len(exclude) > 0 {
		ex, _, err := goList(rn, benchDir, exclude)
		if err != nil {
			return nil, nil, err
		}
		for _, p := range ex {
			excluded[p.ImportPath] = true
		}
	}
	var problems []string
	for _, w := range warnings {
		problems = append(problems, "go list: "+w)
	}
	c := &corpus{byPath: make(map[string]*module), patterns: include, full: !quick}
	seen := make(map[string]bool)
	for _, p := range pkgs {
		if excluded[p.ImportPath] || seen[p.ImportPath] {
			continue
		}
		seen[p.ImportPath] = true
		if p.Error != nil {
			problems = append(problems, fmt.Sprintf("%s: %s", p.ImportPath, firstLine(p.Error.Err)))
			continue
		}
		if len(p.DepsErrors) > 0 {
			problems = append(problems, fmt.Sprintf("%s: dependency: %s", p.ImportPath, firstLine(p.DepsErrors[0].Err)))
			continue
		}
		if p.Module == nil || p.Module.Dir == "" {
			problems = append(problems, fmt.Sprintf("%s: not in a module of the build list", p.ImportPath))
			continue
		}
		if len(p.GoFiles)+len(p.CgoFiles) == 0 {
			continue
		}
		c.packages = append(c.packages, p)
		c.files += len(p.GoFiles) + len(p.CgoFiles)
		m := c.byPath[p.Module.Path]
		if m == nil {
			m = &module{Path: p.Module.Path, Version: p.Module.Version, Dir: p.Module.Dir}
			c.byPath[m.Path] = m
			c.modules = append(c.modules, m)
		}
		m.Packages++
	}
	sort.Slice(c.packages, func(i, j int) bool { return c.packages[i].ImportPath < c.packages[j].ImportPath })
	sort.Slice(c.modules, func(i, j int) bool { return c.modules[i].Path < c.modules[j].Path })
	return c, problems, nil
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

// positions turns absolute file positions into stable, module-relative
// ones: path@version/file.go:line:col, whether the file is in the module
// cache or in a scratch copy of the module.
type positions struct {
	roots []posRoot // longest dir first
}

type posRoot struct {
	dir string
	mod *module
}

func (ps *positions) add(dir string, m *module) {
	ps.roots = append(ps.roots, posRoot{filepath.Clean(dir), m})
	sort.SliceStable(ps.roots, func(i, j int) bool { return len(ps.roots[i].dir) > len(ps.roots[j].dir) })
}

// resolve returns the module of file and the stable name of the file.
func (ps *positions) resolve(file string) (*module, string) {
	file = filepath.Clean(file)
	for _, r := range ps.roots {
		if rel, ok := strings.CutPrefix(file, r.dir+string(filepath.Separator)); ok {
			return r.mod, r.mod.ID() + "/" + filepath.ToSlash(rel)
		}
	}
	return nil, filepath.ToSlash(file)
}

var posnRE = regexp.MustCompile(`^(.*?):(\d+)(?::(\d+))?$`)

// splitPosn splits "file:line:col" (col optional).
func splitPosn(posn string) (file, line, col string) {
	m := posnRE.FindStringSubmatch(posn)
	if m == nil {
		return posn, "", ""
	}
	return m[1], m[2], m[3]
}

// stable returns the module and the module-relative position of posn.
func (ps *positions) stable(posn string) (*module, string) {
	file, line, col := splitPosn(posn)
	m, name := ps.resolve(file)
	if line != "" {
		name += ":" + line
	}
	if col != "" {
		name += ":" + col
	}
	return m, name
}

// lineKey drops the column of a stable position: triage lines and peer
// comparisons match on file:line.
func lineKey(pos string) string {
	file, line, _ := splitPosn(pos)
	if line == "" {
		return file
	}
	return file + ":" + line
}
