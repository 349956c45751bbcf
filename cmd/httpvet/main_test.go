package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// The command is tested as a user runs it: built once, then run on small
// modules written to a temporary directory.

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "httpvet-cmd")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "httpvet")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		panic("go build: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// module writes a module named example.com/m with the given files.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if _, ok := files["go.mod"]; !ok {
		files["go.mod"] = "module example.com/m\n\ngo 1.24\n"
	}
	for name, content := range files {
		write(t, filepath.Join(dir, name), content)
	}
	return dir
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// runCmd runs the binary (or another command) in dir and returns its
// combined output and exit code.
func runCmd(t *testing.T, dir string, name string, args ...string) (string, int) {
	t.Helper()
	stdout, stderr, code := runSplit(t, dir, nil, name, args...)
	return stdout + stderr, code
}

// runSplit runs a command in dir with extra environment variables and
// returns its standard output, standard error and exit code.
func runSplit(t *testing.T, dir string, env []string, name string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return stdout.String(), stderr.String(), 0
	case errors.As(err, &exit):
		return stdout.String(), stderr.String(), exit.ExitCode()
	default:
		t.Fatalf("%s: %v", name, err)
		return "", "", -1
	}
}

const clean = `package m

import (
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

func Get(u string) (*http.Response, error) { return client.Get(u) }
`

const dirty = `package m

import "net/http"

func get(u string) (*http.Response, error) { return http.Get(u) }

func New() *http.Client { return &http.Client{} }
`

// leaky has a bodyclose finding (a safe fix) and a clienttimeout one
// (a behaviour-changing fix).
const leaky = `package m

import (
	"io"
	"net/http"
)

func New() *http.Client { return &http.Client{} }

func Read(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 {
		return nil, io.EOF
	}
	return io.ReadAll(resp.Body)
}
`

// tagged has a finding only with -tags=integration.
const tagged = "//go:build integration\n\npackage m\n\nimport \"net/http\"\n\nfunc Get2(u string) (*http.Response, error) { return http.Get(u) }\n"

const testFile = `package m

import "testing"

func TestNothing(t *testing.T) {}
`

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		args  []string
		code  int
		out   string
	}{
		{"clean", map[string]string{"m.go": clean}, []string{"./..."}, 0, "no findings; 1 package checked"},
		{"findings", map[string]string{"m.go": dirty}, []string{"./..."}, 3, "m.go:5:53: http.Get sends with http.DefaultClient, which has no timeout"},
		{"json findings", map[string]string{"m.go": dirty}, []string{"-json", "./..."}, 3, `"rule":"clienttimeout"`},
		{"format json", map[string]string{"m.go": dirty}, []string{"-format=json", "./..."}, 3, `"rule":"clienttimeout"`},
		{"json clean", map[string]string{"m.go": clean}, []string{"-format=json", "./..."}, 0, "[]"},
		{"sarif findings", map[string]string{"m.go": dirty}, []string{"-format=sarif", "./..."}, 3, `"ruleId": "clienttimeout"`},
		{"type error", map[string]string{"m.go": "package m\n\nvar x int = \"s\"\n"}, []string{"./..."}, 1, "httpvet: example.com/m: m.go:3:13: cannot use"},
		{"no packages", map[string]string{"m.go": clean}, []string{"./nothing/..."}, 1, "nothing"},
		{"unknown flag", map[string]string{"m.go": clean}, []string{"-nosuchflag", "./..."}, 2, "httpvet: flag provided but not defined: -nosuchflag\nrun 'httpvet help' for usage\n"},
		{"bad format", map[string]string{"m.go": clean}, []string{"-format=xml", "./..."}, 2, "want text, json or sarif"},
		{"no arguments", map[string]string{"m.go": clean}, nil, 2, "Usage:"},
		{"update without baseline", map[string]string{"m.go": clean}, []string{"-baseline-update", "./..."}, 2, "-baseline-update needs -baseline=FILE"},
		{"rule off", map[string]string{"m.go": dirty}, []string{"-clienttimeout=false", "./..."}, 0, ""},
		{"tags off", map[string]string{"m.go": clean, "i.go": tagged}, []string{"./..."}, 0, "no findings"},
		{"tags on", map[string]string{"m.go": clean, "i.go": tagged}, []string{"-tags=integration", "./..."}, 3, "i.go:7:54: http.Get sends"},
		{"rule on", map[string]string{"m.go": leaky}, []string{"-bodyclose", "./..."}, 3, "(bodyclose)"},
		{"go files", map[string]string{"m.go": dirty, "sub/s.go": clean}, []string{"m.go", "sub/s.go"}, 3, "http.Get sends"},
		{"all fixed", map[string]string{"m.go": dirty}, []string{"-fix=all", "./..."}, 0, "2 findings fixed in 1 file; 0 findings left"},
		{"fix leaves findings", map[string]string{"m.go": dirty}, []string{"-fix", "./..."}, 3, "not fixed: behaviour-changing fix"},
		{"diff", map[string]string{"m.go": dirty}, []string{"-diff", "./..."}, 3, "+var httpClient"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := module(t, tt.files)
			out, code := runCmd(t, dir, binary, tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; output:\n%s", code, tt.code, out)
			}
			if !strings.Contains(out, tt.out) {
				t.Errorf("output does not contain %q:\n%s", tt.out, out)
			}
			if strings.Contains(out, "panic:") || regexp.MustCompile(`goroutine \d+ \[`).MatchString(out) {
				t.Errorf("output mentions a panic:\n%s", out)
			}
		})
	}
}

