package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/httpvet/httpvet/analyzers"
)

// An edit replaces bytes [start, end) of a file with new.
type edit struct {
	start, end int
	new        string
}

// A fileFix is one file and the edits of the fixes accepted for it.
type fileFix struct {
	name  string // as on disk
	orig  []byte
	edits []edit // in order of acceptance
	final []byte
}

// A leftover is a finding the run did not fix, and why.
type leftover struct {
	f      *finding
	reason string
}

// fix applies (with -diff: shows) the first fix of each finding in the
// tiers asked for. Every edit is computed and checked before any file is
// written: a fix that conflicts with one already accepted, or edits a
// file httpvet must not edit, is left out whole, never half-applied; a
// file that cannot be written stops the run before anything changes.
// It returns the findings that remain, and false after an error.
func (d *driver) fix(findings []*finding, red *redactor) ([]*finding, bool) {
	mode := d.opts.fix
	if mode == fixNone { // -diff alone shows every fix
		mode = fixAll
	}
	roots := d.protectedRoots()
	files := make(map[string]*fileFix)
	var left []leftover
	var fixed int
	for _, f := range findings {
		reason := d.planFix(f, mode, roots, files)
		if reason != "" {
			left = append(left, leftover{f, reason})
			continue
		}
		fixed++
	}

	names := slicesSorted(files)
	for _, name := range names {
		ff := files[name]
		ff.final = applyEdits(ff.orig, ff.edits)
	}

	// Report what is left, and why.
	for _, l := range left {
		fmt.Fprintf(d.stderr, "%s:%d:%d: %s (%s): not fixed: %s\n", relPath(l.f.posn.Filename), l.f.posn.Line, l.f.posn.Column, red.redact(l.f.message), l.f.rule, l.reason)
	}
	var remaining []*finding
	for _, l := range left {
		remaining = append(remaining, l.f)
	}

	if d.opts.diff {
		w := d.stdout
		if d.out != nil {
			w = d.out.f
		}
		for _, name := range names {
			ff := files[name]
			writeUnifiedDiff(w, relPath(name), ff.orig, ff.final, red)
		}
		if d.out != nil {
			if err := d.out.commit(); err != nil {
				d.errorf("writing the output: %v", err)
				return nil, false
			}
		}
		fmt.Fprintf(d.stderr, "httpvet: %s shown in %s (nothing written); %s not fixed by them\n", plural(fixed, "fix"), plural(len(names), "file"), plural(len(left), "finding"))
		return findings, true
	}

	if err := d.writeFiles(files, names); err != nil {
		d.errorf("%v", err)
		return nil, false
	}
	fmt.Fprintf(d.stderr, "httpvet: %s fixed in %s; %s left\n", plural(fixed, "finding"), plural(len(names), "file"), plural(len(left), "finding"))
	return remaining, true
}

// planFix accepts f's first fix into files, or says why it cannot.
func (d *driver) planFix(f *finding, mode fixMode, roots protectedRoots, files map[string]*fileFix) string {
	if len(f.diag.SuggestedFixes) == 0 {
		return "the rule offers no automatic fix here"
	}
	if mode == fixSafe && analyzers.FixTier(f.rule) != analyzers.Safe {
		return "behaviour-changing fix: see it with -diff, apply it with -fix=all"
	}
	fix := f.diag.SuggestedFixes[0]
	byFile := make(map[string][]edit)
	var order []string
	for _, te := range fix.TextEdits {
		tf := f.pkg.Fset.File(te.Pos)
		if tf == nil {
			return "the fix has no position"
		}
		name := tf.Name()
		if why := roots.protects(name); why != "" {
			return why
		}
		if !inGoFiles(f.pkg, name) {
			return "the fix edits cgo's output for " + filepath.Base(f.posn.Filename) + ", not the file as written (cgo files are not fixed)"
		}
		ff := files[name]
		if ff == nil {
			content, err := os.ReadFile(name)
			if err != nil {
				return "cannot read " + relPath(name) + ": " + unwrapPathError(err).Error()
			}
			if len(content) != tf.Size() {
				return relPath(name) + " changed since it was loaded"
			}
			if isGenerated(content) {
				return relPath(name) + " is generated (Code generated … DO NOT EDIT.)"
			}
			ff = &fileFix{name: name, orig: content}
		}
		end := te.End
		if !end.IsValid() {
			end = te.Pos
		}
		if _, ok := byFile[name]; !ok {
			order = append(order, name)
		}
		files[name] = ff
		byFile[name] = append(byFile[name], edit{tf.Offset(te.Pos), tf.Offset(end), string(te.NewText)})
	}
	merged := make(map[string][]edit)
	for _, name := range order {
		m, ok := mergeEdits(files[name].edits, byFile[name])
		if !ok {
			return "the fix conflicts with another fix in " + relPath(name)
		}
		merged[name] = m
	}
	for name, m := range merged {
		files[name].edits = m
	}
	return ""
}

// mergeEdits adds edits to accepted: an edit identical to one accepted
// is the same change (two findings that declare one shared client); an
// edit that overlaps another is a conflict.
func mergeEdits(accepted, edits []edit) ([]edit, bool) {
	out := slices.Clone(accepted)
next:
	for _, e := range edits {
		for _, a := range out {
			switch {
			case a == e:
				continue next
			case overlaps(a, e):
				return nil, false
			}
		}
		out = append(out, e)
	}
	return out, true
}

