package main

import (
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// repoRoot is the directory that SARIF URIs are relative to: the git
// work tree holding the current directory, or the current directory.
func repoRoot() string {
	if out, err := exec.Command("git", "rev-parse", "--show-toplevel").Output(); err == nil {
		if dir := strings.TrimSpace(string(out)); dir != "" {
			return dir
		}
	}
	dir, _ := os.Getwd()
	return dir
}

// The SARIF 2.1.0 subset httpvet writes.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                   `json:"tool"`
		Invocations        []sarifInvocation           `json:"invocations"`
		OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds"`
		Results            []sarifResult               `json:"results"`
	}
	// An invocation says whether the run succeeded; packages that do
	// not load or type-check are its notifications.
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
	}
	sarifNotification struct {
		Level   string       `json:"level"`
		Message sarifMessage `json:"message"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string       `json:"id"`
		Name                 string       `json:"name"`
		ShortDescription     sarifMessage `json:"shortDescription"`
		FullDescription      sarifMessage `json:"fullDescription"`
		Help                 sarifMessage `json:"help"`
		HelpURI              string       `json:"helpUri"`
		DefaultConfiguration struct {
			Level string `json:"level"`
		} `json:"defaultConfiguration"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifMessage      `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	sarifLocation struct {
		PhysicalLocation struct {
			ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
			Region           sarifRegion      `json:"region"`
		} `json:"physicalLocation"`
	}
	sarifArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
)

// levels: the rules whose findings are security holes are errors.
var levels = map[string]string{"secrets": "error", "insecuretls": "error"}

func level(rule string) string {
	if l, ok := levels[rule]; ok {
		return l
	}
	return "warning"
}

// writeSARIF writes a SARIF 2.1.0 log of the findings: one rule per
// analyzer run, repository-relative URIs, and fingerprints from the
// baseline key (no line numbers, no collision between two identical
// lines of a file). Packages that failed are tool notifications.
func writeSARIF(w io.Writer, findings []*finding, analyzers []*analysis.Analyzer, failures []string, red *redactor) error {
	root := repoRoot()
	driver := sarifDriver{Name: "httpvet", InformationURI: "https://github.com/httpvet/httpvet"}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		driver.Version = info.Main.Version
	}
	index := make(map[string]int)
	sorted := slices.SortedFunc(slices.Values(analyzers), func(a, b *analysis.Analyzer) int { return strings.Compare(a.Name, b.Name) })
	for i, a := range sorted {
		title, _, _ := strings.Cut(a.Doc, "\n\n")
		r := sarifRule{
			ID:               a.Name,
			Name:             a.Name,
			ShortDescription: sarifMessage{title},
			FullDescription:  sarifMessage{a.Doc},
			Help:             sarifMessage{a.Doc},
			HelpURI:          a.URL,
		}
		r.DefaultConfiguration.Level = level(a.Name)
		driver.Rules = append(driver.Rules, r)
		index[a.Name] = i
	}
	inv := sarifInvocation{ExecutionSuccessful: len(failures) == 0, ToolExecutionNotifications: []sarifNotification{}}
	for _, f := range failures {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error", Message: sarifMessage{f}})
	}
	run := sarifRun{
		Tool:               sarifTool{driver},
		Invocations:        []sarifInvocation{inv},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{"%SRCROOT%": {URI: "file://" + filepath.ToSlash(root) + "/"}},
		Results:            []sarifResult{},
	}
	for _, f := range findings {
		uri := filepath.ToSlash(f.posn.Filename)
		base := ""
		if rel, err := filepath.Rel(root, f.posn.Filename); err == nil && !strings.HasPrefix(rel, "..") {
			uri, base = filepath.ToSlash(rel), "%SRCROOT%"
		}
		var loc sarifLocation
		loc.PhysicalLocation.ArtifactLocation = sarifArtifactLoc{URI: uri, URIBaseID: base}
		loc.PhysicalLocation.Region = sarifRegion{StartLine: f.posn.Line, StartColumn: f.posn.Column}
		if f.end.Line > 0 {
			loc.PhysicalLocation.Region.EndLine = f.end.Line
			loc.PhysicalLocation.Region.EndColumn = f.end.Column
		}
		run.Results = append(run.Results, sarifResult{
			RuleID:              f.rule,
			RuleIndex:           index[f.rule],
			Level:               level(f.rule),
			Message:             sarifMessage{red.redact(f.message)},
			Locations:           []sarifLocation{loc},
			PartialFingerprints: map[string]string{"httpvetFinding/v2": f.fingerprint()},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(&sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	})
}
