package analyzers_test

import (
	"testing"

	"github.com/httpvet/httpvet/analyzers"
)

func TestFixTiers(t *testing.T) {
	for _, a := range analyzers.Rules() {
		switch a.Name {
		case "bodyclose", "statuscheck", "clientreuse":
			if analyzers.FixTier(a.Name) != analyzers.Safe {
				t.Errorf("%s: tier %v, want safe", a.Name, analyzers.FixTier(a.Name))
			}
		default:
			if analyzers.FixTier(a.Name) != analyzers.BehaviourChanging {
				t.Errorf("%s: tier %v, want behaviour-changing", a.Name, analyzers.FixTier(a.Name))
			}
		}
	}
	if analyzers.FixTier("nosuchrule") != analyzers.BehaviourChanging {
		t.Errorf("an unknown rule's fixes must default to behaviour-changing")
	}
}
