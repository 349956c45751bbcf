package plugin_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers"
	"github.com/httpvet/httpvet/analyzers/clienttimeout"
	"github.com/httpvet/httpvet/plugin"
)

// settings are given the way golangci-lint hands them over: decoded YAML,
// maps of any with []any lists.
func build(t *testing.T, settings any) []*analysis.Analyzer {
	t.Helper()
	p, err := plugin.New(settings)
	if err != nil {
		t.Fatalf("New(%v): %v", settings, err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	return as
}

func names(as []*analysis.Analyzer) []string {
	var ns []string
	for _, a := range as {
		ns = append(ns, a.Name)
	}
	return ns
}

func find(t *testing.T, as []*analysis.Analyzer, name string) *analysis.Analyzer {
	t.Helper()
	for _, a := range as {
		if a.Name == name {
			return a
		}
		for _, r := range a.Requires {
			if r.Name == name {
				return r
			}
		}
	}
	t.Fatalf("no analyzer %q among %v", name, names(as))
	return nil
}

func flagValue(t *testing.T, a *analysis.Analyzer, name string) string {
	t.Helper()
	f := a.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("%s has no flag %q", a.Name, name)
	}
	return f.Value.String()
}

func allNames() []string {
	return append(names(analyzers.Rules()), "ignore")
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("httpvet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(as), allNames(); !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
}

func TestDefaults(t *testing.T) {
	for _, settings := range []any{nil, map[string]any{}} {
		as := build(t, settings)
		if got, want := names(as), allNames(); !slices.Equal(got, want) {
			t.Errorf("settings %#v: analyzers = %v, want %v", settings, got, want)
		}
		if got := flagValue(t, find(t, as, "clienttimeout"), "default"); got != "30s" {
			t.Errorf("clienttimeout.default = %s, want 30s", got)
		}
		// The ignore analyzer checks directives against the rules it runs with.
		ig := as[len(as)-1]
		for _, r := range as[:len(as)-1] {
			if !slices.Contains(ig.Requires, r) {
				t.Errorf("ignore does not require the configured %s", r.Name)
			}
		}
	}
}

func TestSettings(t *testing.T) {
	as := build(t, map[string]any{
		"disable": []any{"clientreuse"},
		"settings": map[string]any{
			"clienttimeout": map[string]any{"default": "45s", "tests": true},
			"insecuretls":   map[string]any{"runtime": "true"},
			"statuscheck":   map[string]any{},
		},
	})
	want := slices.DeleteFunc(allNames(), func(n string) bool { return n == "clientreuse" })
	if got := names(as); !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
	ct := find(t, as, "clienttimeout")
	if got := flagValue(t, ct, "default"); got != "45s" {
		t.Errorf("clienttimeout.default = %s, want 45s", got)
	}
	if got := flagValue(t, ct, "tests"); got != "true" {
		t.Errorf("clienttimeout.tests = %s, want true", got)
	}
	if got := flagValue(t, find(t, as, "insecuretls"), "runtime"); got != "true" {
		t.Errorf("insecuretls.runtime = %s, want true", got)
	}

	// The disabled rule is not a root, but the ignore analyzer still
	// knows it, so directives naming it are neither unknown nor stale.
	ig := as[len(as)-1]
	if ig.Name != "ignore" || !slices.ContainsFunc(ig.Requires, func(a *analysis.Analyzer) bool { return a.Name == "clientreuse" }) {
		t.Errorf("ignore does not require the disabled clientreuse: %v", names(ig.Requires))
	}

	// New analyzers every time: nothing leaks into the package-level
	// analyzers or into another configuration.
	if got := flagValue(t, clienttimeout.Analyzer, "default"); got != "30s" {
		t.Errorf("clienttimeout.Analyzer default = %s after configuring a plugin", got)
	}
	other := build(t, nil)
	if got := flagValue(t, find(t, other, "clienttimeout"), "default"); got != "30s" {
		t.Errorf("a second plugin's clienttimeout.default = %s, want 30s", got)
	}
	if find(t, other, "clienttimeout") == ct {
		t.Error("two plugins share an analyzer")
	}
}

func TestNumberValue(t *testing.T) {
	// A YAML number reaches the flag as its text: a duration needs a unit.
	_, err := plugin.New(map[string]any{"settings": map[string]any{"clienttimeout": map[string]any{"default": 30}}})
	if err == nil || !strings.Contains(err.Error(), "clienttimeout.default") || !strings.Contains(err.Error(), `"30"`) {
		t.Errorf("default: 30: err = %v, want an invalid-duration error naming clienttimeout.default", err)
	}
}

func TestEnable(t *testing.T) {
	as := build(t, map[string]any{"enable": []any{"bodyclose", "statuscheck"}})
	// In the suite's order, not the settings'.
	if got, want := names(as), []string{"statuscheck", "bodyclose"}; !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
	as = build(t, map[string]any{"enable": []any{"secrets", "ignore"}})
	if got, want := names(as), []string{"secrets", "ignore"}; !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
	as = build(t, map[string]any{"disable": []any{"ignore"}})
	if got, want := names(as), names(analyzers.Rules()); !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
	as = build(t, map[string]any{"enable": []any{"secrets", "insecuretls"}, "disable": []any{"clientreuse"}})
	if got, want := names(as), []string{"secrets", "insecuretls"}; !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     []string
	}{
		{"unknown field", map[string]any{"disabled": []any{"clientreuse"}}, []string{"httpvet settings", `unknown field "disabled"`}},
		{"list for a string", map[string]any{"disable": "clientreuse"}, []string{"httpvet settings", "decoding"}},
		{"unknown enabled rule", map[string]any{"enable": []any{"bodyclos"}}, []string{`enable: unknown rule "bodyclos"`, "clienttimeout, statuscheck, bodyclose"}},
		{"unknown disabled rule", map[string]any{"disable": []any{"timeouts"}}, []string{`disable: unknown rule "timeouts"`}},
		{"unknown rule in settings", map[string]any{"settings": map[string]any{"timeout": map[string]any{"default": "1s"}}}, []string{`settings: unknown rule "timeout"`}},
		{"unknown option", map[string]any{"settings": map[string]any{"clienttimeout": map[string]any{"timeout": "1s"}}}, []string{`rule "clienttimeout" has no option "timeout"`, "its options are default, tests"}},
		{"option of ignore", map[string]any{"settings": map[string]any{"ignore": map[string]any{"tests": true}}}, []string{`rule "ignore" has no options`}},
		{"bad duration", map[string]any{"settings": map[string]any{"clienttimeout": map[string]any{"default": "soon"}}}, []string{"clienttimeout.default", `"soon"`}},
		{"bad bool", map[string]any{"settings": map[string]any{"insecuretls": map[string]any{"runtime": "maybe"}}}, []string{"insecuretls.runtime", `"maybe"`}},
		{"list value", map[string]any{"settings": map[string]any{"insecuretls": map[string]any{"runtime": []any{true}}}}, []string{"settings.insecuretls.runtime: want a string, a boolean or a number, not [true]"}},
		{"empty value", map[string]any{"settings": map[string]any{"insecuretls": map[string]any{"runtime": nil}}}, []string{"settings.insecuretls.runtime: want a string, a boolean or a number, not null"}},
		{"options not a map", map[string]any{"settings": map[string]any{"insecuretls": true}}, []string{"httpvet settings", "decoding"}},
		{"enabled and disabled", map[string]any{"enable": []any{"secrets"}, "disable": []any{"secrets"}}, []string{`rule "secrets" is both enabled and disabled`}},
		{"all disabled", map[string]any{"disable": allAny()}, []string{"every rule is disabled"}},
		{"not a map", []any{"clienttimeout"}, []string{"httpvet settings", "decoding"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := plugin.New(tc.settings)
			if err == nil {
				as, _ := p.BuildAnalyzers()
				t.Fatalf("New(%#v) succeeded with %v, want an error", tc.settings, names(as))
			}
			t.Log(err)
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func allAny() []any {
	var out []any
	for _, n := range allNames() {
		out = append(out, n)
	}
	return out
}
