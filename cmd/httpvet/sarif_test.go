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
	out, code := run(t, dir, binary, "-format=sarif", "./...")
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
		if loc.Region.StartLine == 0 || loc.Region.EndLine == 0 || r.PartialFingerprints["httpvetFinding/v1"] == "" {
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
	out, code := run(t, dir, binary, "-format", "sarif", "-clienttimeout=false", "-insecuretls=false", "./...")
	if code != 0 || !strings.Contains(out, `"results": []`) {
		t.Errorf("rules off: exit %d:\n%s", code, out)
	}
	out, code = run(t, dir, binary, "-sarif", "./nothing/...")
	if code != 1 || !strings.Contains(out, "nothing") {
		t.Errorf("no packages: exit %d:\n%s", code, out)
	}
	bad := module(t, map[string]string{"m.go": "package m\n\nvar x int = \"s\"\n"})
	out, code = run(t, bad, binary, "-format=sarif", "./...")
	if code != 1 || !strings.Contains(out, "no SARIF written") {
		t.Errorf("type error: exit %d:\n%s", code, out)
	}
	out, code = run(t, dir, binary, "-format=sarif", "-nosuchflag", "./...")
	if code != 2 || !strings.Contains(out, "-nosuchflag") {
		t.Errorf("unknown flag: exit %d:\n%s", code, out)
	}
}
