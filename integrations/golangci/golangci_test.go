// Package golangci tests golangci-lint with the httpvet module plugin,
// built by ./cmd/golangci-lint.
//
// These tests build that golangci-lint (a few minutes on a cold
// build cache) and run it on a demo module. They run only when asked:
//
//	HTTPVET_INTEGRATION=1 go test -timeout 30m ./...
//
// integrations/run.sh does that.
package golangci

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

var linterPath string // built once, by TestMain

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if os.Getenv("HTTPVET_INTEGRATION") != "1" {
		return m.Run() // the tests skip themselves
	}
	// The test runs in this package's directory, the module's root.
	dir, err := os.MkdirTemp("", "httpvet-golangci-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	linterPath = filepath.Join(dir, "golangci-lint")
	start := time.Now()
	cmd := exec.Command("go", "build", "-o", linterPath, "./cmd/golangci-lint")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "building golangci-lint with the httpvet plugin: %v\n", err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "built golangci-lint with the httpvet plugin in %s\n", time.Since(start).Round(time.Second))
	return m.Run()
}

func needIntegration(t *testing.T) {
	t.Helper()
	if os.Getenv("HTTPVET_INTEGRATION") != "1" {
		t.Skip("integration test: builds golangci-lint v2 with the httpvet plugin (minutes); set HTTPVET_INTEGRATION=1 to run it (integrations/run.sh does)")
	}
}

// The demo has one finding of each rule, each marked with a comment that
// names the rule, so the test can find its line.
const demoGoMod = `module example.com/demo

go 1.26
`

const demoClient = `package demo

import (
	"crypto/tls"
	"encoding/json"
	"net/http"
	"time"
)

func fetch(u string) (*http.Response, error) {
	return http.Get(u) // want clienttimeout
}

func head(u string) (*http.Response, error) {
	return http.Head(u) //nolint:httpvet // the caller's context bounds it
}

func newClient(tr http.RoundTripper) *http.Client {
	return &http.Client{Transport: tr} // want clienttimeout
}

func status(c *http.Client, u string) (int, error) {
	resp, err := c.Get(u) // want bodyclose
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func insecure() *http.Transport {
	return &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want insecuretls
}

func user(c *http.Client, u string) (map[string]any, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var v map[string]any
	return v, json.NewDecoder(resp.Body).Decode(&v) // want statuscheck
}

func ping(u string) error {
	client := &http.Client{Transport: &http.Transport{}, Timeout: time.Second} // want clientreuse
	resp, err := client.Head(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func pong(u string) error {
	//httpvet:ignore clientreuse -- one pong per process
	client := &http.Client{Transport: &http.Transport{}, Timeout: time.Second}
	resp, err := client.Head(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

//httpvet:ignore bodyclose -- nothing to silence here // want ignore
func nothing() {}
`

const demoSecret = `package demo

import "net/http"

func listRepos(c *http.Client, u string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer q8XvR2mTz5LpW9nK3cYb7HdF") // want secrets
	return c.Do(req)
}
`

// config returns a .golangci.yml that runs httpvet alone, with the given
// YAML under its settings.
func config(settings string) string {
	cfg := `version: "2"
linters:
  default: none
  enable:
    - httpvet
  settings:
    custom:
      httpvet:
        type: module
        description: HTTP-client mistakes that take services down
`
	if settings != "" {
		cfg += "        settings:\n"
		for line := range strings.Lines(strings.TrimSpace(settings)) {
			cfg += "          " + line
		}
		cfg += "\n"
	}
	return cfg
}

// The settings under test: a rule off, an option changed.
const testSettings = `
disable: [clientreuse]
settings:
  clienttimeout:
    default: 45s
`

type issue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename string
		Line     int
	}
}

func (i issue) String() string {
	return fmt.Sprintf("%s:%d: %s (%s)", i.Pos.Filename, i.Pos.Line, i.Text, i.FromLinter)
}

// rule is the httpvet rule of an issue: golangci-lint prefixes the message
// with the analyzer's name.
func (i issue) rule() string {
	r, _, _ := strings.Cut(i.Text, ":")
	return r
}

// writeDemo writes the demo module with the given .golangci.yml.
func writeDemo(t *testing.T, cfg string) string {
	t.Helper()
	return writeModule(t, map[string]string{
		"go.mod":        demoGoMod,
		"client.go":     demoClient,
		"secret.go":     demoSecret,
		".golangci.yml": cfg,
	})
}

