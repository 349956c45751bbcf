package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"
)

// result is what one command run cost and produced.
type result struct {
	name   string
	wall   time.Duration
	maxRSS int64 // peak resident set, KB
	code   int   // exit code; -1 when killed by a signal or not started
	stdout []byte
	stderr []byte
	err    error // not started, timed out, or killed
}

// failed reports whether the command did not run to an exit code.
func (r result) failed() bool { return r.err != nil }

// output returns stderr and stdout, for error messages.
func (r result) output() string {
	return strings.TrimSpace(string(r.stderr) + "\n" + string(r.stdout))
}

// runner runs commands with one environment and a per-command timeout.
type runner struct {
	env     []string
	timeout time.Duration
	verbose bool
}

// run runs name with args in dir and measures its wall time and peak
// memory (the maximum resident set size reported by wait4, which covers
// the process and the children it waited for, such as go list).
func (rn *runner) run(dir, name string, args ...string) result {
	return rn.runEnv(dir, nil, name, args...)
}

func (rn *runner) runEnv(dir string, extraEnv []string, name string, args ...string) result {
	ctx, cancel := context.WithTimeout(context.Background(), rn.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(append([]string(nil), rn.env...), extraEnv...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if rn.verbose {
		logf("  $ (cd %s && %s %s)", dir, name, abbrev(args))
	}
	start := time.Now()
	err := cmd.Run()
	r := result{name: name, wall: time.Since(start), code: -1, stdout: stdout.Bytes(), stderr: stderr.Bytes()}
	if cmd.ProcessState != nil {
		r.code = cmd.ProcessState.ExitCode()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.maxRSS = int64(ru.Maxrss)
			if runtime.GOOS == "darwin" {
				r.maxRSS /= 1024 // bytes there, KB on Linux
			}
		}
	}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		r.err = fmt.Errorf("%s: timed out after %v", name, rn.timeout)
	case err != nil && !errors.As(err, &exit):
		r.err = err
	case r.code == -1:
		r.err = fmt.Errorf("%s: %v", name, err)
	}
	return r
}

// abbrev shortens a long argument list for logs.
func abbrev(args []string) string {
	if len(args) <= 8 {
		return strings.Join(args, " ")
	}
	return strings.Join(args[:6], " ") + fmt.Sprintf(" … (%d more)", len(args)-6)
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// median of durations or sizes.
func medianDur(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func medianInt(xs []int64) int64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]int64(nil), xs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
