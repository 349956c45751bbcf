package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// wantsSARIF reports whether the command line asks for SARIF output
// (-format=sarif, -format sarif or -sarif).
func wantsSARIF(args []string) bool {
	for i, arg := range args {
		arg = strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
		switch {
		case arg == "sarif" || arg == "sarif=true" || arg == "format=sarif":
			return true
		case arg == "format" && i+1 < len(args) && args[i+1] == "sarif":
			return true
		}
	}
	return false
}

// runSARIF is the driver for -format=sarif. The multichecker has no SARIF
// output, so this mode loads and analyzes with the public x/tools
// packages and checker APIs itself. It takes the same rule flags.
func runSARIF(args []string, all []*analysis.Analyzer, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("httpvet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.String("format", "sarif", "output format: sarif (the default output is text)")
	fs.Bool("sarif", true, "write SARIF 2.1.0")
	tests := fs.Bool("test", true, "also analyze test packages")
	output := fs.String("o", "", "write the SARIF log to this file instead of standard output")
	enabled := make(map[*analysis.Analyzer]*optBool)
	for _, a := range all {
		enabled[a] = new(optBool)
		fs.Var(enabled[a], a.Name, fmt.Sprintf("enable %q analysis", a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "httpvet: no packages named; usage: httpvet -format=sarif [flags] packages")
		return 1
	}
	analyzers := selectAnalyzers(all, enabled)

	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: *tests}
	pkgs, err := packages.Load(cfg, fs.Args()...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(fs.Args(), " "))
	}
	if err != nil {
		fmt.Fprintf(stderr, "httpvet: %v\n", err)
		return 1
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		fmt.Fprintf(stderr, "httpvet: %d package(s) failed to load or type-check; no SARIF written\n", n)
		return 1
	}
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "httpvet: %v\n", err)
		return 1
	}
	failed := false
	for act := range graph.All() {
		if act.Err != nil && act.IsRoot {
			fmt.Fprintf(stderr, "httpvet: %s: %v\n", act, act.Err)
			failed = true
		}
	}
	if failed {
		return 1
	}

	log := buildSARIF(graph, analyzers, repoRoot())
	out := stdout
	if *output != "" {
		f, err := os.Create(*output)
		if err != nil {
			fmt.Fprintf(stderr, "httpvet: %v\n", err)
			return 1
		}
		defer f.Close()
		out = f
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		fmt.Fprintf(stderr, "httpvet: writing SARIF: %v\n", err)
		return 1
	}
	if len(log.Runs[0].Results) > 0 {
		return 3
	}
	return 0
}

// selectAnalyzers applies -NAME and -NAME=false as the multichecker does:
// naming some rules runs only those; turning some off runs the others.
func selectAnalyzers(all []*analysis.Analyzer, enabled map[*analysis.Analyzer]*optBool) []*analysis.Analyzer {
	var on, notOff []*analysis.Analyzer
	for _, a := range all {
		switch *enabled[a] {
		case optTrue:
			on = append(on, a)
		case optUnset:
			notOff = append(notOff, a)
		}
	}
	if len(on) > 0 {
		return on
	}
	return notOff
}

// optBool is a boolean flag that remembers whether it was set.
type optBool int

const (
	optUnset optBool = iota
	optTrue
	optFalse
)

func (b *optBool) String() string   { return map[optBool]string{optTrue: "true", optFalse: "false"}[*b] }
func (b *optBool) IsBoolFlag() bool { return true }
func (b *optBool) Set(s string) error {
	switch s {
	case "true", "1":
		*b = optTrue
	case "false", "0":
		*b = optFalse
	default:
		return fmt.Errorf("want true or false, got %q", s)
	}
	return nil
}

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
		OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds"`
		Results            []sarifResult               `json:"results"`
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

func buildSARIF(graph *checker.Graph, analyzers []*analysis.Analyzer, root string) *sarifLog {
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

	run := sarifRun{
		Tool:               sarifTool{driver},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{"%SRCROOT%": {URI: "file://" + filepath.ToSlash(root) + "/"}},
		Results:            []sarifResult{},
	}
	// A file analyzed in a package and again in its test variant gives
	// the same diagnostic twice: keep one.
	seen := make(map[string]bool)
	files := make(sourceLines)
	for _, act := range graph.Roots {
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			start := fset.Position(d.Pos)
			end := start
			if d.End.IsValid() {
				end = fset.Position(d.End)
			}
			key := fmt.Sprintf("%s|%s:%d:%d|%s", act.Analyzer.Name, start.Filename, start.Line, start.Column, d.Message)
			if seen[key] {
				continue
			}
			seen[key] = true
			run.Results = append(run.Results, result(act.Analyzer.Name, index[act.Analyzer.Name], d.Message, start, end, root, files))
		}
	}
	slices.SortStableFunc(run.Results, func(a, b sarifResult) int {
		pa, pb := a.Locations[0].PhysicalLocation, b.Locations[0].PhysicalLocation
		if c := strings.Compare(pa.ArtifactLocation.URI, pb.ArtifactLocation.URI); c != 0 {
			return c
		}
		return pa.Region.StartLine - pb.Region.StartLine
	})
	return &sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
}

func result(rule string, ruleIndex int, message string, start, end token.Position, root string, files sourceLines) sarifResult {
	uri := filepath.ToSlash(start.Filename)
	base := ""
	if rel, err := filepath.Rel(root, start.Filename); err == nil && !strings.HasPrefix(rel, "..") {
		uri, base = filepath.ToSlash(rel), "%SRCROOT%"
	}
	var loc sarifLocation
	loc.PhysicalLocation.ArtifactLocation = sarifArtifactLoc{URI: uri, URIBaseID: base}
	loc.PhysicalLocation.Region = sarifRegion{StartLine: start.Line, StartColumn: start.Column}
	if end.Line > 0 {
		loc.PhysicalLocation.Region.EndLine = end.Line
		loc.PhysicalLocation.Region.EndColumn = end.Column
	}
	return sarifResult{
		RuleID:    rule,
		RuleIndex: ruleIndex,
		Level:     level(rule),
		Message:   sarifMessage{message},
		Locations: []sarifLocation{loc},
		PartialFingerprints: map[string]string{
			"httpvetFinding/v1": fingerprint(rule, uri, message, files.line(start)),
		},
	}
}

// fingerprint identifies a finding across runs while lines move around
// it: the rule, the file, the message, and the text of the line.
func fingerprint(rule, uri, message, line string) string {
	sum := sha256.Sum256([]byte(rule + "\x00" + uri + "\x00" + message + "\x00" + line))
	return hex.EncodeToString(sum[:16])
}

// sourceLines caches the lines of the files that have findings.
type sourceLines map[string][]string

func (s sourceLines) line(pos token.Position) string {
	lines, ok := s[pos.Filename]
	if !ok {
		data, _ := os.ReadFile(pos.Filename)
		lines = strings.Split(string(data), "\n")
		s[pos.Filename] = lines
	}
	if pos.Line < 1 || pos.Line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[pos.Line-1])
}