func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// lint runs golangci-lint in dir and returns its issues and exit code.
func lint(t *testing.T, dir string, args ...string) ([]issue, int, string) {
	t.Helper()
	args = append([]string{"run", "--output.json.path=stdout", "--output.text.path=stderr", "--show-stats=false"}, args...)
	args = append(args, "./...")
	cmd := exec.Command(linterPath, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running golangci-lint: %v", err)
		}
		code = ee.ExitCode()
	}
	var out struct{ Issues []issue }
	if stdout.Len() > 0 {
		if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
			t.Fatalf("golangci-lint's JSON output: %v\n%s\nstderr:\n%s", err, stdout.Bytes(), stderr.Bytes())
		}
	}
	t.Logf("golangci-lint %s: exit %d\n%s", strings.Join(args, " "), code, stderr.Bytes())
	return out.Issues, code, stderr.String()
}

// wanted returns "file:line rule" for every "// want RULE" comment of the demo.
func wanted(rules ...string) []string {
	var want []string
	for file, src := range map[string]string{"client.go": demoClient, "secret.go": demoSecret} {
		n := 0
		for line := range strings.Lines(src) {
			n++
			_, rule, ok := strings.Cut(line, "// want ")
			if ok && slices.Contains(rules, strings.TrimSpace(rule)) {
				want = append(want, fmt.Sprintf("%s:%d %s", file, n, strings.TrimSpace(rule)))
			}
		}
	}
	slices.Sort(want)
	return want
}

func got(issues []issue) []string {
	var got []string
	for _, i := range issues {
		got = append(got, fmt.Sprintf("%s:%d %s", i.Pos.Filename, i.Pos.Line, i.rule()))
	}
	slices.Sort(got)
	return got
}

func checkIssues(t *testing.T, issues []issue, want []string) {
	t.Helper()
	for _, i := range issues {
		if i.FromLinter != "httpvet" {
			t.Errorf("an issue from %s, not httpvet: %s", i.FromLinter, i)
		}
	}
	if g := got(issues); !slices.Equal(g, want) {
		t.Errorf("issues:\n\t%s\nwant:\n\t%s\nall issues:\n%v", strings.Join(g, "\n\t"), strings.Join(want, "\n\t"), issues)
	}
}

// TestDefaults: with no settings every rule reports, the //nolint:httpvet
// line is silent, and the ignore analyzer reports the stale directive.
func TestDefaults(t *testing.T) {
	needIntegration(t)
	dir := writeDemo(t, config(""))
	issues, code, _ := lint(t, dir)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (issues found)", code)
	}
	checkIssues(t, issues, wanted("clienttimeout", "bodyclose", "insecuretls", "statuscheck", "clientreuse", "secrets", "ignore"))
	for _, i := range issues {
		if i.rule() == "clienttimeout" && i.Pos.Line == 11 && !strings.Contains(i.Text, "http.Get") {
			t.Errorf("the clienttimeout finding on http.Get does not name it: %s", i)
		}
	}
}

// TestSettings: the disabled rule is silent, and the directive naming it is
// neither stale nor unknown.
func TestSettings(t *testing.T) {
	needIntegration(t)
	dir := writeDemo(t, config(testSettings))
	issues, code, _ := lint(t, dir)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (issues found)", code)
	}
	checkIssues(t, issues, wanted("clienttimeout", "bodyclose", "insecuretls", "statuscheck", "secrets", "ignore"))

	dir = writeDemo(t, config("enable: [secrets]"))
	issues, _, _ = lint(t, dir)
	checkIssues(t, issues, wanted("secrets"))
}

// TestBadSettings: a mistake in the settings stops golangci-lint with
// httpvet's message.
func TestBadSettings(t *testing.T) {
	needIntegration(t)
	dir := writeDemo(t, config("settings:\n  clienttimeout:\n    default: soon"))
	issues, code, stderr := lint(t, dir)
	if code == 0 || code == 1 || len(issues) > 0 {
		t.Errorf("exit code %d with %d issues, want a failure and none", code, len(issues))
	}
	if want := `httpvet settings: settings.clienttimeout.default: invalid value "soon"`; !strings.Contains(stderr, want) {
		t.Errorf("stderr does not contain %q:\n%s", want, stderr)
	}
}

