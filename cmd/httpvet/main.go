// Command httpvet reports HTTP-client mistakes that take services down in
// production: requests with no timeout, bodies never closed or read before
// the status is checked, hard-coded credentials, TLS verification turned
// off, clients and transports built per call, and JSON sent as something
// else. Every rule has an automatic fix.
//
// Usage:
//
//	httpvet [flags] packages...            report findings (exit 3 if any)
//	httpvet -fix packages...               apply the safe fixes
//	httpvet -fix=all packages...           apply every fix
//	httpvet -diff packages...              show every fix as a diff
//	httpvet -format=json|sarif packages... output for machines
//	httpvet help [rule]                    list the rules, or explain one
//
// It also runs as a vet tool, `go vet -vettool=$(which httpvet) ./...`,
// and a fix tool, `go fix -fixtool=$(which httpvet) -diff ./...`: the go
// command's invocations (a single *.cfg argument, -V=full, -flags) go to
// x/tools' unitchecker.
//
// Exit codes: 0 no findings (or all fixed), 1 error, 2 bad command line,
// 3 findings.
package main

import (
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/httpvet/httpvet/analyzers"
)

func main() {
	if isGoToolProtocol(os.Args[1:]) {
		unitchecker.Main(analyzers.All()...)
		return // unreachable: unitchecker exits
	}
	os.Exit(run(packageArgs(os.Args[1:]), analyzers.All(), os.Stdout, os.Stderr))
}

// isGoToolProtocol reports whether the go command runs httpvet as a vet
// or fix tool: it asks for the tool's identity (-V=full) or flags
// (-flags), or hands it one package's *.cfg file, as the multichecker
// and unitchecker recognise them.
func isGoToolProtocol(args []string) bool {
	var positional []string
	for _, arg := range args {
		name := strings.TrimLeft(arg, "-")
		switch {
		case arg == name:
			positional = append(positional, arg)
		case name == "V=full" || name == "flags":
			return true
		}
	}
	return len(positional) == 1 && strings.HasSuffix(positional[0], ".cfg")
}
