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
	os.Args = append(os.Args[:1], packageArgs(os.Args[1:])...)
	multichecker.Main(analyzers.All()...)
}