func overlaps(a, b edit) bool {
	if a.start == a.end && b.start == b.end {
		return false // two insertions, even at one point, are ordered
	}
	if a.start == a.end {
		return b.start < a.start && a.start < b.end
	}
	if b.start == b.end {
		return a.start < b.start && b.start < a.end
	}
	return a.start < b.end && b.start < a.end
}

// applyEdits applies the edits to a file's content and formats the
// result as gofmt does, keeping what gofmt would drop: a UTF-8 byte order
// mark, and CRLF line ends (inserted lines end in CRLF too).
func applyEdits(orig []byte, edits []edit) []byte {
	crlf := bytes.Contains(orig, []byte("\r\n"))
	sorted := slices.Clone(edits)
	slices.SortStableFunc(sorted, func(a, b edit) int { return a.start - b.start })
	var buf bytes.Buffer
	last := 0
	for _, e := range sorted {
		buf.Write(orig[last:e.start])
		text := strings.ReplaceAll(e.new, "\r\n", "\n")
		if crlf {
			text = strings.ReplaceAll(text, "\n", "\r\n")
		}
		buf.WriteString(text)
		last = max(last, e.end)
	}
	buf.Write(orig[last:])
	out := buf.Bytes()

	bom := []byte("\xef\xbb\xbf")
	hasBOM := bytes.HasPrefix(out, bom)
	src := bytes.TrimPrefix(out, bom)
	if crlf {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	}
	formatted, err := format.Source(src)
	if err != nil {
		return out // as x/tools does: the edits, unformatted
	}
	if crlf {
		formatted = bytes.ReplaceAll(formatted, []byte("\n"), []byte("\r\n"))
	}
	if hasBOM {
		formatted = append(slices.Clone(bom), formatted...)
	}
	return formatted
}

// isGenerated reports whether a Go file says it is generated ("// Code
// generated … DO NOT EDIT." before the package clause).
func isGenerated(src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.PackageClauseOnly|parser.ParseComments)
	return err == nil && ast.IsGenerated(f)
}

// protectedRoots are the directories whose files -fix never edits: the
// Go installation and the module cache. vendor/ directories are
// recognised by name.
type protectedRoots struct{ goroot, modcache string }

func (d *driver) protectedRoots() protectedRoots {
	var r protectedRoots
	out, err := exec.CommandContext(d.ctx, "go", "env", "GOROOT", "GOMODCACHE").Output()
	if err == nil {
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(lines) == 2 {
			r.goroot, r.modcache = lines[0], lines[1]
		}
	}
	return r
}

func (r protectedRoots) protects(name string) string {
	under := func(dir string) bool {
		return dir != "" && strings.HasPrefix(name, filepath.Clean(dir)+string(filepath.Separator))
	}
	switch {
	case slices.Contains(strings.Split(filepath.ToSlash(filepath.Dir(name)), "/"), "vendor"):
		return "the fix edits a file under vendor/, which belongs to another module"
	case under(r.goroot):
		return "the fix edits the Go installation (GOROOT)"
	case under(r.modcache):
		return "the fix edits the module cache (GOMODCACHE)"
	}
	return ""
}

// writeFiles writes the fixed files. First every file is checked: still
// as loaded, not read-only, in a directory that takes a new file; any
// failure stops the run with nothing written. Then each is written to a
// temporary file in its directory with the original's mode; a signal
// during that stops the run and removes them, so nothing changes. Last,
// all temporary files are renamed over the originals, one rename each,
// with signals held back by the driver's handler.
func (d *driver) writeFiles(files map[string]*fileFix, names []string) error {
	modes := make(map[string]os.FileMode)
	for _, name := range names {
		info, err := os.Stat(name)
		if err != nil {
			return fmt.Errorf("%s: %v; no file changed", relPath(name), unwrapPathError(err))
		}
		if info.Mode().Perm()&0o200 == 0 {
			return fmt.Errorf("%s is read-only; no file changed", relPath(name))
		}
		if f, err := os.OpenFile(name, os.O_WRONLY, 0); err != nil {
			return fmt.Errorf("%s cannot be written: %v; no file changed", relPath(name), unwrapPathError(err))
		} else {
			f.Close()
		}
		now, err := os.ReadFile(name)
		if err != nil || !bytes.Equal(now, files[name].orig) {
			return fmt.Errorf("%s changed while httpvet ran; no file changed", relPath(name))
		}
		modes[name] = info.Mode().Perm()
	}
	// For the interruption test only: slow the writes down so that a
	// signal lands among them.
	delay, _ := time.ParseDuration(os.Getenv("HTTPVET_TEST_WRITE_DELAY"))
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for _, name := range names {
		if d.ctx.Err() != nil {
			cleanup()
			return errors.New("interrupted; no file changed")
		}
		tmp, err := writeTemp(name, files[name].final, modes[name])
		if err != nil {
			cleanup()
			return fmt.Errorf("%s: %v; no file changed", relPath(name), err)
		}
		temps = append(temps, tmp)
		time.Sleep(delay)
	}
	if d.ctx.Err() != nil {
		cleanup()
		return errors.New("interrupted; no file changed")
	}
	for i, name := range names {
		if err := os.Rename(temps[i], name); err != nil {
			for _, t := range temps[i:] {
				os.Remove(t)
			}
			return fmt.Errorf("%s: %v; %d of %d files were fixed before it", relPath(name), err, i, len(names))
		}
	}
	return nil
}

// writeTemp writes data to a new file next to name, with the given mode,
// and returns its name.
func writeTemp(name string, data []byte, mode os.FileMode) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".httpvet*")
	if err != nil {
		return "", unwrapPathError(err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(mode)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
