package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
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
	files["go.mod"] = "module example.com/m\n\ngo 1.24\n"
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// run runs the binary (or another command) in dir and returns its
// combined output and exit code.
func run(t *testing.T, dir string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out.String(), 0
	case errors.As(err, &exit):
		return out.String(), exit.ExitCode()
	default:
		t.Fatalf("%s: %v", name, err)
		return "", -1
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

func Get(u string) (*http.Response, error) { return http.Get(u) }

func New() *http.Client { return &http.Client{} }
`

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		args  []string
		code  int
		out   string
	}{
		{"clean", map[string]string{"m.go": clean}, []string{"./..."}, 0, ""},
		{"findings", map[string]string{"m.go": dirty}, []string{"./..."}, 3, "m.go:5:53: http.Get sends with http.DefaultClient"},
		{"type error", map[string]string{"m.go": "package m\n\nvar x int = \"s\"\n"}, []string{"./..."}, 1, "cannot use"},
		{"no packages", map[string]string{"m.go": clean}, []string{"./nothing/..."}, 1, "nothing"},
		{"unknown flag", map[string]string{"m.go": clean}, []string{"-nosuchflag", "./..."}, 2, "flag provided but not defined: -nosuchflag"},
		{"rule off", map[string]string{"m.go": dirty}, []string{"-clienttimeout=false", "./..."}, 0, ""},
		{"go files", map[string]string{"m.go": dirty, "sub/s.go": clean}, []string{"m.go", "sub/s.go"}, 3, "http.Get sends"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := module(t, tt.files)
			out, code := run(t, dir, binary, tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; output:\n%s", code, tt.code, out)
			}
			if !strings.Contains(out, tt.out) {
				t.Errorf("output does not contain %q:\n%s", tt.out, out)
			}
			if strings.Contains(out, "panic") {
				t.Errorf("output mentions a panic:\n%s", out)
			}
		})
	}
}

func TestJSON(t *testing.T) {
	dir := module(t, map[string]string{"m.go": dirty})
	out, code := run(t, dir, binary, "-json", "./...")
	if code != 0 {
		t.Fatalf("exit code %d:\n%s", code, out)
	}
	// The standard x/tools shape: package -> analyzer -> diagnostics.
	var tree map[string]map[string][]struct {
		Posn           string `json:"posn"`
		Message        string `json:"message"`
		SuggestedFixes []struct {
			Message string `json:"message"`
			Edits   []struct {
				Filename string `json:"filename"`
				Start    int    `json:"start"`
				End      int    `json:"end"`
				New      string `json:"new"`
			} `json:"edits"`
		} `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("not the analysis JSON tree: %v\n%s", err, out)
	}
	diags := tree["example.com/m"]["clienttimeout"]
	if len(diags) != 2 {
		t.Fatalf("got %d clienttimeout diagnostics, want 2:\n%s", len(diags), out)
	}
	for _, d := range diags {
		if d.Posn == "" || d.Message == "" || len(d.SuggestedFixes) == 0 || len(d.SuggestedFixes[0].Edits) == 0 {
			t.Errorf("incomplete diagnostic: %+v", d)
		}
	}
}

func TestFix(t *testing.T) {
	dir := module(t, map[string]string{"m.go": dirty})
	out, code := run(t, dir, binary, "-fix", "-diff", "./...")
	if !strings.Contains(out, "+var httpClient = &http.Client{Timeout: 30 * time.Second}") {
		t.Errorf("-fix -diff does not show the shared client (exit %d):\n%s", code, out)
	}
	if before, _ := os.ReadFile(filepath.Join(dir, "m.go")); string(before) != dirty {
		t.Errorf("-fix -diff changed the file")
	}

	out, code = run(t, dir, binary, "-fix", "-clienttimeout.default=1m", "./...")
	if code != 0 {
		t.Fatalf("-fix: exit code %d:\n%s", code, out)
	}
	fixed, _ := os.ReadFile(filepath.Join(dir, "m.go"))
	for _, want := range []string{"httpClient.Get(u)", "&http.Client{Timeout: time.Minute}", "\"time\""} {
		if !strings.Contains(string(fixed), want) {
			t.Errorf("fixed file lacks %q:\n%s", want, fixed)
		}
	}
	if out, code := run(t, dir, "go", "build", "./..."); code != 0 {
		t.Errorf("fixed module does not build:\n%s\n%s", out, fixed)
	}
	if out, code := run(t, dir, binary, "./..."); code != 0 {
		t.Errorf("findings remain after -fix (exit %d):\n%s", code, out)
	}
}

func TestVetTool(t *testing.T) {
	dir := module(t, map[string]string{"m.go": dirty})
	out, code := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	if code == 0 || !strings.Contains(out, "http.Get sends with http.DefaultClient") {
		t.Errorf("go vet -vettool: exit %d, output:\n%s", code, out)
	}
	out, code = run(t, dir, "go", "vet", "-vettool="+binary, "-clienttimeout=false", "./...")
	if code != 0 {
		t.Errorf("go vet -vettool -clienttimeout=false: exit %d, output:\n%s", code, out)
	}
}

func TestFixTool(t *testing.T) {
	dir := module(t, map[string]string{"m.go": dirty})
	out, code := run(t, dir, "go", "fix", "-fixtool="+binary, "-diff", "./...")
	if code == 0 || !strings.Contains(out, "+var httpClient") {
		t.Errorf("go fix -fixtool -diff: exit %d, output:\n%s", code, out)
	}
}

func TestHelp(t *testing.T) {
	out, code := run(t, t.TempDir(), binary, "help")
	if code != 0 || !strings.Contains(out, "clienttimeout") {
		t.Errorf("help: exit %d:\n%s", code, out)
	}
	out, code = run(t, t.TempDir(), binary, "help", "clienttimeout")
	if code != 0 || !strings.Contains(out, "-clienttimeout.default") || !strings.Contains(out, "Fixes:") {
		t.Errorf("help clienttimeout: exit %d:\n%s", code, out)
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
