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
// req.WithContext or req.Clone), or whose context is a context parameter
// of the function (or derived from one): that request is bounded as its
// callers decide, and is reported only where the package is seen to pass
// a context with no deadline (context.Background or TODO, or one derived
// from them without a deadline) down to it, through any chain of its own
// calls; callers in other packages decide for themselves. The
// package-level helpers in a package
// whose init function sets http.DefaultClient.Timeout or replaces
// http.DefaultClient; look-alike types of other packages; _test.go files,
// unless -clienttimeout.tests is set.
//
// Fixes: a Timeout field is added to the literal (a zero one replaced),
// new(http.Client) and `var c http.Client` become a literal with a
// Timeout; http.Get and friends and http.DefaultClient are replaced by one
// package-level client with a Timeout, declared once per package. The
// duration is set by -clienttimeout.default (30s). The fixes change
// behaviour by design: -fix=all applies them.
//
// The shared client's name is the first of httpClient, timeoutClient,
// httpvetClient, httpClient2, ... that no file of the package declares or
// imports, its _test.go files included (read from disk, so that the
// package analyzed with or without its tests, by httpvet -fix or go fix,
// gets the same name), and that no local shadows at any of the calls: one
// run fixes every call of the package, and a second finds nothing to do.
// A file whose only use of net/http is the calls replaced loses its
// import; every fix in it replaces all of its calls.
//
// Streams and downloads. Client.Timeout covers reading the body, so a
// timeout added to a client whose responses are streamed or downloaded
// cuts long transfers off. The rule looks at how the responses of each
// client are used — in the function, through the variable or field the
// client is stored in across the package, through the package's own
// helpers the body or response is handed to, and through the callers of
// an unexported function that returns the response — and takes them to
// stream when the body is copied (io.Copy) to a writer other than
// io.Discard or a bytes.Buffer or strings.Builder, read with bufio, a
// decompressor or another reader of pieces, decoded as a stream (a
// decoder kept and used in a loop, or its More or Token methods), read
// with Read, handed to a function of another package or stored; or when
// the response is returned by an exported function or a method (its
// callers are not all seen). Reading the body with io.ReadAll (through
// io.LimitReader too), one Decode, or a copy into memory are not streams.
// For such a client no Timeout is added: where its Transport is a
// &http.Transport{...} literal in the same expression, the fix sets that
// transport's ResponseHeaderTimeout instead (it bounds the wait for the
// response headers and leaves the transfer alone); otherwise the finding
// has no fix and its message says why. A streaming client whose transport
// literal already sets ResponseHeaderTimeout is not reported. Calls of
// http.Get and friends, and of http.DefaultClient, whose response may
// stream are reported without a fix.
//
// A configured http.DefaultClient. Where the package assigns
// http.DefaultClient's fields (Jar, Transport, CheckRedirect, Timeout)
// anywhere, directly or through a variable holding it, or replaces it —
// its _test.go files included, since tests install fake transports there
// — the calls are still reported (unless init bounds them, above) but
// not rerouted: a new client would lose the session, the credentials or
// the proxy.
package clienttimeout
