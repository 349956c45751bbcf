// Command httpvet reports HTTP-client mistakes that take services down in
// production: requests with no timeout, bodies never closed or read before
// the status is checked, hard-coded credentials, TLS verification turned
// off, clients and transports built per call, and JSON sent as something
// else. Every rule has an automatic fix.
//
// Usage:
//
//	httpvet [flags] packages...        report findings (exit 3 if any)
//	httpvet -fix [-diff] packages...   apply (or show) every fix
//	httpvet -format=sarif packages...  SARIF 2.1.0 for code scanning
//	httpvet help [rule]                list the rules, or explain one
//
// It also runs as a vet tool, `go vet -vettool=$(which httpvet) ./...`,
// and a fix tool, `go fix -fixtool=$(which httpvet) -diff ./...`.
// Exit codes: 0 clean, 1 error (load or type errors, bad flags, conflicting
// fixes), 3 findings.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/httpvet/httpvet/analyzers"
)

func main() {
	args := packageArgs(os.Args[1:])
	if len(args) == 1 && args[0] == "help" {
		printHelp(os.Stdout, analyzers.All())
		return
	}
	if wantsSARIF(args) {
		os.Exit(runSARIF(args, analyzers.All(), os.Stdout, os.Stderr))
	}
	os.Args = append(os.Args[:1], args...)
	multichecker.Main(analyzers.All()...)
}