// TestFix: --fix applies every fix of the configured rules, with the
// configured timeout, and the result builds.
func TestFix(t *testing.T) {
	needIntegration(t)
	dir := writeDemo(t, config(testSettings))
	_, code, _ := lint(t, dir, "--fix")
	if code != 1 {
		// The ignore analyzer's stale directive has no fix.
		t.Errorf("exit code %d, want 1 (the unfixable issue remains)", code)
	}
	client, err := os.ReadFile(filepath.Join(dir, "client.go"))
	if err != nil {
		t.Fatal(err)
	}
	secret, err := os.ReadFile(filepath.Join(dir, "secret.go"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("client.go after --fix:\n%s\nsecret.go after --fix:\n%s", client, secret)
	for _, want := range []string{
		"httpClient.Get(u)",                    // clienttimeout, through a shared client
		"45 * time.Second",                     // with the configured timeout
		"http.Head(u) //nolint:httpvet",        // not the silenced finding
		"defer resp.Body.Close()",              // bodyclose
		"unexpected status",                    // statuscheck
		"Transport{}, Timeout: time.Second} /", // clientreuse is off: ping is left alone
	} {
		if !bytes.Contains(client, []byte(want)) {
			t.Errorf("client.go after --fix does not contain %q", want)
		}
	}
	for _, gone := range []string{"InsecureSkipVerify", "30 * time.Second"} {
		if bytes.Contains(client, []byte(gone)) {
			t.Errorf("client.go after --fix still contains %q", gone)
		}
	}
	if !bytes.Contains(secret, []byte("os.Getenv(")) || bytes.Contains(secret, []byte("q8XvR2mTz5LpW9nK3cYb7HdF")) {
		t.Errorf("secret.go after --fix still holds the token")
	}

	// golangci-lint applies the raw edits, without goimports: the fixed
	// code must build as it is.
	build := exec.Command("go", "build", "./...")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("the fixed demo does not build: %v\n%s", err, out)
	}
	vet := exec.Command("go", "vet", "./...")
	vet.Dir = dir
	vet.Env = build.Env
	if out, err := vet.CombinedOutput(); err != nil {
		t.Errorf("go vet on the fixed demo: %v\n%s", err, out)
	}

	// What is left is the stale directive, which has no fix (the lines
	// have moved: compare the rules only).
	issues, _, _ := lint(t, dir)
	if len(issues) != 1 || issues[0].rule() != "ignore" {
		t.Errorf("issues after --fix: %v, want the stale directive alone", issues)
	}
}

// TestFixSharedClientSilenced is a known limit of clienttimeout's fixes
// under golangci-lint. The fixes that route http.Get and friends through
// one package-level client all carry the client's declaration, placed in
// one file; golangci-lint drops the edits of a fix that fall outside the
// file of its finding, and applies no fix for a finding silenced with
// //nolint. When the file chosen for the declaration holds only silenced
// (or excluded) findings, the other files are fixed to use a client that
// is never declared. The httpvet command has no such problem: its
// //httpvet:ignore directives silence findings before the placement is
// chosen.
func TestFixSharedClientSilenced(t *testing.T) {
	needIntegration(t)
	dir := writeModule(t, map[string]string{
		"go.mod": demoGoMod,
		"a.go": `package demo

import "net/http"

func fetch(u string) (*http.Response, error) {
	return http.Get(u)
}

func newClient() *http.Client { return &http.Client{} }
`,
		"b.go": `package demo

import "net/http"

// post is the file's only use of net/http, so clienttimeout declares
// the shared client here, to keep the import used.
func post(u string) error {
	resp, err := http.Post(u, "text/plain", nil) //nolint:httpvet // bounded by the caller
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
`,
		".golangci.yml": config(""),
	})
	lint(t, dir, "--fix")
	build := exec.Command("go", "build", "./...")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		a, _ := os.ReadFile(filepath.Join(dir, "a.go"))
		t.Fatalf("the fixed module does not build: %v\n%s\na.go:\n%s", err, out, a)
	}
}

// TestDependencyVersions: the build uses exactly the versions golangci-lint
// itself requires (golang.org/x/tools above all), so the plugin adds no
// upgrade that golangci-lint's own release was not tested with.
func TestDependencyVersions(t *testing.T) {
	needIntegration(t)
	const gcl = "github.com/golangci/golangci-lint/v2"
	goCmd := func(args ...string) string {
		t.Helper()
		out, err := exec.Command("go", args...).Output()
		if err != nil {
			t.Fatalf("go %s: %v", strings.Join(args, " "), err)
		}
		return string(out)
	}
	selected := make(map[string]string)
	for line := range strings.Lines(goCmd("list", "-m", "all")) {
		if f := strings.Fields(line); len(f) >= 2 {
			selected[f[0]] = f[1]
		}
	}
	version := selected[gcl]
	if version == "" {
		t.Fatalf("%s is not in the build list", gcl)
	}
	n := 0
	for line := range strings.Lines(goCmd("mod", "graph")) {
		from, to, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok || from != gcl+"@"+version {
			continue
		}
		path, want, _ := strings.Cut(to, "@")
		if path == "go" || path == "toolchain" {
			continue // the go line, not a module
		}
		if got := selected[path]; got != want {
			t.Errorf("%s: the build selects %s, golangci-lint %s requires %s", path, got, version, want)
		}
		n++
	}
	if n == 0 || selected["golang.org/x/tools"] == "" {
		t.Fatalf("no requirements of %s@%s found in go mod graph", gcl, version)
	}
	t.Logf("%d requirements of golangci-lint %s checked; golang.org/x/tools %s", n, version, selected["golang.org/x/tools"])
}
