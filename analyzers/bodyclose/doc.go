// Package bodyclose defines an Analyzer that reports HTTP response bodies
// that are not closed.
//
// # Analyzer bodyclose
//
// bodyclose: report response bodies that are not closed on every path
//
// The body of an *http.Response must be closed: until it is, its
// connection can be neither reused nor freed, and a client that forgets
// leaks sockets and file descriptors until it fails with "too many open
// files".
//
//	resp, err := client.Get(url)
//	if err != nil {
//		return err
//	}
//	if resp.StatusCode != http.StatusOK {
//		return fmt.Errorf("status %s", resp.Status) // reported: leaks the body
//	}
//	defer resp.Body.Close()
//
// Close it right after the error check:
//
//	resp, err := client.Get(url)
//	if err != nil {
//		return err
//	}
//	defer resp.Body.Close()
//
// A response comes from a client call (Client.Do, Get, Head, Post,
// PostForm and the http package's helpers), a RoundTrip, or any function
// with an *http.Response result (first, or later as in consul's
// doRequest, which returns the round-trip time first); a function of
// another package that returns more than the response and an error
// (resp, body, err) has read the body and is not one. It is reported when some path
// from the call leaves the function with the body open, after a nil
// error: a return, the end of the function, or the next iteration of a
// loop that calls again. A discarded response (`_, err := client.Get(u)`)
// is reported, and so is `defer resp.Body.Close()` inside a loop when the
// loop can call again after it with nothing else closing the body: the
// deferred close waits for the function to return. (A defer followed by
// break or return on every path runs once; one followed by an explicit
// close before every retry only repeats it: neither is reported.)
//
// Closed means resp.Body.Close() called directly or deferred, in a
// deferred or immediately called function literal, through an alias of
// the body (b := resp.Body; defer func() { b.Close() }()), or by passing
// the response or its body to a function of this package that closes it
// on every path. It is not this function's job when the response or its
// body is returned, stored in a field, a global, a map or a composite
// literal, sent on a channel, captured by a goroutine or a function
// literal kept for later, or passed to a function of another package that
// can close it (its parameter is an *http.Response, an io.Closer or an
// io.ReadCloser). The path on which the call failed (err != nil, or
// resp == nil) needs no close, nor do paths ending in panic, os.Exit,
// log.Fatal or t.Fatal; a condition that only a non-nil error makes true
// (errors.Is(err, …), errors.As, a bool function named Is… or is… of the
// error) counts as the error check. A path on which the status is 204 No
// Content or 304 Not Modified (resp.StatusCode == http.StatusNotModified)
// needs no close either: net/http gives such responses no body and reuses
// their connection by itself. httptest.ResponseRecorder.Result() needs no
// close, nor does http.ReadResponse, which parses a response off a
// connection the caller owns (no transport waits for it). A same-package
// helper that returns a response whose body it has already closed, or
// that hands back the response it was given (check(resp, err)), is not a
// source. A local closure that is only ever called (process := func()
// error { defer resp.Body.Close(); … }) counts where it is called; a
// bare return hands the named results to the caller. A local wrapper
// built around the response after the call (result :=
// &Response{Response: resp}) is followed like the response: comparing
// it keeps the body here, any other use (a method, an argument, a
// return) hands it on, and dropping it leaves the body open. A response
// made up by a helper (return &http.Response{StatusCode: 429}) is not
// open.
//
// Functions of other packages analyzed in the same run (with ./..., the
// whole module) are judged by what they do: their summaries travel as
// analysis facts, so a helper of another package of the module that
// closes the response it returns (a lib/rest CallJSON) is not a source,
// and one that looks at the status but leaves the body open
// (go-containerregistry's transport.CheckError) is not trusted to close
// it. Well-known functions of other modules are judged by a curated model
// (ctxhttp.Get and go-retryablehttp's Client.Do return an open body;
// sling's Receive closes it).
//
// Known limits: the other functions of other packages are judged by
// their signatures, not their bodies, so a helper in a package not
// analyzed in the run that takes an io.ReadCloser is trusted to close it,
// and one that closes a response it returns is not known to; so is a
// helper whose summary would rest on a guess (gophercloud's
// ServiceClient.Head closes unless a flag is set, and retries by
// recursion). A helper that closes the body only when it returns an
// error (requireOK(resp) error), or keeps it only when it succeeds
// (newReader(body) (io.ReadCloser, error)), counts as closing it on the
// branch that tests its error accordingly; one that closes for some
// statuses or flags only (and whose callers rely on that) counts as not
// closing it.
//
// Fix (safe tier: applied by -fix): close the body only where the
// response cannot be nil. `defer resp.Body.Close()` goes right after the
// error check that follows the call when that check leaves the function
// (`if err != nil { return … }`, or `if resp == nil { return … }`);
// otherwise right after the call, guarded:
//
//	resp, err := c.Get(u)
//	if resp != nil {
//		defer resp.Body.Close()
//	}
//	if errors.Is(err, errNotFound) { … }
//
// A failed call returns a nil response, and an unguarded deferred close
// of it panics: on application code, most closes an earlier version
// inserted came before the error check. A discarded response is bound
// and closed the same way. No fix is offered inside a loop (a defer
// closes only at function exit), when some path hands the response on
// (returns, stores or passes it: the close would reach the caller's
// copy), or when the response is a variable of an enclosing function
// (a retrying helper's closure: the close would run as the closure
// returns, while the response is still in use). The fixed code is run
// against failing transports and a server by TestFixedCodeRuns.
package bodyclose
