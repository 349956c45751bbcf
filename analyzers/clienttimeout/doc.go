// Package clienttimeout defines an Analyzer that reports HTTP requests
// that can wait forever.
//
// # Analyzer clienttimeout
//
// clienttimeout: report HTTP clients and calls that have no timeout
//
// An http.Client with no Timeout waits as long as the server likes: a
// stalled upstream blocks the calling goroutine forever, and a service
// whose workers are all blocked is alive but dead. http.Get, http.Head,
// http.Post, http.PostForm and http.DefaultClient all use a client with no
// timeout, and so does a client built without one:
//
//	resp, err := http.Get(url)            // reported
//	c := &http.Client{Transport: tr}      // reported
//
// Give the client a timeout, or give the request a context with a
// deadline:
//
//	var httpClient = &http.Client{Timeout: 30 * time.Second}
//	resp, err := httpClient.Get(url)
//
//	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
//	defer cancel()
//	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
//	resp, err := http.DefaultClient.Do(req) // bounded: not reported
//
// Reported: calls of http.Get, Head, Post and PostForm; sending method
// calls (Do, Get, Head, Post, PostForm) on http.DefaultClient; an
// http.Client composite literal or new(http.Client) with no Timeout or a
// constant zero one; and a `var c http.Client` that is used to send.
//
// Not reported: a client whose Timeout is assigned before it is first used
// or handed on; a Timeout that is not a constant (it is the user's
// choice); a local client, or http.DefaultClient, whose every request
// carries a context that the same function gave a deadline
// (context.WithTimeout or WithDeadline, then NewRequestWithContext,
// req.WithContext or req.Clone); the package-level helpers in a package
// whose init function sets http.DefaultClient.Timeout or replaces
// http.DefaultClient; look-alike types of other packages; _test.go files,
// unless -clienttimeout.tests is set.
//
// Fixes: a Timeout field is added to the literal (a zero one replaced),
// new(http.Client) and `var c http.Client` become a literal with a
// Timeout; http.Get and friends and http.DefaultClient are replaced by
// one package-level client with a Timeout, declared once per package
// (named httpClient, or timeoutClient where that name is taken). The
// duration is set by -clienttimeout.default (30s).
package clienttimeout
