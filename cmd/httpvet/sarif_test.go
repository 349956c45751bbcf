package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A module whose finding sits in a file that belongs to the package and
// to its test variant: SARIF must list it once.
var sarifModule = map[string]string{
	"m.go": `package m

import "net/http"

func Get(u string) (*http.Response, error) { return http.Get(u) }
`,
	"m_test.go": `package m

import "testing"

func TestGet(t *testing.T) {}
`,
	"sub/s.go": `package sub

import "crypto/tls"

var Config = &tls.Config{InsecureSkipVerify: true}
`,
}

func TestSARIF(t *testing.T) {
	dir := module(t, sarifModule)
	out, code := runCmd(t, dir, binary, "-format=sarif", "./...")
	if code != 3 {
		t.Fatalf("exit code %d, want 3:\n%s", code, out)
	}
	var log map[string]any
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}

	schemaData, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sarif", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(schemaData, &schema); err != nil {
		t.Fatal(err)
	}
	for _, e := range validate(schema, schema, log, "$") {
		t.Errorf("schema: %s", e)
	}
	// The validator itself must catch a broken log.
	var broken map[string]any
	json.Unmarshal([]byte(out), &broken)
	broken["version"] = "2.0"
	broken["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)["level"] = "fatal"
	if errs := validate(schema, schema, broken, "$"); len(errs) < 2 {
		t.Errorf("validator accepts a broken log: %v", errs)
	}

	var typed sarifLog
	json.Unmarshal([]byte(out), &typed)
	run0 := typed.Runs[0]
	rules := make(map[string]bool)
	for _, r := range run0.Tool.Driver.Rules {
		rules[r.ID] = true
		if r.ShortDescription.Text == "" || r.HelpURI == "" {
			t.Errorf("rule %s lacks a description or help URI", r.ID)
		}
	}
	for _, want := range []string{"clienttimeout", "bodyclose", "statuscheck", "insecuretls", "clientreuse", "secrets"} {
		if !rules[want] {
			t.Errorf("rule %s missing from tool.driver.rules", want)
		}
	}
	got := make(map[string]int)
	for _, r := range run0.Results {
		loc := r.Locations[0].PhysicalLocation
		got[r.RuleID+" "+loc.ArtifactLocation.URI]++
		if strings.HasPrefix(loc.ArtifactLocation.URI, "/") || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("URI %q (base %q) is not repository-relative", loc.ArtifactLocation.URI, loc.ArtifactLocation.URIBaseID)
		}
		if loc.Region.StartLine == 0 || loc.Region.EndLine == 0 || r.PartialFingerprints["httpvetFinding/v2"] == "" {
			t.Errorf("result lacks positions or fingerprint: %+v", r)
		}
		if run0.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("ruleIndex %d does not point at %s", r.RuleIndex, r.RuleID)
		}
	}
	want := map[string]int{"clienttimeout m.go": 1, "insecuretls sub/s.go": 1}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d results, want %d (all: %v)", k, got[k], n, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("results %v, want %v", got, want)
	}
}

func TestSARIFFlagsAndErrors(t *testing.T) {
	dir := module(t, sarifModule)
	out, code := runCmd(t, dir, binary, "-format", "sarif", "-clienttimeout=false", "-insecuretls=false", "./...")
	if code != 0 || !strings.Contains(out, `"results": []`) {
		t.Errorf("rules off: exit %d:\n%s", code, out)
	}
	out, code = runCmd(t, dir, binary, "-sarif", "./nothing/...")
	if code != 1 || !strings.Contains(out, "nothing") {
		t.Errorf("no packages: exit %d:\n%s", code, out)
	}
	bad := module(t, map[string]string{"m.go": "package m\n\nvar x int = \"s\"\n"})
	stdout, _, code := runSplit(t, bad, nil, binary, "-format=sarif", "./...")
	if code != 1 || !strings.Contains(stdout, "cannot use") || !strings.Contains(stdout, `"executionSuccessful": false`) {
		t.Errorf("type error: exit %d:\n%s", code, stdout)
	}
	out, code = runCmd(t, dir, binary, "-format=sarif", "-nosuchflag", "./...")
	if code != 2 || !strings.Contains(out, "-nosuchflag") {
		t.Errorf("unknown flag: exit %d:\n%s", code, out)
	}
}

