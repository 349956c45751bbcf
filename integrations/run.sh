#!/usr/bin/env bash
# Integration tests of httpvet with golangci-lint and pre-commit:
#
#   integrations/golangci   builds golangci-lint v2 with the httpvet module
#                           plugin from the Go module proxy and runs it on a
#                           demo module (findings, //nolint, settings, --fix)
#   integrations/precommit  runs the hooks of .pre-commit-hooks.yaml in a
#                           throw-away git repository with pre-commit
#   integrations/gopls      builds gopls with httpvet's analyzers and checks
#                           `gopls check` and its quick fix on a demo file
#
# Needs Go and the Go module proxy; installs Debian's pre-commit and git
# with apt-get when they are missing and this runs as root. Exits non-zero
# if any test fails. Takes a few minutes on a cold Go build cache, most of
# it compiling golangci-lint. When the root go.mod gains a dependency, run
# `go mod tidy` in integrations/golangci too.
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)

elapsed() { echo "$(($(date +%s) - $1))s"; }
start=$(date +%s)
status=0

# step NAME COMMAND...: runs one integration test, timed; a failure is
# recorded and the other tests still run.
step() {
	local name=$1 t
	shift
	t=$(date +%s)
	if "$@"; then
		echo "== $name: ok ($(elapsed "$t"))"
	else
		echo "== $name: FAILED ($(elapsed "$t"))" >&2
		status=1
	fi
}

golangci_test() { (cd golangci && HTTPVET_INTEGRATION=1 go test -count=1 -timeout 30m ./...); }

echo "== golangci-lint module plugin (integrations/golangci)"
step golangci-lint golangci_test

echo "== pre-commit hooks (integrations/precommit)"
missing=()
command -v pre-commit >/dev/null || missing+=(pre-commit)
command -v git >/dev/null || missing+=(git)
if [ "${#missing[@]}" -gt 0 ]; then
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
		echo "installing Debian's ${missing[*]}"
		apt-get update -q >/dev/null
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
	else
		echo "missing: ${missing[*]}; install them (apt-get install pre-commit git, or pip install pre-commit)" >&2
		exit 1
	fi
fi
step pre-commit "$here/precommit/test.sh"

echo "== gopls with httpvet's analyzers (integrations/gopls)"
step gopls "$here/gopls/test.sh"

echo "== integrations: $([ "$status" -eq 0 ] && echo ok || echo FAILED) in $(elapsed "$start")"
exit "$status"
