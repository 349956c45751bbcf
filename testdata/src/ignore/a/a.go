package a

import "net/http"

func silenced(u string) {
	//httpvet:ignore clienttimeout -- the proxy in front of us times out
	http.Get(u)
	http.Head(u) //httpvet:ignore clienttimeout the reason may follow without dashes
}

func severalRules(u string) {
	http.Get(u) //httpvet:ignore bodyclose,clienttimeout -- names an unknown rule too // want `unknown rule "bodyclose"`
}

func noReason(u string) {
	// want +1 `has no reason, so it silences nothing`
	//httpvet:ignore clienttimeout
	http.Get(u)
}

func nothingToSilence(u string) {
	// want +1 `clienttimeout silences nothing here`
	//httpvet:ignore clienttimeout -- stale: the code was fixed
	_ = u
}

func noRule() {
	// want +1 `names no rule`
	//httpvet:ignore
}

func misspelt(u string) {
	// want +1 `unknown rule "clientimeout"`
	//httpvet:ignore clientimeout -- typo
	http.Get(u)
}

//httpvet:ignored is not a directive of ours.
