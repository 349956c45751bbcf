package secrets_test

import (
	"go/ast"
	"go/constant"
	"go/token"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
	"github.com/httpvet/httpvet/analyzers/secrets"
)

// TestNoReport runs the rule where it must stay silent: placeholders,
// names, hashes, the literals of real API clients, look-alike sinks and
// test files.
func TestNoReport(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), secrets.Analyzer,
		"secrets/noreport", "secrets/lookalike", "secrets/tests")
}

// TestReports checks every family and sink, and that no finding gives
// away the secret it reports: not in the message, not in the fix.
func TestReports(t *testing.T) {
	results := analysistest.Run(t, fixtest.TestData(), secrets.Analyzer,
		"secrets/families", "secrets/sinks", "secrets/names", "secrets/fix")
	n := 0
	for _, res := range results {
		for _, d := range res.Diagnostics {
			n++
			checkRedacted(t, res.Pass, d)
		}
	}
	if n < 100 {
		t.Errorf("only %d findings: the test packages were not all analyzed", n)
	}
}

// shown is the part of a message that shows the start of a secret.
var shown = regexp.MustCompile(`\(([^()]*)…\)`)

// checkRedacted checks that neither the message nor the fix of d holds
// the secret at d: the whole value, nor any run of letters, digits, '_'
// and '-' in it of 8 or more with both letters and digits (what the fix
// keeps of a literal is "Bearer ", a URL, punctuation).
func checkRedacted(t *testing.T, pass *analysis.Pass, d analysis.Diagnostic) {
	t.Helper()
	value := valueAt(pass, d.Pos, d.End)
	if value == "" {
		t.Errorf("%s: no constant string at the finding", pass.Fset.Position(d.Pos))
		return
	}
	outputs := []string{d.Message}
	for _, fix := range d.SuggestedFixes {
		outputs = append(outputs, fix.Message)
		for _, e := range fix.TextEdits {
			outputs = append(outputs, string(e.NewText))
		}
	}
	secrets := append(secretRuns(value), value)
	for _, out := range outputs {
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s: output %q contains the secret %q", pass.Fset.Position(d.Pos), out, s)
			}
		}
	}
	m := shown.FindStringSubmatch(d.Message)
	if m == nil {
		t.Errorf("%s: message %q shows no redacted secret", pass.Fset.Position(d.Pos), d.Message)
	} else if utf8.RuneCountInString(m[1]) > 4 {
		t.Errorf("%s: message %q shows more than 4 characters", pass.Fset.Position(d.Pos), d.Message)
	}
}

// valueAt returns the string literal or constant string expression at
// [pos, end) in pass.
func valueAt(pass *analysis.Pass, pos, end token.Pos) string {
	var value string
	for _, f := range pass.Files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil || value != "" || n.Pos() > pos || n.End() < end {
				return value == ""
			}
			if e, ok := n.(ast.Expr); ok && e.Pos() == pos && e.End() == end {
				if tv, ok := pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
					value = constant.StringVal(tv.Value)
				} else if lit, ok := e.(*ast.BasicLit); ok {
					value, _ = strconv.Unquote(lit.Value)
				}
			}
			return true
		})
	}
	return value
}

var run = regexp.MustCompile(`[A-Za-z0-9_-]{8,}`)

func secretRuns(value string) []string {
	var runs []string
	for _, r := range run.FindAllString(value, -1) {
		if strings.ContainsAny(r, "0123456789") && strings.IndexFunc(r, func(c rune) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }) >= 0 {
			runs = append(runs, r)
		}
	}
	return runs
}

func TestTestsFlag(t *testing.T) {
	a := secrets.New()
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, fixtest.TestData(), a, "secrets/testsflag")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtest.TestData(), secrets.Analyzer, "secrets/fix", "secrets/fixrun")
}

// TestFixesCompose applies all fixes of each package at once: the
// result must be gofmt-clean and compile.
func TestFixesCompose(t *testing.T) {
	if n := fixtest.Run(t, fixtest.TestData(), secrets.New(),
		"secrets/fix", "secrets/fixrun", "secrets/families", "secrets/sinks", "secrets/names"); n < 80 {
		t.Errorf("only %d fixes applied", n)
	}
}
