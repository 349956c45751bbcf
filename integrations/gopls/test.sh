#!/usr/bin/env bash
# Builds gopls with httpvet's analyzers (build.sh) and checks that
# `gopls check` reports an httpvet finding on a demo file and that
# `gopls codeaction -kind=quickfix` offers its fix.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$here/build.sh" "$work/gopls" >/dev/null

mkdir "$work/demo"
cd "$work/demo"
printf 'module example.com/demo\n\ngo 1.24\n' > go.mod
cat > main.go <<'GO'
package main

import "net/http"

func main() {
	resp, err := http.Get("http://127.0.0.1/")
	if err != nil {
		return
	}
	defer resp.Body.Close()
}
GO
check=$("$work/gopls" check main.go 2>&1 || true)
echo "$check"
grep -q "main.go:6:15-23: http.Get sends with http.DefaultClient" <<<"$check" || { echo "FAIL: gopls check shows no httpvet finding" >&2; exit 1; }
actions=$("$work/gopls" codeaction -kind=quickfix main.go:6:15 2>&1 || true)
echo "$actions"
grep -q "Send with package-level httpClient" <<<"$actions" || { echo "FAIL: gopls offers no httpvet quick fix" >&2; exit 1; }
echo "gopls with httpvet: ok"