// TestSARIFFingerprints: a finding keeps its fingerprint when lines are
// added above it (bodyclose's message names a line number); two
// identical lines of one file get two fingerprints.
func TestSARIFFingerprints(t *testing.T) {
	const src = `package m

import "net/http"

func Ping(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 {
		return nil
	}
	resp, err = c.Get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
`
	dir := module(t, map[string]string{"m.go": src})
	prints := func() []string {
		t.Helper()
		stdout, _, _ := runSplit(t, dir, nil, binary, "-format=sarif", "-bodyclose", "./...")
		var log sarifLog
		if err := json.Unmarshal([]byte(stdout), &log); err != nil {
			t.Fatalf("%v\n%s", err, stdout)
		}
		var fps []string
		for _, r := range log.Runs[0].Results {
			fps = append(fps, r.PartialFingerprints["httpvetFinding/v2"]+" "+r.Message.Text)
		}
		return fps
	}
	before := prints()
	if len(before) != 1 {
		t.Fatalf("want 1 finding: %v", before)
	}
	write(t, filepath.Join(dir, "m.go"), strings.Replace(src, "import", "// A comment.\n\n// Another.\nimport", 1))
	after := prints()
	if len(after) != 1 || strings.Fields(after[0])[0] != strings.Fields(before[0])[0] {
		t.Errorf("fingerprint changed with lines added above:\n%v\n%v", before, after)
	}
	if after[0] == before[0] {
		t.Logf("(the message does not name a line: %s)", after[0])
	}

	dup := module(t, map[string]string{"m.go": "package m\n\nimport \"net/http\"\n\nvar A = &http.Client{}\nvar B = &http.Client{}\n\nfunc f() {\n\t_ = &http.Client{}\n\t_ = &http.Client{}\n}\n"})
	stdout, _, _ := runSplit(t, dup, nil, binary, "-format=sarif", "-clienttimeout", "./...")
	var log sarifLog
	json.Unmarshal([]byte(stdout), &log)
	seen := make(map[string]bool)
	for _, r := range log.Runs[0].Results {
		fp := r.PartialFingerprints["httpvetFinding/v2"]
		if seen[fp] {
			t.Errorf("two results share fingerprint %s", fp)
		}
		seen[fp] = true
	}
	if len(seen) != 4 {
		t.Errorf("want 4 results, got %d:\n%s", len(seen), stdout)
	}
}

// TestOutputFile: -o is checked before the analysis; it is replaced
// atomically; a run that fails leaves no file from an earlier run.
func TestOutputFile(t *testing.T) {
	dir := module(t, sarifModule)
	out, code := runCmd(t, dir, binary, "-format=sarif", "-o", filepath.Join(dir, "no", "such", "dir", "x.sarif"), "./...")
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "cannot write there") {
		t.Errorf("unwritable -o: exit %d:\n%s", code, out)
	}
	target := filepath.Join(dir, "httpvet.sarif")
	out, code = runCmd(t, dir, binary, "-format=sarif", "-o", target, "./...")
	if code != 3 || !strings.Contains(read(t, target), `"ruleId": "insecuretls"`) {
		t.Errorf("-o: exit %d:\n%s", code, out)
	}
	out, code = runCmd(t, dir, binary, "-format=sarif", "-o", target, "./nothing/...")
	if _, err := os.Stat(target); code != 1 || !os.IsNotExist(err) {
		t.Errorf("failed run: exit %d, stale file left (%v):\n%s", code, err, out)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}
