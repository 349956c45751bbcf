package main

import (
	"crypto/sha256"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// scratch is a writable copy of the corpus modules and a module, a copy
// of the bench module's go.mod and go.sum, whose replace directives point
// at the copies: the same build list, with sources -fix may edit.
type scratch struct {
	modDir string
	copies map[string]string // module path -> copy dir
}

func makeScratch(root, benchDir, repoDir string, c *corpus, ps *positions) (*scratch, error) {
	sc := &scratch{modDir: filepath.Join(root, "mod"), copies: make(map[string]string)}
	var replaces strings.Builder
	for i, m := range c.modules {
		dst := filepath.Join(root, "src", fmt.Sprintf("%02d-%s", i, strings.ReplaceAll(m.ID(), "/", "_")))
		if err := copyTree(m.Dir, dst); err != nil {
			return nil, fmt.Errorf("copying %s: %v", m.ID(), err)
		}
		if _, err := os.Stat(filepath.Join(dst, "go.mod")); os.IsNotExist(err) {
			if err := os.WriteFile(filepath.Join(dst, "go.mod"), []byte("module "+m.Path+"\n"), 0o644); err != nil {
				return nil, err
			}
		}
		sc.copies[m.Path] = dst
		ps.add(dst, m)
		fmt.Fprintf(&replaces, "replace %s %s => %s\n", m.Path, m.Version, dst)
	}
	if err := writeModule(sc.modDir, benchDir, repoDir, replaces.String()); err != nil {
		return nil, err
	}
	return sc, nil
}

// writeModule writes dir/go.mod and dir/go.sum: the bench module's, with
// the replace of httpvet made absolute and extra directives appended.
func writeModule(dir, benchDir, repoDir, extra string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	gomod, err := os.ReadFile(filepath.Join(benchDir, "go.mod"))
	if err != nil {
		return err
	}
	var out strings.Builder
	for _, line := range strings.Split(string(gomod), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "replace github.com/httpvet/httpvet =>") {
			line = "replace github.com/httpvet/httpvet => " + repoDir
		}
		out.WriteString(line + "\n")
	}
	out.WriteString(extra)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(out.String()), 0o644); err != nil {
		return err
	}
	gosum, err := os.ReadFile(filepath.Join(benchDir, "go.sum"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "go.sum"), gosum, 0o644)
}

// copyTree copies a directory of the module cache (read-only) to dst,
// writable.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case d.Type().IsRegular():
			in, err := os.Open(path)
			if err != nil {
				return err
			}
			defer in.Close()
			out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
			if err != nil {
				return err
			}
			if _, err := io.Copy(out, in); err != nil {
				out.Close()
				return err
			}
			return out.Close()
		}
		return nil // symlinks and others: module zips have none
	})
}