// TestText checks the text format: one finding a line, sorted by
// position, each naming its rule, paths relative to the current
// directory, once although the file is also in the test variant; the
// summary on stderr; no colour when not on a terminal.
func TestText(t *testing.T) {
	dir := module(t, map[string]string{"m.go": leaky, "m_test.go": testFile, "sub/s.go": strings.Replace(dirty, "package m", "package sub", 1)})
	stdout, stderr, code := runSplit(t, dir, nil, binary, "./...")
	if code != 3 {
		t.Fatalf("exit %d:\n%s%s", code, stdout, stderr)
	}
	want := []string{
		`m.go:8:35: http.Client has no Timeout: .* \(clienttimeout\)`,
		`m.go:11:15: resp.Body is never closed: .* \(bodyclose\)`,
		`sub/s.go:5:53: http.Get sends with http.DefaultClient.* \(clienttimeout\)`,
		`sub/s.go:7:35: http.Client has no Timeout: .* \(clienttimeout\)`,
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), stdout)
	}
	for i, w := range want {
		if !regexp.MustCompile("^" + w + "$").MatchString(lines[i]) {
			t.Errorf("line %d = %q, want %q", i+1, lines[i], w)
		}
	}
	if strings.Contains(stdout, "\x1b[") || strings.Contains(stderr, "\x1b[") {
		t.Errorf("colour when not on a terminal:\n%q\n%q", stdout, stderr)
	}
	wantSummary := "httpvet: 4 findings (bodyclose 1, clienttimeout 3); 2 packages checked\n"
	if stderr != wantSummary {
		t.Errorf("stderr = %q, want %q", stderr, wantSummary)
	}

	// -c=N shows the lines around each finding.
	stdout, _, _ = runSplit(t, dir, nil, binary, "-c=1", "-bodyclose", ".")
	if !strings.Contains(stdout, "    10\tfunc Read(c *http.Client, u string) ([]byte, error) {\n    11\t\tresp, err := c.Get(u)\n    12\t\tif err != nil {\n") {
		t.Errorf("-c=1 does not show the context:\n%s", stdout)
	}

	// -o writes the output to a file, in text too.
	_, _, code = runSplit(t, dir, nil, binary, "-o", "out.txt", "./...")
	if got := read(t, filepath.Join(dir, "out.txt")); code != 3 || !strings.Contains(got, "(bodyclose)") {
		t.Errorf("-o out.txt: exit %d, file:\n%s", code, got)
	}
}

