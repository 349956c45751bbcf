package main

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// usage is the top of `httpvet help`: what the x/tools drivers print
// there is about go vet in general.
const usage = `httpvet reports HTTP-client mistakes that take services down in
production, and fixes them.

Usage:
  httpvet [flags] packages...          report findings
  httpvet -fix [-diff] packages...     apply (or show) every suggested fix
  httpvet -json packages...            the x/tools analysis JSON tree
  httpvet -format=sarif packages...    SARIF 2.1.0 for code scanning
  httpvet help RULE                    a rule's documentation and flags
  go vet -vettool=$(which httpvet) ./...
  go fix -fixtool=$(which httpvet) -diff ./...

Exit codes: 0 no findings, 1 error, 2 bad command line, 3 findings.

Flags: -RULE=false turns a rule off; -RULE runs only the named rules;
-RULE.tests also checks _test.go files where a rule skips them;
-test=false does not load test packages; -c=N shows N lines of context.
Suppress one finding with //httpvet:ignore RULE -- reason.

Rules:
`

// printHelp writes the overview of `httpvet help`.
func printHelp(w io.Writer, all []*analysis.Analyzer) {
	fmt.Fprint(w, usage)
	for _, a := range all {
		title, _, _ := strings.Cut(a.Doc, "\n\n")
		fmt.Fprintf(w, "  %-14s %s\n", a.Name, title)
	}
}