// hashGoFiles hashes every .go file of the copies, by stable name.
func hashGoFiles(sc *scratch, ps *positions) (map[string][32]byte, error) {
	sums := make(map[string][32]byte)
	for _, dir := range sc.copies {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			_, name := ps.resolve(path)
			sums[name] = sha256.Sum256(data)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return sums, nil
}

// changedFiles lists the files whose hash differs (or that appeared or
// disappeared).
func changedFiles(before, after map[string][32]byte) []string {
	var out []string
	for name, h := range after {
		if b, ok := before[name]; !ok || b != h {
			out = append(out, name)
		}
	}
	for name := range before {
		if _, ok := after[name]; !ok {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// failingPackages parses go build / go vet output: the packages named by
// "# pkg" headers. Output with no header is returned as other.
func failingPackages(r result) (pkgs []string, other string) {
	if r.code == 0 && !r.failed() {
		return nil, ""
	}
	seen := make(map[string]bool)
	var rest []string
	for _, line := range strings.Split(string(r.stderr)+"\n"+string(r.stdout), "\n") {
		if p, ok := strings.CutPrefix(line, "# "); ok {
			p, _, _ = strings.Cut(p, " ") // "pkg [pkg.test]"
			if !seen[p] {
				seen[p] = true
				pkgs = append(pkgs, p)
			}
		} else if strings.TrimSpace(line) != "" && len(pkgs) == 0 {
			rest = append(rest, line)
		}
	}
	sort.Strings(pkgs)
	if len(pkgs) == 0 {
		other = clip(strings.Join(rest, "\n"), 3000)
		if other == "" && r.err != nil {
			other = r.err.Error()
		}
	}
	return pkgs, other
}

// passingPackages returns the packages whose tests passed in the output
// of go test ("ok  \tpath\t…"), and the output when it names no package
// at all (the command itself failed).
func passingPackages(r result) (pkgs []string, other string) {
	named := false
	for _, line := range strings.Split(string(r.stdout)+"\n"+string(r.stderr), "\n") {
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		switch fields[0] {
		case "ok":
			pkgs = append(pkgs, fields[1])
			named = true
		case "FAIL", "?":
			named = true
		}
	}
	sort.Strings(pkgs)
	if !named && (r.code != 0 || r.failed()) {
		other = clip(string(r.stderr), 3000)
	}
	return pkgs, other
}

// fixResults is what section 3 reports.
type fixResults struct {
	withFixes, edits    int
	firstExit           result
	changed             []string
	changedPkgs         []string
	buildBefore         []string
	buildBeforeRun      bool
	buildAfter          []string
	buildOther          string
	vetBefore, vetAfter []string
	vetOther            string
	vetChecked          []string        // fixed packages whose tests load
	vetSkipped          []string        // fixed packages whose test dependencies are not in go.sum
	generated           map[string]bool // positions of findings left in generated files
	remaining           []finding
	secondChanged       []string
	secondExit          result

	// The safe tier first, alone: -fix, then the tests of the packages it
	// changed, before and after.
	safeExit                          result
	safeChanged                       []string // packages the safe -fix changed
	testsRun                          []string // of those, the ones whose tests load
	testsPassedBefore                 []string
	testsBroken                       []string // passed before the safe -fix, fail after
	testsOtherBefore, testsOtherAfter string
}

// runFixes applies every fix on the scratch copy, builds the result, and
// applies fixes again to check that nothing changes.
func runFixes(rep *report, rn *runner, bins *binaries, c *corpus, sc *scratch, ps *positions, benchDir string, findings []finding) {
	var fr fixResults
	for _, f := range findings {
		if f.fixable {
			fr.withFixes++
			fr.edits += f.edits
		}
	}
	pkgs := c.importPaths()
	hash := func() (map[string][32]byte, bool) {
		h, err := hashGoFiles(sc, ps)
		if err != nil {
			rep.fail("fixes: hashing the copy: %v", err)
		}
		return h, err == nil
	}
	fix := func(label string) result {
		r := rn.run(sc.modDir, bins.httpvet, append([]string{"-fix=all", "-test=false"}, pkgs...)...)
		for _, p := range crashCheck(label, r, []int{0, 3}, nil) {
			rep.fail("%s", p)
		}
		return r
	}
	before, ok := hash()
	if !ok {
		return
	}

	// The safe tier is what -fix applies unasked: it must not change what
	// working code does, so the packages' own tests that passed before it
	// pass after it.
	logf("fixes: httpvet -fix (safe tier) on %d packages (scratch copy)", len(pkgs))
	fr.safeExit = rn.run(sc.modDir, bins.httpvet, append([]string{"-fix", "-test=false"}, pkgs...)...)
	for _, p := range crashCheck("httpvet -fix (safe tier)", fr.safeExit, []int{0, 3}, nil) {
		rep.fail("%s", p)
	}
	mid, ok := hash()
	if !ok {
		return
	}
	fr.safeChanged = packagesOf(changedFiles(before, mid), c)
	if len(fr.safeChanged) > 0 {
		fr.testsRun, _ = testsLoad(rn, benchDir, fr.safeChanged)
		if len(fr.testsRun) > 0 {
			logf("fixes: go test of %d packages the safe -fix changed, before and after", len(fr.testsRun))
			testArgs := append([]string{"test", "-count=1", "-short", "-timeout=120s"}, fr.testsRun...)
			var passedAfter []string
			fr.testsPassedBefore, fr.testsOtherBefore = passingPackages(rn.run(benchDir, "go", testArgs...))
			passedAfter, fr.testsOtherAfter = passingPackages(rn.run(sc.modDir, "go", testArgs...))
			fr.testsBroken = minus(fr.testsPassedBefore, passedAfter)
		}
	}

	logf("fixes: httpvet -fix=all on %d packages (scratch copy)", len(pkgs))
	fr.firstExit = fix("httpvet -fix")
	after, ok := hash()
	if !ok {
		return
	}
	fr.changed = changedFiles(before, after)
	fr.changedPkgs = packagesOf(fr.changed, c)

	logf("fixes: go build of the fixed packages")
	fr.buildAfter, fr.buildOther = failingPackages(rn.run(sc.modDir, "go", append([]string{"build"}, pkgs...)...))
	if len(fr.buildAfter) > 0 || fr.buildOther != "" {
		fr.buildBefore, _ = failingPackages(rn.run(benchDir, "go", append([]string{"build"}, pkgs...)...))
		fr.buildBeforeRun = true
	}
	if len(fr.changedPkgs) > 0 {
		// go vet type-checks the test files too, which -test=false left
		// alone but which may use what a fix changed (a const made a var).
		// The floor tool reports nothing, so vet fails only on type errors.
		// Packages whose tests import modules outside go.sum cannot be
		// vetted here: they are counted apart.
		fr.vetChecked, fr.vetSkipped = testsLoad(rn, benchDir, fr.changedPkgs)
		if len(fr.vetChecked) > 0 {
			logf("fixes: go vet (type-check with tests) of %d fixed packages, before and after", len(fr.vetChecked))
			vetArgs := append([]string{"vet", "-vettool=" + bins.floor}, fr.vetChecked...)
			fr.vetAfter, fr.vetOther = failingPackages(rn.run(sc.modDir, "go", vetArgs...))
			fr.vetBefore, _ = failingPackages(rn.run(benchDir, "go", vetArgs...))
		}
	}

	logf("fixes: httpvet -json on the fixed copy, then -fix again")
	rj := rn.run(sc.modDir, bins.httpvet, append([]string{"-json", "-test=false"}, pkgs...)...)
	remaining, aerrs, perr := parseTree(rj.stdout, ps)
	for _, p := range crashCheck("httpvet -json (fixed copy)", rj, []int{0, 3}, aerrs) {
		rep.fail("%s", p)
	}
	if perr != nil && rj.code == 0 {
		rep.fail("httpvet -json (fixed copy): %v", perr)
	}
	fr.remaining = remaining
	fr.generated = make(map[string]bool)
	for _, f := range remaining {
		if f.fixable && f.module != nil && isGenerated(filepath.Join(sc.copies[f.module.Path], fileInModule(f.pos))) {
			fr.generated[f.pos] = true
		}
	}
	fr.secondExit = fix("httpvet -fix (second run)")
	again, ok := hash()
	if !ok {
		return
	}
	fr.secondChanged = changedFiles(after, again)
	reportFixes(rep, fr, c)
}

// packagesOf maps changed files back to corpus import paths.
func packagesOf(files []string, c *corpus) []string {
	dirs := make(map[string]string) // stable dir name -> import path
	for _, p := range c.packages {
		m := c.byPath[p.Module.Path]
		rel, err := filepath.Rel(m.Dir, p.Dir)
		if err != nil {
			continue
		}
		name := m.ID()
		if rel != "." {
			name += "/" + filepath.ToSlash(rel)
		}
		dirs[name] = p.ImportPath
	}
	seen := make(map[string]bool)
	var out []string
	for _, f := range files {
		dir := f[:max(0, strings.LastIndex(f, "/"))]
		if p, ok := dirs[dir]; ok && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

func minus(a, b []string) []string {
	in := make(map[string]bool)
	for _, x := range b {
		in[x] = true
	}
	var out []string
	for _, x := range a {
		if !in[x] {
			out = append(out, x)
		}
	}
	return out
}

func reportFixes(rep *report, fr fixResults, c *corpus) {
	rep.section("3. Fixes")
	rep.printf("First `httpvet -fix -test=false` (the safe tier, what -fix applies unasked), then `go test -short` of the packages it changed, on the original and on the fixed copy: a safe fix must not break a test that passed. Then ")
	rep.printf("`httpvet -fix=all -test=false` (every fix, both tiers) on all %d packages at once, on a writable copy of the corpus modules (replace directives point the bench module's build list at the copies); then `go build` of every package, `go vet` (type-checking the test files too) of the packages -fix changed, a `-json` run on the fixed copy, and a second `-fix`.\n\n", len(c.packages))
	buildFail := minus(fr.buildAfter, fr.buildBefore)
	vetFail := minus(fr.vetAfter, fr.vetBefore)
	fixableLeft := 0
	for _, f := range fr.remaining {
		if f.fixable {
			fixableLeft++
		}
	}
	buildCell := fmt.Sprintf("%d (of %d)", len(buildFail), len(c.packages))
	if fr.buildBeforeRun {
		buildCell = fmt.Sprintf("%d (of %d; %d failed before -fix)", len(buildFail), len(c.packages), len(fr.buildBefore))
	}
	vetCell := fmt.Sprintf("%d (of %d whose tests load", len(vetFail), len(fr.vetChecked))
	if len(fr.vetBefore) > 0 {
		vetCell += fmt.Sprintf("; %d failed before -fix", len(fr.vetBefore))
	}
	if len(fr.vetSkipped) > 0 {
		vetCell += fmt.Sprintf("; %d not checked: test dependencies outside go.sum", len(fr.vetSkipped))
	}
	vetCell += ")"
	leftCell := fmt.Sprintf("%d (%d)", len(fr.remaining), fixableLeft)
	if len(fr.generated) > 0 {
		leftCell = fmt.Sprintf("%d (%d, of which %d in generated files, which the driver does not fix)", len(fr.remaining), fixableLeft, len(fr.generated))
	}
	modsChanged := make(map[string]bool)
	for _, f := range fr.changed {
		modsChanged[f[:strings.Index(f, "@")]] = true
	}
	// Exit 3: findings without a fix remain, which is not a failure here.
	firstOK := (fr.firstExit.code == 0 || fr.firstExit.code == 3) && !fr.firstExit.failed()
	secondOK := (fr.secondExit.code == 0 || fr.secondExit.code == 3) && !fr.secondExit.failed() && len(fr.secondChanged) == 0
	testsCell := fmt.Sprintf("%d (of %d whose tests passed before; %d packages changed, %d with tests that load)", len(fr.testsBroken), len(fr.testsPassedBefore), len(fr.safeChanged), len(fr.testsRun))
	rows := [][]string{
		{"`-fix` (safe tier) run", fmt.Sprintf("exit %d in %s; %d packages changed", fr.safeExit.code, secs(fr.safeExit.wall), len(fr.safeChanged)), mark(fr.safeExit.code == 0 || fr.safeExit.code == 3)},
		{"packages whose tests pass before the safe `-fix` and fail after it", testsCell, mark(len(fr.testsBroken) == 0 && fr.testsOtherAfter == "")},
		{"findings with a fix (from the -json run)", fmt.Sprintf("%d (%d edits)", fr.withFixes, fr.edits), ""},
		{"`-fix` run", fmt.Sprintf("exit %d in %s", fr.firstExit.code, secs(fr.firstExit.wall)), mark(firstOK)},
		{"files changed by -fix", fmt.Sprintf("%d, in %d packages of %d modules", len(fr.changed), len(fr.changedPkgs), len(modsChanged)), ""},
		{"packages failing `go build` after -fix", buildCell, mark(len(buildFail) == 0 && fr.buildOther == "")},
		{"fixed packages whose tests no longer type-check (`go vet`)", vetCell, mark(len(vetFail) == 0 && fr.vetOther == "")},
		{"findings left after -fix (of which with a fix)", leftCell, mark(fixableLeft == len(fr.generated))},
		{"files changed by a second -fix", fmt.Sprintf("%d (exit %d)", len(fr.secondChanged), fr.secondExit.code), mark(secondOK)},
	}
	rep.table([]string{"", "", "ok"}, rows)
	if len(buildFail) > 0 {
		rep.printf("\nPackages that no longer build after -fix:\n\n")
		rep.list(buildFail, 100)
		rep.fail("%d package(s) fail to build after -fix: %s", len(buildFail), strings.Join(buildFail, ", "))
	}
	if len(fr.testsBroken) > 0 {
		rep.fail("the safe -fix broke the tests of %d package(s): %s", len(fr.testsBroken), strings.Join(fr.testsBroken, ", "))
	}
	if fr.testsOtherAfter != "" {
		rep.fail("go test after the safe -fix failed:\n%s", fr.testsOtherAfter)
	}
	if fr.buildOther != "" {
		rep.printf("\n`go build` after -fix failed:\n\n```\n%s\n```\n", fr.buildOther)
		rep.fail("go build after -fix failed")
	}
	if len(vetFail) > 0 {
		rep.printf("\nFixed packages whose test files no longer type-check:\n\n")
		rep.list(vetFail, 100)
		rep.fail("%d fixed package(s) no longer type-check with their tests: %s", len(vetFail), strings.Join(vetFail, ", "))
	}
	if fr.vetOther != "" {
		rep.printf("\n`go vet` of the fixed packages failed:\n\n```\n%s\n```\n", fr.vetOther)
		rep.fail("go vet of the fixed packages failed")
	}
	if len(fr.secondChanged) > 0 {
		rep.printf("\nFiles a second -fix changed:\n\n")
		rep.list(fr.secondChanged, 50)
		rep.fail("a second -fix changed %d file(s)", len(fr.secondChanged))
	}
	if fixableLeft > 0 {
		rep.printf("\nFindings with a fix left after -fix:\n\n")
		var items []string
		for _, f := range fr.remaining {
			if f.fixable {
				item := f.pos + " " + f.rule + ": " + f.message
				if fr.generated[f.pos] {
					item += " (generated file)"
				}
				items = append(items, item)
			}
		}
		rep.list(items, 30)
		if fixableLeft > len(fr.generated) {
			rep.warn("%d finding(s) with a fix remain after -fix outside generated files", fixableLeft-len(fr.generated))
		}
	}
	if len(fr.changed) > 0 {
		rep.printf("\n<details><summary>Files changed by -fix (%d)</summary>\n\n", len(fr.changed))
		rep.list(fr.changed, 1000)
		rep.printf("\n</details>\n")
	}
}

// testsLoad splits packages into those whose test variants load in the
// bench module (their test dependencies are in go.sum) and the others.
func testsLoad(rn *runner, benchDir string, pkgs []string) (ok, skipped []string) {
	args := append([]string{"list", "-e", "-test", "-f", "{{.ImportPath}}\t{{if or .Error .DepsErrors}}bad{{end}}"}, pkgs...)
	r := rn.run(benchDir, "go", args...)
	bad := make(map[string]bool)
	for _, line := range strings.Split(string(r.stdout), "\n") {
		path, status, found := strings.Cut(line, "\t")
		if !found || status != "bad" {
			continue
		}
		// "p", "p [p.test]", "p_test [p.test]", "p.test"
		if i := strings.Index(path, " ["); i >= 0 {
			path = strings.TrimSuffix(path[i+2:], ".test]")
		}
		bad[strings.TrimSuffix(path, ".test")] = true
	}
	if r.failed() || r.code != 0 {
		return nil, pkgs
	}
	for _, p := range pkgs {
		if bad[p] {
			skipped = append(skipped, p)
		} else {
			ok = append(ok, p)
		}
	}
	return ok, skipped
}

// fileInModule returns the file of a stable position, relative to its
// module: "path@version/dir/f.go:1:2" -> "dir/f.go".
func fileInModule(pos string) string {
	file, _, _ := splitPosn(pos)
	if i := strings.Index(file, "@"); i >= 0 {
		if j := strings.Index(file[i:], "/"); j >= 0 {
			return filepath.FromSlash(file[i+j+1:])
		}
	}
	return file
}

// isGenerated reports whether a Go file has the "Code generated ... DO
// NOT EDIT." header, whose fixes the analysis driver does not apply.
func isGenerated(path string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.PackageClauseOnly|parser.ParseComments)
	return err == nil && ast.IsGenerated(f)
}
