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
// without being asked for them by name.
type Tier int

const (
	// Safe fixes cannot change what working code does: a body closed on
	// a path that leaks it, a status guard where an error page would be
	// decoded as data, a transport that depends on nothing hoisted.
	// `httpvet -fix` applies them.
	Safe Tier = iota + 1
	// BehaviourChanging fixes change what the program does by design:
	// a timeout value, a secret read from the environment, TLS
	// verification turned back on, a header the server now sees.
	// `httpvet -diff` shows them and editors offer them, but the command
	// applies them only with -fix=all.
	BehaviourChanging
)

func (t Tier) String() string {
	if t == Safe {
		return "safe"
	}
	return "behaviour-changing"
}

// fixTiers is the one list of fix tiers: the command, its tests and the
// README's rule table follow it. The vet and fix tool protocols, gopls
// and golangci-lint offer every fix whatever its tier.
var fixTiers = map[string]Tier{
	"bodyclose":     Safe,
	"statuscheck":   Safe,
	"clientreuse":   Safe,
	"clienttimeout": BehaviourChanging,
	"secrets":       BehaviourChanging,
	"insecuretls":   BehaviourChanging,
	"contenttype":   BehaviourChanging,
}

// FixTier returns the tier of the named rule's fixes. A rule not in the
// list (a new one, one of another suite) is BehaviourChanging until it
// is classified.
func FixTier(name string) Tier {
	if t, ok := fixTiers[name]; ok {
		return t
	}
	return BehaviourChanging
}
