#!/usr/bin/env bash
# Builds gopls with httpvet's analyzers added to its analyzer list, from
# the Go module proxy. gopls cannot load third-party analyzers
# (golang/go#59869), so this patches one line of a copy of gopls's own
# source: the list returned by settings.initAnalyzers.
#
#   integrations/gopls/build.sh [output-binary]     (default: ./gopls-httpvet)
#
# gopls is pinned to the golang.org/x/tools version it requires itself;
# httpvet's analyzers build against it.
set -euo pipefail
GOPLS_VERSION=${GOPLS_VERSION:-v0.23.0}
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$(realpath -m "${1:-gopls-httpvet}")
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT

src=$(go mod download -json "golang.org/x/tools/gopls@$GOPLS_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
cp -r "$src" "$work/gopls"
chmod -R u+w "$work/gopls"
cd "$work/gopls"

tools=$(go list -m -f '{{.Version}}' golang.org/x/tools)
cat > internal/settings/httpvet.go <<'GO'
package settings

import (
	"github.com/httpvet/httpvet/analyzers"
	"golang.org/x/tools/gopls/internal/protocol"
)

// httpvetAnalyzers are httpvet's rules, reported as warnings with their
// quick fixes.
func httpvetAnalyzers() []*Analyzer {
	var res []*Analyzer
	for _, a := range analyzers.All() {
		res = append(res, &Analyzer{analyzer: a, severity: protocol.SeverityWarning})
	}
	return res
}
GO
grep -q 'return append(res, staticcheckAnalyzers()...)' internal/settings/analysis.go
sed -i 's/return append(res, staticcheckAnalyzers()...)/return append(append(res, staticcheckAnalyzers()...), httpvetAnalyzers()...)/' internal/settings/analysis.go

go mod edit -require=github.com/httpvet/httpvet@v0.0.0 -replace=github.com/httpvet/httpvet="$repo" \
	-replace=golang.org/x/tools=golang.org/x/tools@"$tools"
GOFLAGS=-mod=mod go build -o "$out" .
echo "built $out (gopls $GOPLS_VERSION, golang.org/x/tools $tools, httpvet from $repo)"
