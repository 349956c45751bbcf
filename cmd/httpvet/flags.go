package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// options are the command line of the standalone driver: the same
// flags in every mode and output format.
type options struct {
	format         string
	output         string
	tags           string
	tests          bool
	context        int
	fix            fixMode
	diff           bool
	version        bool
	baseline       string
	baselineUpdate bool
	enabled        map[*analysis.Analyzer]*optBool
	args           []string
}

// fixMode is the value of -fix: which tiers of fixes the command writes.
type fixMode int

const (
	fixNone fixMode = iota
	fixSafe         // -fix, -fix=safe: the fixes that cannot change what working code does
	fixAll          // -fix=all: behaviour-changing fixes too
)

func (m *fixMode) String() string {
	return [...]string{"false", "safe", "all"}[*m]
}
func (m *fixMode) IsBoolFlag() bool { return true }
func (m *fixMode) Set(s string) error {
	switch s {
	case "true", "1", "safe":
		*m = fixSafe
	case "all":
		*m = fixAll
	case "false", "0", "none":
		*m = fixNone
	default:
		return fmt.Errorf("want safe or all, got %q", s)
	}
	return nil
}

// formatValue is the value of -format; -json sets it too.
type formatValue string

func (f *formatValue) String() string { return string(*f) }
func (f *formatValue) Set(s string) error {
	switch s {
	case "text", "json", "sarif":
		*f = formatValue(s)
		return nil
	}
	return fmt.Errorf("want text, json or sarif, got %q", s)
}

// formatAlias is -sarif, kept from the SARIF driver: -format=sarif.
type formatAlias struct {
	f    *formatValue
	name string
}

func (a formatAlias) String() string   { return "false" }
func (a formatAlias) IsBoolFlag() bool { return true }
func (a formatAlias) Set(s string) error {
	if s == "true" || s == "1" {
		*a.f = formatValue(a.name)
	}
	return nil
}

// jsonAlias is -json, kept from the multichecker: -format=json.
type jsonAlias struct{ f *formatValue }

func (j jsonAlias) String() string   { return "false" }
func (j jsonAlias) IsBoolFlag() bool { return true }
func (j jsonAlias) Set(s string) error {
	switch s {
	case "true", "1":
		*j.f = "json"
	case "false", "0":
		if *j.f == "json" {
			*j.f = "text"
		}
	default:
		return fmt.Errorf("want true or false, got %q", s)
	}
	return nil
}

// errUsage is a command line the driver cannot run: exit 2.
var errUsage = errors.New("usage")

// parseFlags parses the command line. A bad one is reported on stderr
// in one line, plus where to find help, and returns errUsage; -h
// returns flag.ErrHelp.
func parseFlags(args []string, all []*analysis.Analyzer, stderr io.Writer) (*options, error) {
	o := &options{enabled: make(map[*analysis.Analyzer]*optBool)}
	fs := flag.NewFlagSet("httpvet", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	format := formatValue("text")
	fs.Var(&format, "format", "output format: text, json or sarif")
	fs.Var(jsonAlias{&format}, "json", "same as -format=json")
	fs.Var(formatAlias{&format, "sarif"}, "sarif", "same as -format=sarif")
	fs.StringVar(&o.output, "o", "", "write the findings to this file (replaced atomically; removed if the run fails)")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build tags")
	fs.BoolVar(&o.tests, "test", true, "also analyze test packages")
	fs.IntVar(&o.context, "c", -1, "show this many lines of context around each finding (text format)")
	fs.Var(&o.fix, "fix", "apply fixes: -fix (or -fix=safe) the safe ones, -fix=all every one")
	fs.BoolVar(&o.diff, "diff", false, "show fixes as a unified diff instead of writing them (every fix, or the tier -fix names)")
	fs.BoolVar(&o.version, "V", false, "print the version and exit")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.StringVar(&o.baseline, "baseline", "", "report only the findings not recorded in this baseline file")
	fs.BoolVar(&o.baselineUpdate, "baseline-update", false, "write the current findings to the -baseline file and exit 0")
	for _, a := range all {
		o.enabled[a] = new(optBool)
		fs.Var(o.enabled[a], a.Name, fmt.Sprintf("enable the %s rule (naming rules runs only those; =false turns one off)", a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil, err
		}
		fmt.Fprintf(stderr, "httpvet: %v\nrun 'httpvet help' for usage\n", err)
		return nil, errUsage
	}
	o.format = string(format)
	o.args = fs.Args()
	if o.baselineUpdate && o.baseline == "" {
		fmt.Fprintf(stderr, "httpvet: -baseline-update needs -baseline=FILE\nrun 'httpvet help' for usage\n")
		return nil, errUsage
	}
	if o.baselineUpdate && (o.fix != fixNone || o.diff) {
		fmt.Fprintf(stderr, "httpvet: -baseline-update cannot be combined with -fix or -diff\nrun 'httpvet help' for usage\n")
		return nil, errUsage
	}
	return o, nil
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

// version is the module version httpvet was installed at (go install
// …@v0.1.0), or else the VCS revision it was built from, or "devel".
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := info.Main.Version
	if v != "" && v != "(devel)" {
		return v + " " + info.GoVersion
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "-dirty"
			}
		}
	}
	if rev != "" {
		return "devel " + rev[:min(12, len(rev))] + modified + " " + info.GoVersion
	}
	return strings.TrimSpace("devel " + info.GoVersion)
}
