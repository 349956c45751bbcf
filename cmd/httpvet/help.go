package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers"
)

const usage = `httpvet reports HTTP-client mistakes that take services down in
production, and fixes them.

Usage:
  httpvet [flags] packages...           report findings
  httpvet -fix packages...              apply the safe fixes (-fix=all: every fix)
  httpvet -diff packages...             show every fix as a diff, change nothing
  httpvet -format=json|sarif packages   output for machines (-json = -format=json)
  httpvet -baseline=FILE packages...    report only findings not in FILE
  httpvet help RULE                     a rule's documentation and flags
  go vet -vettool=$(which httpvet) ./...
  go fix -fixtool=$(which httpvet) -diff ./...

Exit codes: 0 no findings (or all fixed), 1 error, 2 bad command line,
3 findings (in every format).

Flags:
  -format=text|json|sarif  output format (text: one finding a line, sorted)
  -o FILE                  write the output to FILE (replaced atomically)
  -c=N                     show N lines of context around each finding
  -tags=a,b                build tags
  -test=false              do not load test packages
  -fix[=safe|all]          apply safe fixes, or all of them
  -diff                    show the fixes as a unified diff
  -baseline=FILE           hide the findings recorded in FILE
  -baseline-update         record the current findings in FILE, exit 0
  -V, -version             print the version
  -RULE=false turns a rule off; -RULE runs only the named rules;
  -RULE.FLAG sets a rule's flag (httpvet help RULE lists them).
Suppress one finding with //httpvet:ignore RULE -- reason.

Rules (fix tier: what -fix applies; -fix=all applies both):
`

// printHelp writes the overview of `httpvet help`.
func printHelp(w io.Writer, all []*analysis.Analyzer) {
	fmt.Fprint(w, usage)
	for _, a := range all {
		title, _, _ := strings.Cut(a.Doc, "\n\n")
		tier := ""
		if a.Name != "ignore" {
			tier = " [" + analyzers.FixTier(a.Name).String() + " fix]"
		}
		fmt.Fprintf(w, "  %-14s %s%s\n", a.Name, title, tier)
	}
}

// printRuleHelp writes `httpvet help RULE`: the rule's documentation
// and its flags. It reports whether the rule exists.
func printRuleHelp(w io.Writer, all []*analysis.Analyzer, name string) bool {
	for _, a := range all {
		if a.Name != name {
			continue
		}
		paras := strings.Split(a.Doc, "\n\n")
		fmt.Fprintf(w, "%s: %s\n", a.Name, paras[0])
		if a.Name != "ignore" {
			fmt.Fprintf(w, "\nFix tier: %s (%s)\n", analyzers.FixTier(a.Name), tierHow(analyzers.FixTier(a.Name)))
		}
		first := true
		fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
		a.Flags.VisitAll(func(f *flag.Flag) {
			if first {
				first = false
				fmt.Fprint(w, "\nFlags:\n\n")
			}
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
		fs.SetOutput(w)
		fs.PrintDefaults()
		if len(paras) > 1 {
			fmt.Fprintf(w, "\n%s\n", strings.Join(paras[1:], "\n\n"))
		}
		if a.URL != "" {
			fmt.Fprintf(w, "\n%s\n", a.URL)
		}
		return true
	}
	return false
}

func tierHow(t analyzers.Tier) string {
	if t == analyzers.Safe {
		return "applied by -fix"
	}
	return "shown by -diff, applied only by -fix=all"
}
