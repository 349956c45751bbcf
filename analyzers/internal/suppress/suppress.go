// Package suppress implements //httpvet:ignore directives.
//
// A directive names one or more rules and a reason:
//
//	//httpvet:ignore clienttimeout -- the caller's context bounds it
//	resp, err := http.Get(url)
//
// It silences the findings of those rules on its own line and on the line
// below it. Every rule reports through a Reporter, which consults the
// directives and records which ones it used; the ignore analyzer then
// reports directives without a reason and directives that silenced nothing.
package suppress

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Prefix starts every directive.
const Prefix = "//httpvet:ignore"

// A Directive is one //httpvet:ignore comment.
type Directive struct {
	Pos, End token.Pos
	File     string
	Line     int
	Rules    []string
	Reason   string
}

// Directives are a package's ignore directives, parsed once and shared by
// every rule.
type Directives struct {
	All    []*Directive
	byLine map[lineKey][]*Directive
}

type lineKey struct {
	file string
	line int
}

// Analyzer parses the directives of a package. It reports nothing itself.
var Analyzer = &analysis.Analyzer{
	Name:       "httpvetdirectives",
	Doc:        "parse //httpvet:ignore directives for the httpvet rules",
	Run:        parse,
	ResultType: reflect.TypeFor[*Directives](),
}

func parse(pass *analysis.Pass) (any, error) {
	dirs := &Directives{byLine: make(map[lineKey][]*Directive)}
	for _, f := range pass.Files {
		for _, group := range f.Comments {
			for _, c := range group.List {
				if !strings.HasPrefix(c.Text, Prefix) {
					continue
				}
				d := parseDirective(pass.Fset, c)
				if d == nil {
					continue // e.g. //httpvet:ignored, not ours
				}
				dirs.All = append(dirs.All, d)
				for _, line := range []int{d.Line, d.Line + 1} {
					k := lineKey{d.File, line}
					dirs.byLine[k] = append(dirs.byLine[k], d)
				}
			}
		}
	}
	return dirs, nil
}

func parseDirective(fset *token.FileSet, c *ast.Comment) *Directive {
	rest := c.Text[len(Prefix):]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return nil
	}
	posn := fset.Position(c.Pos())
	d := &Directive{Pos: c.Pos(), End: c.End(), File: posn.Filename, Line: posn.Line}
	fields := strings.Fields(rest)
	if len(fields) > 0 {
		for r := range strings.SplitSeq(fields[0], ",") {
			if r != "" {
				d.Rules = append(d.Rules, r)
			}
		}
		reason := strings.TrimSpace(strings.TrimPrefix(rest, " "))
		reason = strings.TrimSpace(reason[len(fields[0]):])
		reason = strings.TrimSpace(strings.TrimPrefix(reason, "--"))
		d.Reason = reason
	}
	return d
}

// Valid reports whether the directive names a rule and gives a reason;
// an invalid directive silences nothing.
func (d *Directive) Valid() bool { return len(d.Rules) > 0 && d.Reason != "" }

// Result is what a rule hands to the ignore analyzer: the directives that
// silenced one of its findings, and whether it looked at test files.
type Result struct {
	Rule         string
	Used         map[*Directive]bool
	SkippedTests bool
}

// ResultType is the analysis ResultType of every rule.
var ResultType = reflect.TypeFor[*Result]()

// A Reporter reports a rule's diagnostics unless a directive silences them.
type Reporter struct {
	pass   *analysis.Pass
	dirs   *Directives
	result *Result
}

// NewReporter returns the reporter of the rule running in pass.
// skipsTests says the rule does not look at _test.go files. Rules get
// their reporter from the scaffold, which also requires Analyzer.
func NewReporter(pass *analysis.Pass, skipsTests bool) *Reporter {
	dirs, _ := pass.ResultOf[Analyzer].(*Directives)
	return &Reporter{
		pass:   pass,
		dirs:   dirs,
		result: &Result{Rule: pass.Analyzer.Name, Used: map[*Directive]bool{}, SkippedTests: skipsTests},
	}
}

// Skips reports whether the rule does not look at file: a _test.go
// file, for a rule about production code.
func (r *Reporter) Skips(file *ast.File) bool {
	return r.result.SkippedTests && strings.HasSuffix(r.pass.Fset.File(file.FileStart).Name(), "_test.go")
}

// Report reports d unless a directive for this rule covers its line.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if r.silenced(d.Pos) {
		return
	}
	r.pass.Report(d)
}

// Reportf is Report for a diagnostic without fixes.
func (r *Reporter) Reportf(pos token.Pos, format string, args ...any) {
	r.Report(analysis.Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)})
}

// Covers reports whether a directive for this rule covers pos, without
// counting it as used: for rules that plan their fixes before reporting.
func (r *Reporter) Covers(pos token.Pos) bool {
	used := r.result.Used
	r.result.Used = map[*Directive]bool{}
	defer func() { r.result.Used = used }()
	return r.silenced(pos)
}

func (r *Reporter) silenced(pos token.Pos) bool {
	if r.dirs == nil || len(r.dirs.All) == 0 {
		return false
	}
	posn := r.pass.Fset.Position(pos)
	for _, d := range r.dirs.byLine[lineKey{posn.Filename, posn.Line}] {
		if !d.Valid() {
			continue
		}
		for _, rule := range d.Rules {
			if rule == r.result.Rule {
				r.result.Used[d] = true
				return true
			}
		}
	}
	return false
}

// Result returns what the rule's Run function must return.
func (r *Reporter) Result() *Result { return r.result }
