#!/usr/bin/env bash
# Tests the hooks of .pre-commit-hooks.yaml with pre-commit (Debian's
# package will do) against a throw-away git repository, using the system Go
# and the Go module proxy only.
#
# The hooks are taken from the current work tree, uncommitted changes
# included: its files (tracked and untracked, not ignored) are copied to a
# temporary repository and committed there, and that commit is the `rev:`
# of the test project's .pre-commit-config.yaml. Nothing in the work tree,
# its git repository or the user's pre-commit cache is changed.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
command -v pre-commit >/dev/null || { echo "precommit/test.sh: pre-commit is not installed" >&2; exit 1; }
command -v go >/dev/null || { echo "precommit/test.sh: go is not installed" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/httpvet-precommit.XXXXXX")
cleanup() { chmod -R u+w "$tmp" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

# pre-commit's environments go in a cache of our own, built from scratch.
export PRE_COMMIT_HOME=$tmp/cache
# Commits need an identity, and must not depend on the user's git config
# (git >= 2.31 reads these variables; pre-commit passes them on).
export GIT_CONFIG_COUNT=4 \
	GIT_CONFIG_KEY_0=user.name GIT_CONFIG_VALUE_0=httpvet-test \
	GIT_CONFIG_KEY_1=user.email GIT_CONFIG_VALUE_1=httpvet-test@example.com \
	GIT_CONFIG_KEY_2=commit.gpgsign GIT_CONFIG_VALUE_2=false \
	GIT_CONFIG_KEY_3=init.defaultBranch GIT_CONFIG_VALUE_3=main

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

echo "== pre-commit $(pre-commit --version | awk '{print $2}'), $(go version | awk '{print $3}')"

# 1. A repository holding the work tree as it is now.
hooks=$tmp/httpvet
mkdir -p "$hooks"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	# Tracked and untracked files that are not ignored and still exist.
	git -C "$root" ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do
			if [ -f "$root/$f" ]; then printf '%s\0' "$f"; fi
		done |
		tar -C "$root" --null -T - -cf - | tar -C "$hooks" -xf -
else
	cp -R "$root/." "$hooks"
	rm -rf "$hooks/.git"
fi
git -C "$hooks" init -q
git -C "$hooks" add -A
git -C "$hooks" commit -q -m "httpvet work tree"
rev=$(git -C "$hooks" rev-parse HEAD)
[ -f "$hooks/.pre-commit-hooks.yaml" ] || fail "no .pre-commit-hooks.yaml in $root"

# 2. A project that uses both hooks.
proj=$tmp/project
mkdir -p "$proj"
cd "$proj"
git init -q
cat >go.mod <<'GOMOD'
module example.com/project

go 1.26
GOMOD
cat >.pre-commit-config.yaml <<CONFIG
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      # The system Go: pre-commit downloads none, and go itself fetches
      # modules from GOPROXY only.
      # Flags in args: clientreuse is off (good.go's Ping would fail it).
      - id: httpvet
        language_version: system
        args: [-clientreuse=false, ./...]
      - id: httpvet-changed
        language_version: system
        args: [-clientreuse=false]
CONFIG
mkdir -p good
cat >good/good.go <<'GO'
package good

import (
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

// Status returns the status code of a GET of u.
func Status(u string) (int, error) {
	resp, err := client.Get(u)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// Ping builds a client per call: clientreuse, turned off in args.
func Ping(u string) error {
	c := &http.Client{Transport: &http.Transport{}, Timeout: time.Second}
	resp, err := c.Head(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
GO
pre-commit install

# commit MESSAGE [ENV...]: commits what is staged, with the hooks, and
# leaves the output in $out and the exit status in $status.
commit() {
	local msg=$1
	shift
	echo "-- git commit -m '$msg' ${*:+(with $*)}"
	status=0
	out=$(env "$@" git commit -m "$msg" 2>&1) || status=$?
	echo "$out" | sed 's/^/   | /'
}
expect() { # expect pass|fail: checks the last commit's status
	case $1 in
	pass) [ "$status" -eq 0 ] || fail "the commit failed, want it to pass" ;;
	fail) [ "$status" -ne 0 ] || fail "the commit passed, want it to fail" ;;
	esac
}
contains() { grep -qF -- "$1" <<<"$out" || fail "the output does not contain: $1"; }
lacks() { ! grep -qF -- "$1" <<<"$out" || fail "the output contains: $1"; }

# 3. A clean package commits; the hooks install on first use (go install
# of the hooks repository, through the module proxy).
git add go.mod .pre-commit-config.yaml good/good.go
commit "clean code"
expect pass
contains "httpvet (changed packages)"
grep -E '^httpvet\.+Passed' <<<"$out" >/dev/null || fail "the httpvet hook did not pass"
grep -E '^httpvet \(changed packages\)\.+Passed' <<<"$out" >/dev/null || fail "the httpvet-changed hook did not pass"
head=$(git rev-parse HEAD)
# The hooks run the httpvet built from the work tree with the system Go
# (pre-commit's environment "golangenv-system"), and the args took effect:
# without them, Ping is reported.
bin=$(echo "$PRE_COMMIT_HOME"/repo*/golangenv-system/bin/httpvet)
[ -x "$bin" ] || fail "no httpvet installed with the system Go in $PRE_COMMIT_HOME"
status=0
out=$("$bin" ./good 2>&1) || status=$?
echo "-- $bin ./good (no args: clientreuse on)"
echo "$out" | sed 's/^/   | /'
[ "$status" -eq 3 ] || fail "httpvet ./good without the hooks' args: exit $status, want 3"
contains "good/good.go:22:"

# 4. Findings in two packages stop the commit, from either hook. (They
# are written only now: pre-commit stashes unstaged changes to tracked
# files, not untracked files, and the httpvet hook loads the packages of
# the work tree.)
mkdir -p bad other
cat >bad/bad.go <<'GO'
package bad

import "net/http"

// Fetch has no timeout.
func Fetch(u string) (*http.Response, error) {
	return http.Get(u)
}
GO
cat >other/other.go <<'GO'
package other

import "net/http"

// NewClient builds a client with no timeout.
func NewClient() *http.Client {
	return &http.Client{}
}
GO
git add bad/bad.go other/other.go
commit "two bad packages, httpvet-changed" SKIP=httpvet
expect fail
contains "bad/bad.go:7:9: http.Get sends with http.DefaultClient, which has no timeout"
contains "other/other.go:7:10: http.Client has no Timeout"
commit "two bad packages, httpvet" SKIP=httpvet-changed
expect fail
contains "bad/bad.go:7:9: http.Get sends with http.DefaultClient, which has no timeout"
contains "other/other.go:7:10: http.Client has no Timeout"
[ "$(git rev-parse HEAD)" = "$head" ] || fail "a failing commit was made"

# 5. With bad code already committed, httpvet-changed looks at the staged
# packages only; httpvet at the whole module.
git commit -q --no-verify -m "legacy code, hooks skipped"
cat >>good/good.go <<'GO'

// Head returns the status code of a HEAD of u.
func Head(u string) (int, error) {
	resp, err := client.Head(u)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
GO
git add good/good.go
commit "clean change, httpvet-changed" SKIP=httpvet
expect pass
lacks "bad/bad.go"
git reset -q --soft HEAD~1
commit "clean change, both hooks"
expect fail
contains "bad/bad.go:7:9"
lacks "good/good.go:"

# 6. Once the bad code is gone, both hooks pass.
git rm -q -r bad other
commit "bad code removed"
expect pass

echo "PASS: pre-commit hooks httpvet and httpvet-changed"
