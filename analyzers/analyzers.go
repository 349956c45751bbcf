// Package analyzers lists the httpvet suite, for drivers that embed it
// (the httpvet command, golangci-lint, gopls builds).
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/bodyclose"
	"github.com/httpvet/httpvet/analyzers/clientreuse"
	"github.com/httpvet/httpvet/analyzers/clienttimeout"
	"github.com/httpvet/httpvet/analyzers/contenttype"
	"github.com/httpvet/httpvet/analyzers/ignore"
	"github.com/httpvet/httpvet/analyzers/insecuretls"
	"github.com/httpvet/httpvet/analyzers/internal/scaffold"
	"github.com/httpvet/httpvet/analyzers/secrets"
	"github.com/httpvet/httpvet/analyzers/statuscheck"
)

// Rules returns the suite's rules, each with its flags at their defaults.
// Every call returns new analyzers, so that drivers holding several
// configurations share no state.
func Rules() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		clienttimeout.New(),
		statuscheck.New(),
		bodyclose.New(),
		secrets.New(),
		insecuretls.New(),
		clientreuse.New(),
		contenttype.New(),
	}
}

// All returns new instances of the rules plus the ignore analyzer that
// checks //httpvet:ignore directives against them.
func All() []*analysis.Analyzer {
	rules := Rules()
	return append(rules, ignore.New(rules...))
}

// A Tier says whether the httpvet command's -fix applies a rule's fixes
// without being asked for them by name: Safe or BehaviourChanging. Each
// rule declares its tier where it is built (scaffold.Rule.Fixes).
type Tier = scaffold.Tier

// The tiers.
const (
	Safe              = scaffold.Safe
	BehaviourChanging = scaffold.BehaviourChanging
)

// FixTier returns the tier of the named rule's fixes. A rule that does
// not declare one (a new one, one of another suite) is
// BehaviourChanging until it is classified.
func FixTier(name string) Tier { return scaffold.TierOf(name) }
