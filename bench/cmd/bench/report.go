package main

import (
	"fmt"
	"strings"
	"time"
)

// report accumulates the markdown output.
type report struct {
	b        strings.Builder
	failures []string // what makes the run exit non-zero
	warnings []string // what the reader should know but does not fail the run
}

func (r *report) printf(format string, args ...any) { fmt.Fprintf(&r.b, format, args...) }

func (r *report) section(title string) { r.printf("\n## %s\n\n", title) }

func (r *report) fail(format string, args ...any) {
	r.failures = append(r.failures, fmt.Sprintf(format, args...))
}

func (r *report) warn(format string, args ...any) {
	r.warnings = append(r.warnings, fmt.Sprintf(format, args...))
}

// table writes a markdown table; cells are escaped for pipes.
func (r *report) table(header []string, rows [][]string) {
	esc := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	r.printf("|")
	for _, h := range header {
		r.printf(" %s |", esc(h))
	}
	r.printf("\n|")
	for range header {
		r.printf(" --- |")
	}
	r.printf("\n")
	for _, row := range rows {
		r.printf("|")
		for _, c := range row {
			r.printf(" %s |", esc(c))
		}
		r.printf("\n")
	}
}

// list writes at most max items as a bulleted list, in code spans.
func (r *report) list(items []string, max int) {
	for i, it := range items {
		if i == max {
			r.printf("- … and %d more\n", len(items)-max)
			break
		}
		r.printf("- `%s`\n", strings.ReplaceAll(it, "`", "'"))
	}
}

func secs(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) }

func mb(kb int64) string { return fmt.Sprintf("%d MB", kb/1024) }

func ratio(a, b float64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

func pct(n, d int) string {
	if d == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(d))
}

func mark(ok bool) string {
	if ok {
		return "✓"
	}
	return "✗"
}
