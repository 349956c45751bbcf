package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// writeText writes one finding a line, `file:line:col: message (rule)`,
// with -c=N lines of context around each (secrets redacted).
func (d *driver) writeText(w io.Writer, findings []*finding, red *redactor, color bool) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		pos := fmt.Sprintf("%s:%d:%d:", relPath(f.posn.Filename), f.posn.Line, f.posn.Column)
		rule := "(" + f.rule + ")"
		if color {
			pos, rule = "\x1b[1m"+pos+"\x1b[0m", "\x1b[36m"+rule+"\x1b[0m"
		}
		fmt.Fprintf(bw, "%s %s %s\n", pos, red.redact(f.message), rule)
		if n := d.opts.context; n >= 0 {
			for l := f.posn.Line - n; l <= f.posn.Line+n; l++ {
				if text, ok := sourceLine(f.posn.Filename, l); ok && l >= 1 {
					fmt.Fprintf(bw, "%6d\t%s\n", l, red.redact(text))
				}
			}
		}
	}
	return bw.Flush()
}

// jsonFinding is one record of -format=json.
type jsonFinding struct {
	Rule    string    `json:"rule"`
	Posn    string    `json:"posn"`
	End     string    `json:"end"`
	Message string    `json:"message"`
	Fixes   []jsonFix `json:"fixes"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

// writeJSON writes a JSON array with one finding a line. Paths are
// absolute; edit offsets are byte offsets in the file as it is on disk.
// Fixes that edit files the user did not write (cgo's generated code)
// are left out.
func writeJSON(w io.Writer, findings []*finding, red *redactor) error {
	recs := make([]jsonFinding, 0, len(findings))
	for _, f := range findings {
		rec := jsonFinding{
			Rule:    f.rule,
			Posn:    fmt.Sprintf("%s:%d:%d", f.posn.Filename, f.posn.Line, f.posn.Column),
			End:     fmt.Sprintf("%s:%d:%d", f.end.Filename, f.end.Line, f.end.Column),
			Message: red.redact(f.message),
			Fixes:   []jsonFix{},
		}
	fixes:
		for _, fix := range f.diag.SuggestedFixes {
			jf := jsonFix{Message: red.redact(fix.Message), Edits: []jsonEdit{}}
			for _, e := range fix.TextEdits {
				tf := f.pkg.Fset.File(e.Pos)
				if tf == nil || !inGoFiles(f.pkg, tf.Name()) {
					continue fixes
				}
				end := e.End
				if !end.IsValid() {
					end = e.Pos
				}
				jf.Edits = append(jf.Edits, jsonEdit{Filename: tf.Name(), Start: tf.Offset(e.Pos), End: tf.Offset(end), New: string(e.NewText)})
			}
			rec.Fixes = append(rec.Fixes, jf)
		}
		recs = append(recs, rec)
	}
	bw := bufio.NewWriter(w)
	if err := writeRecords(bw, recs, ""); err != nil {
		return err
	}
	bw.WriteString("\n")
	return bw.Flush()
}

// writeRecords writes items as a JSON array with one record a line, each
// line indented by indent and the closing bracket by two spaces less: a
// format that streams, greps and diffs well (the JSON output, the
// baseline file).
func writeRecords[T any](w interface {
	io.Writer
	io.StringWriter
}, items []T, indent string) error {
	w.WriteString("[")
	for i, item := range items {
		data, err := json.Marshal(item)
		if err != nil {
			return err
		}
		if i > 0 {
			w.WriteString(",")
		}
		w.WriteString("\n" + indent)
		w.Write(data)
	}
	if len(items) > 0 {
		w.WriteString("\n" + indent[:max(0, len(indent)-2)])
	}
	_, err := w.WriteString("]")
	return err
}

// inGoFiles reports whether name is one of the package's Go files as the
// user wrote them (not a file cgo generated from one).
func inGoFiles(pkg *packages.Package, name string) bool {
	for _, f := range pkg.GoFiles {
		if f == name {
			return true
		}
	}
	return false
}

// colorOK reports whether w is a terminal that takes colour: a character
// device, and NO_COLOR unset (https://no-color.org), TERM not "dumb".
func colorOK(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// An outputFile is -o: written to a temporary file in the same directory
// and renamed over FILE when the run completes, so that FILE is never
// half-written; a run that fails removes FILE, so that no earlier run's
// findings pass for this one's.
type outputFile struct {
	path      string
	f         *os.File
	committed bool
}

func createOutput(path string) (*outputFile, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, fmt.Errorf("-o %s: is a directory", path)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return nil, fmt.Errorf("-o %s: cannot write there: %v", path, unwrapPathError(err))
	}
	return &outputFile{path: path, f: f}, nil
}

func (o *outputFile) commit() error {
	if err := o.f.Chmod(0o644); err != nil {
		return err
	}
	if err := o.f.Close(); err != nil {
		return err
	}
	if err := os.Rename(o.f.Name(), o.path); err != nil {
		return err
	}
	o.committed = true
	return nil
}

// abort removes the temporary file and FILE, unless this run wrote it.
func (o *outputFile) abort() {
	if o.committed {
		return
	}
	o.f.Close()
	os.Remove(o.f.Name())
	os.Remove(o.path)
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
