// Package ignore defines an Analyzer that checks httpvet's suppression
// directives.
//
// # Analyzer ignore
//
// ignore: report //httpvet:ignore directives that lack a reason or silence nothing
//
// A finding that is wrong for a good reason can be silenced with a
// directive on its line or on the line above:
//
//	//httpvet:ignore clienttimeout -- bounded by the caller's context
//	resp, err := http.DefaultClient.Do(req)
//
// The directive names one or more rules (comma-separated) and a reason,
// optionally after "--". A directive without a reason silences nothing and
// is reported, so that every exception in a code base says why it exists.
// A directive that silences nothing (the code was fixed, the rule name is
// misspelt, or the rule is off for that file) is reported as well, so
// stale exceptions do not pile up.
//
// The directives work under golangci-lint too, beside its //nolint:httpvet.
package ignore