// TestBrokenPackages: one line per broken package, with the compiler's
// first error, once; the other packages are checked and reported; exit 1.
func TestBrokenPackages(t *testing.T) {
	dir := module(t, map[string]string{
		"good/g.go":      strings.Replace(dirty, "package m", "package good", 1),
		"bad/b.go":       "package bad\n\nvar x int = \"s\"\nvar y int = \"t\"\n",
		"bad/b_test.go":  "package bad\n\nimport \"testing\"\n\nfunc TestB(t *testing.T) {}\n",
		"syn/s.go":       "package syn\n\nfunc f( {\n",
		"user/u.go":      "package user\n\nimport _ \"example.com/m/bad\"\n",
		"good/g_test.go": strings.Replace(testFile, "package m", "package good", 1),
	})
	stdout, stderr, code := runSplit(t, dir, nil, binary, "./...")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if strings.Count(stdout, "(clienttimeout)") != 2 {
		t.Errorf("the good package's findings are not reported once each:\n%s", stdout)
	}
	wantErr := "httpvet: example.com/m/bad: bad/b.go:3:13: cannot use \"s\" (untyped string constant) as int value in variable declaration\n" +
		"httpvet: example.com/m/syn: syn/s.go:3:9: syntax error: unexpected {, expected )\n" +
		"httpvet: 2 findings (clienttimeout 2); 1 package checked\n"
	if stderr != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, wantErr)
	}
	for _, noise := range []string{"failed prerequisites", "analysis skipped", "b.go:4:13"} {
		if strings.Contains(stderr, noise) {
			t.Errorf("stderr contains %q", noise)
		}
	}

	// SARIF is written for the packages that loaded, with the broken
	// ones as tool notifications.
	stdout, _, code = runSplit(t, dir, nil, binary, "-format=sarif", "./...")
	var log sarifLog
	if err := json.Unmarshal([]byte(stdout), &log); err != nil || code != 1 {
		t.Fatalf("exit %d, SARIF %v:\n%s", code, err, stdout)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 2 || len(log.Runs[0].Results) != 2 {
		t.Errorf("invocation %+v, %d results", inv, len(log.Runs[0].Results))
	}
}

