// Package plugin registers httpvet as a golangci-lint module plugin.
//
// Build a golangci-lint with it (golangci-lint custom and .custom-gcl.yml,
// or the module in integrations/golangci), then enable it in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable:
//	    - httpvet
//	  settings:
//	    custom:
//	      httpvet:
//	        type: module
//	        description: HTTP-client mistakes that take services down
//	        settings:
//	          disable: [clientreuse]
//	          settings:
//	            clienttimeout:
//	              default: 45s
//	            insecuretls:
//	              runtime: true
//
// The settings, all optional, have the shape of golangci-lint's govet
// settings:
//
//   - enable: the rules to run, and only those (like `httpvet -RULE`).
//     Without it every rule runs, and the ignore analyzer with them.
//   - disable: rules not to run (like `httpvet -RULE=false`). A rule may
//     not be both enabled and disabled.
//   - settings: for each rule, its options by name, the flags of
//     `httpvet help RULE` without the rule prefix: clienttimeout's
//     "default" (a duration), insecuretls's "runtime", and "tests" (a
//     boolean) of the rules that skip _test.go files by default. Values
//     are YAML strings, booleans or numbers.
//
// The rule names are those of `httpvet help`, "ignore" included: the
// analyzer that reports //httpvet:ignore directives without a reason or
// that silence nothing. It runs by default, as in the httpvet command, because
// the rules honour those directives under golangci-lint too; disable it
// to use golangci-lint's //nolint:httpvet (checked by nolintlint) alone.
// It checks the directives against every rule, the disabled ones included,
// which then run without reporting, exactly as in the command; so a
// directive naming a disabled rule is neither unknown nor stale.
//
// An unknown rule, an unknown option or a value an option rejects is an
// error: golangci-lint stops and prints it.
//
// Every New builds new analyzers, so configurations share no state.
package plugin

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers"
	"github.com/httpvet/httpvet/analyzers/ignore"
)

// Name is the linter's name in golangci-lint: the key under
// linters.settings.custom, and the name for //nolint:httpvet.
const Name = "httpvet"

// ignoreName is the name of the analyzer that checks //httpvet:ignore
// directives.
const ignoreName = "ignore"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings in .golangci.yml, under
// linters.settings.custom.httpvet.settings.
type Settings struct {
	// Enable lists the rules to run, and only those.
	Enable []string `json:"enable"`
	// Disable lists rules not to run.
	Disable []string `json:"disable"`
	// Settings holds the options of each rule: rule -> option -> value.
	Settings map[string]map[string]Value `json:"settings"`
}

// Value is an option's value as given: a YAML string, boolean or number.
type Value = json.RawMessage

// text returns the text of a value for its option's flag to parse.
func text(v Value) (string, error) {
	v = bytes.TrimSpace(v)
	switch {
	case len(v) > 0 && v[0] == '"':
		var s string
		err := json.Unmarshal(v, &s)
		return s, err
	case len(v) == 0 || v[0] == '[' || v[0] == '{' || string(v) == "null":
		return "", fmt.Errorf("want a string, a boolean or a number, not %s", cmp.Or(string(v), "nothing"))
	default: // true, false, a number
		return string(v), nil
	}
}

// Plugin is the configured httpvet linter.
type Plugin struct {
	analyzers []*analysis.Analyzer
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the settings and builds the analyzers they select, with
// their options set. It is the constructor registered with golangci-lint.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("httpvet settings: %w", err)
	}
	as, err := s.build()
	if err != nil {
		return nil, fmt.Errorf("httpvet settings: %w", err)
	}
	return &Plugin{analyzers: as}, nil
}

// BuildAnalyzers returns the analyzers the settings select.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode reports that the rules need type information.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

func (s Settings) build() ([]*analysis.Analyzer, error) {
	rules := analyzers.Rules()
	byName := make(map[string]*analysis.Analyzer)
	known := []string{}
	for _, r := range rules {
		byName[r.Name] = r
		known = append(known, r.Name)
	}
	known = append(known, ignoreName)
	check := func(field, name string) error {
		if name == ignoreName || byName[name] != nil {
			return nil
		}
		return fmt.Errorf("%s: unknown rule %q; the rules are %s", field, name, strings.Join(known, ", "))
	}

	for _, name := range s.Enable {
		if err := check("enable", name); err != nil {
			return nil, err
		}
	}
	for _, name := range s.Disable {
		if err := check("disable", name); err != nil {
			return nil, err
		}
		if slices.Contains(s.Enable, name) {
			return nil, fmt.Errorf("rule %q is both enabled and disabled", name)
		}
	}

	// Options, in a stable order so that the first error is always the same.
	for _, name := range sortedKeys(s.Settings) {
		if err := check("settings", name); err != nil {
			return nil, err
		}
		if name == ignoreName {
			if len(s.Settings[name]) > 0 {
				return nil, fmt.Errorf("settings.%s: rule %q has no options", name, name)
			}
			continue
		}
		a := byName[name]
		opts := s.Settings[name]
		for _, opt := range sortedKeys(opts) {
			if a.Flags.Lookup(opt) == nil {
				return nil, fmt.Errorf("settings.%s: rule %q has no option %q; %s", name, name, opt, options(a))
			}
			v, err := text(opts[opt])
			if err != nil {
				return nil, fmt.Errorf("settings.%s.%s: %w", name, opt, err)
			}
			if err := a.Flags.Set(opt, v); err != nil {
				return nil, fmt.Errorf("settings.%s.%s: invalid value %q: %w", name, opt, v, err)
			}
		}
	}

	on := func(name string) bool {
		if len(s.Enable) > 0 && !slices.Contains(s.Enable, name) {
			return false
		}
		return !slices.Contains(s.Disable, name)
	}
	var out []*analysis.Analyzer
	for _, r := range rules {
		if on(r.Name) {
			out = append(out, r)
		}
	}
	if on(ignoreName) {
		// All the rules, so that directives naming a disabled one are
		// neither unknown nor stale; the disabled ones run without
		// reporting, as dependencies.
		out = append(out, ignore.New(rules...))
	}
	if len(out) == 0 {
		return nil, errors.New("every rule is disabled; remove httpvet from linters.enable instead")
	}
	return out, nil
}

// options describes a rule's options for an error message.
func options(a *analysis.Analyzer) string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) == 0 {
		return "it has no options"
	}
	return "its options are " + strings.Join(names, ", ")
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
