package main

import (
	"fmt"
	"io"
	"strings"
)

// writeUnifiedDiff writes the difference between two versions of a file
// in unified format with 3 lines of context, headed "--- a/PATH" and
// "+++ b/PATH" so that `git apply` and `patch -p1` take it. Every line
// goes through the redactor: a diff never prints a secret whole.
func writeUnifiedDiff(w io.Writer, path string, before, after []byte, red *redactor) {
	a, b := splitLines(before), splitLines(after)
	ops := diffLines(a, b)
	if len(ops) == 0 {
		return
	}
	fmt.Fprintf(w, "--- a/%s\n+++ b/%s\n", path, path)
	const ctx = 3
	// Group the changes into hunks: runs of changes less than 2*ctx
	// equal lines apart.
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(0, i-ctx)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				end = j
			} else if j-end > 2*ctx {
				break
			}
		}
		end = min(len(ops), end+ctx+1)
		var oldStart, newStart, oldN, newN int
		oldStart, newStart = ops[start].a+1, ops[start].b+1
		for _, op := range ops[start:end] {
			if op.kind != '+' {
				oldN++
			}
			if op.kind != '-' {
				newN++
			}
		}
		if oldN == 0 {
			oldStart--
		}
		if newN == 0 {
			newStart--
		}
		fmt.Fprintf(w, "@@ -%d,%d +%d,%d @@\n", oldStart, oldN, newStart, newN)
		for _, op := range ops[start:end] {
			text := a[min(op.a, len(a)-1)]
			if op.kind == '+' {
				text = b[op.b]
			}
			line := strings.TrimSuffix(strings.TrimSuffix(text, "\n"), "\r")
			fmt.Fprintf(w, "%c%s\n", op.kind, red.redact(line))
		}
		i = end
	}
}

func splitLines(data []byte) []string {
	if len(data) == 0 {
		return nil
	}
	lines := strings.SplitAfter(string(data), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// A diffOp is one line of a diff: ' ' kept, '-' deleted, '+' inserted;
// a and b are the line's index in the old and the new version (for an
// insertion, a is where it goes; for a deletion, b).
type diffOp struct {
	kind byte
	a, b int
}

// diffLines is Myers' O((N+M)D) algorithm on lines, after trimming the
// common prefix and suffix (fixes change little of a file). It returns
// nil when the versions are equal.
func diffLines(a, b []string) []diffOp {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	if pre == len(a) && pre == len(b) {
		return nil
	}
	var ops []diffOp
	for i := 0; i < pre; i++ {
		ops = append(ops, diffOp{' ', i, i})
	}
	ops = append(ops, myers(a[pre:len(a)-suf], b[pre:len(b)-suf], pre)...)
	for i := 0; i < suf; i++ {
		ops = append(ops, diffOp{' ', len(a) - suf + i, len(b) - suf + i})
	}
	return ops
}

func myers(a, b []string, off int) []diffOp {
	n, m := len(a), len(b)
	maxD := n + m
	v := make([]int, 2*maxD+2)
	var trace [][]int
	var d int
search:
	for d = 0; d <= maxD; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[maxD+k-1] < v[maxD+k+1]) {
				x = v[maxD+k+1]
			} else {
				x = v[maxD+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[maxD+k] = x
			if x >= n && y >= m {
				break search
			}
		}
		if d > 1000 { // a rewrite, not a fix: show it as one replacement
			var ops []diffOp
			for i := range a {
				ops = append(ops, diffOp{'-', off + i, off})
			}
			for j := range b {
				ops = append(ops, diffOp{'+', off + n, off + j})
			}
			return ops
		}
	}
	// Walk back through the trace.
	var rev []diffOp
	x, y := n, m
	for ; d > 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || (k != d && v[maxD+k-1] < v[maxD+k+1]) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[maxD+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x, y = x-1, y-1
			rev = append(rev, diffOp{' ', off + x, off + y})
		}
		if x == prevX {
			y--
			rev = append(rev, diffOp{'+', off + x, off + y})
		} else {
			x--
			rev = append(rev, diffOp{'-', off + x, off + y})
		}
	}
	for x > 0 && y > 0 {
		x, y = x-1, y-1
		rev = append(rev, diffOp{' ', off + x, off + y})
	}
	ops := make([]diffOp, len(rev))
	for i, op := range rev {
		ops[len(rev)-1-i] = op
	}
	return ops
}