// TestModuleErrors: no go.mod, a module that needs a newer Go: one line
// each, as the go command says it, exit 1.
func TestModuleErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "x", "x.go"), "package x\n")
	stdout, stderr, code := runSplit(t, dir, []string{"GOFLAGS=", "GOWORK=off"}, binary, "./...")
	if code != 1 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "go.mod file not found") {
		t.Errorf("no go.mod: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}

	dir = module(t, map[string]string{"go.mod": "module example.com/n\n\ngo 1.99\n", "n.go": "package n\n"})
	stdout, stderr, code = runSplit(t, dir, []string{"GOTOOLCHAIN=local"}, binary, "./...")
	if code != 1 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "go.mod requires go >= 1.99") {
		t.Errorf("newer Go: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}

	dir = module(t, map[string]string{"m.go": clean})
	stdout, stderr, code = runSplit(t, dir, nil, binary, "./nothing/...")
	if code != 1 || stdout != "" || strings.Count(stderr, "\n") != 1 {
		t.Errorf("no match: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestJSON(t *testing.T) {
	dir := module(t, map[string]string{"m.go": dirty, "m_test.go": testFile})
	out, code := runCmd(t, dir, binary, "-json", "./...")
	if code != 3 {
		t.Fatalf("exit code %d:\n%s", code, out)
	}
	stdout, _, _ := runSplit(t, dir, nil, binary, "-json", "./...")
	var records []jsonFinding
	if err := json.Unmarshal([]byte(stdout), &records); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, stdout)
	}
	if len(records) != 2 {
		t.Fatalf("got %d records, want 2 (no test-variant duplicates):\n%s", len(records), stdout)
	}
	// One record a line.
	if n := strings.Count(stdout, "\n"); n != 4 {
		t.Errorf("%d lines, want 4:\n%s", n, stdout)
	}
	for _, r := range records {
		if r.Rule != "clienttimeout" || !strings.HasSuffix(r.Posn, ":5:53") && !strings.HasSuffix(r.Posn, ":7:35") || r.End == "" || r.Message == "" ||
			len(r.Fixes) == 0 || len(r.Fixes[0].Edits) == 0 || !filepath.IsAbs(r.Fixes[0].Edits[0].Filename) {
			t.Errorf("incomplete record: %+v", r)
		}
	}
}

func TestFix(t *testing.T) {
	dir := module(t, map[string]string{"m.go": dirty})
	out, code := runCmd(t, dir, binary, "-diff", "./...")
	if !strings.Contains(out, "+var httpClient = &http.Client{Timeout: 30 * time.Second}") || code != 3 {
		t.Errorf("-diff does not show the shared client (exit %d):\n%s", code, out)
	}
	if got := read(t, filepath.Join(dir, "m.go")); got != dirty {
		t.Errorf("-diff changed the file")
	}
	// The diff applies with git apply.
	diff, _, _ := runSplit(t, dir, nil, binary, "-diff", "./...")
	os.WriteFile(filepath.Join(dir, "fix.patch"), []byte(diff), 0o644)
	if out, code := runCmd(t, dir, "git", "apply", "--check", "fix.patch"); code != 0 {
		t.Errorf("git apply --check: %s\n%s", out, diff)
	}
	os.Remove(filepath.Join(dir, "fix.patch"))

	out, code = runCmd(t, dir, binary, "-fix=all", "-clienttimeout.default=1m", "./...")
	if code != 0 {
		t.Fatalf("-fix=all: exit code %d:\n%s", code, out)
	}
	fixed := read(t, filepath.Join(dir, "m.go"))
	for _, want := range []string{"httpClient.Get(u)", "&http.Client{Timeout: time.Minute}", "\"time\""} {
		if !strings.Contains(fixed, want) {
			t.Errorf("fixed file lacks %q:\n%s", want, fixed)
		}
	}
	if out, code := runCmd(t, dir, "go", "build", "./..."); code != 0 {
		t.Errorf("fixed module does not build:\n%s\n%s", out, fixed)
	}
	if out, code := runCmd(t, dir, binary, "./..."); code != 0 {
		t.Errorf("findings remain after -fix (exit %d):\n%s", code, out)
	}
}

func TestVetTool(t *testing.T) {
	dir := module(t, map[string]string{"m.go": dirty})
	out, code := runCmd(t, dir, "go", "vet", "-vettool="+binary, "./...")
	if code == 0 || !strings.Contains(out, "http.Get sends with http.DefaultClient") {
		t.Errorf("go vet -vettool: exit %d, output:\n%s", code, out)
	}
	out, code = runCmd(t, dir, "go", "vet", "-vettool="+binary, "-clienttimeout=false", "./...")
	if code != 0 {
		t.Errorf("go vet -vettool -clienttimeout=false: exit %d, output:\n%s", code, out)
	}
	// go vet -fix applies every fix, whatever its tier: the vet tool
	// protocol is x/tools' unitchecker.
	out, code = runCmd(t, dir, "go", "vet", "-vettool="+binary, "-fix", "./...")
	if fixed := read(t, filepath.Join(dir, "m.go")); !strings.Contains(fixed, "httpClient.Get(u)") {
		t.Errorf("go vet -vettool -fix: exit %d, output:\n%s\nfile:\n%s", code, out, fixed)
	}
}

func TestFixTool(t *testing.T) {
	dir := module(t, map[string]string{"m.go": dirty})
	out, code := runCmd(t, dir, "go", "fix", "-fixtool="+binary, "-diff", "./...")
	if code == 0 || !strings.Contains(out, "+var httpClient") {
		t.Errorf("go fix -fixtool -diff: exit %d, output:\n%s", code, out)
	}
}

func TestHelpAndVersion(t *testing.T) {
	out, code := runCmd(t, t.TempDir(), binary, "help")
	if code != 0 || !strings.Contains(out, "clienttimeout") || !strings.Contains(out, "[safe fix]") {
		t.Errorf("help: exit %d:\n%s", code, out)
	}
	out, code = runCmd(t, t.TempDir(), binary, "help", "clienttimeout")
	if code != 0 || !strings.Contains(out, "-clienttimeout.default") || !strings.Contains(out, "Fixes:") || !strings.Contains(out, "Fix tier: behaviour-changing") {
		t.Errorf("help clienttimeout: exit %d:\n%s", code, out)
	}
	out, code = runCmd(t, t.TempDir(), binary, "help", "nosuchrule")
	if code != 2 {
		t.Errorf("help nosuchrule: exit %d:\n%s", code, out)
	}
	for _, flag := range []string{"-V", "-version"} {
		out, code = runCmd(t, t.TempDir(), binary, flag)
		if code != 0 || !regexp.MustCompile(`^httpvet (v\d\S*|devel)( [0-9a-f]{12}(-dirty)?)? go1\.\d+`).MatchString(out) {
			t.Errorf("%s: exit %d: %q", flag, code, out)
		}
	}
	// The usage lists none of the multichecker's deprecated flags.
	out, _ = runCmd(t, t.TempDir(), binary, "-h")
	for _, old := range []string{"-cpuprofile", "-debug", "-source", "-tags=", "-trace"} {
		if old != "-tags=" && strings.Contains(out, old) {
			t.Errorf("usage lists %s", old)
		}
	}
}

func TestGoToolProtocol(t *testing.T) {
	for args, want := range map[string]bool{
		"-V=full":                     true,
		"-flags":                      true,
		"-clienttimeout=false a.cfg":  true,
		"./...":                       false,
		"-V":                          false,
		"-json ./x.cfg ./y":           false,
		"-format=sarif ./pkg ./b.cfg": false,
	} {
		if got := isGoToolProtocol(strings.Fields(args)); got != want {
			t.Errorf("isGoToolProtocol(%s) = %v, want %v", args, got, want)
		}
	}
}

func TestPackageArgs(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.go", "b.go", "sub/c.go"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(f)), 0o755)
		os.WriteFile(filepath.Join(dir, f), []byte("package x\n"), 0o644)
	}
	t.Chdir(dir)
	got := packageArgs([]string{"-json", "a.go", "b.go", "sub/c.go", "./other/...", "missing.go"})
	want := []string{"-json", "./.", "./sub", "./other/...", "missing.go"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("packageArgs = %q, want %q", got, want)
	}
}

// TestColour: colour on a terminal (script(1) gives the command one),
// none with NO_COLOR.
func TestColour(t *testing.T) {
	if _, err := exec.LookPath("script"); err != nil || runtime.GOOS != "linux" {
		t.Skip("no script(1)")
	}
	dir := module(t, map[string]string{"m.go": dirty})
	out, _ := runCmd(t, dir, "script", "-qec", binary+" ./...", "/dev/null")
	if !strings.Contains(out, "\x1b[1mm.go:5:53:\x1b[0m") || !strings.Contains(out, "\x1b[36m(clienttimeout)\x1b[0m") {
		t.Errorf("no colour on a terminal: %q", out)
	}
	out, _ = runCmd(t, dir, "script", "-qec", "NO_COLOR=1 "+binary+" ./...", "/dev/null")
	if strings.Contains(out, "\x1b[") {
		t.Errorf("colour with NO_COLOR: %q", out)
	}
}

// restLib is an application's own REST client in a package of its own:
// CallJSON decodes the body, closes it, and hands back the response for
// its headers; Send returns the response as net/http does.
const restLib = `package rest

import (
	"encoding/json"
	"net/http"
)

type Client struct{ HTTP *http.Client }

// CallJSON sends req and decodes a 2xx body into v; the body is closed.
func (c *Client) CallJSON(req *http.Request, v any) (*http.Response, error) {
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return resp, nil
	}
	return resp, json.NewDecoder(resp.Body).Decode(v)
}

// Send is a plain send: any status, the body open.
func (c *Client) Send(req *http.Request) (*http.Response, error) {
	return c.HTTP.Do(req)
}
`

const restApp = `package app

import (
	"encoding/json"
	"net/http"

	"example.com/m/lib/rest"
)

func Etag(c *rest.Client, req *http.Request) (string, error) {
	var v struct{}
	resp, err := c.CallJSON(req, &v)
	if err != nil {
		return "", err
	}
	return resp.Header.Get("ETag"), nil
}

func Decode(c *rest.Client, req *http.Request, v any) error {
	resp, err := c.Send(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}
`

// TestFactsAcrossPackages: the summaries of one package analyzed in the
// run reach the packages that import it (lib/rest's CallJSON closes what
// it returns; its Send returns an unchecked response); a package loaded
// from export data is judged by signatures.
func TestFactsAcrossPackages(t *testing.T) {
	dir := module(t, map[string]string{
		"lib/rest/rest.go":      restLib,
		"lib/rest/rest_test.go": "package rest_test\n\nimport (\n\t\"testing\"\n\n\t\"example.com/m/app\"\n)\n\nfunc TestX(t *testing.T) { _ = app.Etag }\n",
		"lib/rest/in_test.go":   "package rest\n\nimport \"testing\"\n\nfunc TestZ(t *testing.T) {}\n",
		"app/app.go":            restApp,
		"app/app_test.go":       "package app\n\nimport \"testing\"\n\nfunc TestY(t *testing.T) {}\n",
		"bad/b.go":              "package bad\n\nimport \"net/http\"\n\nvar x int = \"s\"\n\nfunc Get(c *http.Client) (*http.Response, error) { return c.Get(\"u\") }\n",
		"user/u.go":             "package user\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/m/bad\"\n)\n\nfunc F(c *http.Client) int { r, _ := bad.Get(c); return r.StatusCode }\n",
	})
	// The whole module, with its test variants (app [rest.test], loaded
	// from source since it imports rest [rest.test]): no bodyclose
	// finding for Etag (CallJSON closed
	// the body), a statuscheck finding for Decode (Send checks nothing).
	stdout, stderr, code := runSplit(t, dir, nil, binary, "-bodyclose", "-statuscheck", "./...")
	if code != 1 { // bad does not type-check
		t.Errorf("./...: exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	if strings.Contains(stdout, "app.go:12") || !strings.Contains(stdout, "app.go:25") || !strings.Contains(stdout, "(statuscheck)") {
		t.Errorf("./...: want a statuscheck finding at app.go:25 and none at app.go:12:\n%s", stdout)
	}
	for _, noise := range []string{"panic", "failed prerequisites", "analysis skipped", "internal error"} {
		if strings.Contains(stderr, noise) {
			t.Errorf("stderr contains %q:\n%s", noise, stderr)
		}
	}
	// app alone: lib/rest comes from export data, and CallJSON's
	// signature says the caller owns an open body; Send is taken to
	// have checked the status.
	stdout, _, code = runSplit(t, dir, nil, binary, "-bodyclose", "-statuscheck", "./app")
	if code != 3 || !strings.Contains(stdout, "app.go:12") || strings.Contains(stdout, "(statuscheck)") {
		t.Errorf("./app: exit %d, want a bodyclose finding at app.go:12 and no statuscheck one:\n%s", code, stdout)
	}
}
