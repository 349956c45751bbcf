// Package clientreuse defines an Analyzer that reports HTTP transports and
// clients built again on every call, loop iteration or request.
//
// # Analyzer clientreuse
//
// clientreuse: report http.Transport and http.Client values built per call instead of reused
//
// An http.Transport is a connection pool. One built inside a function that
// then throws it away opens new connections (a TCP and TLS handshake each)
// on every call, never reuses them, and leaves its idle connections open
// until they time out: under load the process runs out of file descriptors
// or ephemeral ports. Clients are safe for concurrent use and meant to be
// built once; one built on every loop iteration or on every request to a
// handler repeats its setup for nothing and shares no cookies or settings.
//
//	func fetch(url string) (*http.Response, error) {
//		tr := &http.Transport{MaxIdleConns: 10} // reported
//		c := &http.Client{Transport: tr, Timeout: 10 * time.Second}
//		return c.Get(url)
//	}
//
// Build it once and reuse it:
//
//	var fetchClient = &http.Client{
//		Transport: &http.Transport{MaxIdleConns: 10},
//		Timeout:   10 * time.Second,
//	}
//
//	func fetch(url string) (*http.Response, error) {
//		return fetchClient.Get(url)
//	}
//
// Reported: an http.Transport built inside a function (&http.Transport{},
// http.Transport{}, new(http.Transport), the Clone of any
// *http.Transport, such as http.DefaultTransport.(*http.Transport).Clone(),
// or a call of a function of the package whose every return hands back a
// transport it has just built, such as a newTransport helper) that does
// not outlive the call; an http.Client literal or new(http.Client) built
// in the body of a for or range loop, or in an HTTP handler (a function
// whose parameters are http.ResponseWriter and *http.Request, or a
// ServeHTTP method), that does not outlive the iteration or the request.
// When a transport and the client holding it are both built per call,
// only the transport is reported.
//
// The value is followed through local variables, composite literals that
// hold it (a client holding the transport), and the results of calls it is
// passed to (otelhttp.NewTransport(tr)). It outlives the call, and is not
// reported, when it or a value holding it is returned, stored in a field,
// a global, a map or slice element or a variable declared outside the
// loop, appended to something, sent on a channel, used by a go statement,
// or passed to a function that returns nothing (which may keep it). A
// field of a local struct value (a value receiver, a struct variable) is
// part of that value: the transport lives as long as the value does.
//
// Not reported: values built in constructors (functions and methods named
// New or new, or starting with New or new followed by anything but a
// lower-case letter), in init, in main of package main, in the function
// passed to sync.Once.Do, sync.OnceFunc, sync.OnceValue or
// sync.OnceValues, and in package-level variable initializers, all of which
// run once; a client built per call outside a loop or handler (with a nil
// Transport it shares http.DefaultTransport and its connections); a
// *http.Transport obtained without building one (a parameter, or
// http.DefaultTransport.(*http.Transport) without Clone); a transport that
// leaves no idle connection behind: one whose CloseIdleConnections, or
// that of a client holding it, is deferred (defer tr.CloseIdleConnections()
// or a statement of a deferred closure), or whose DisableKeepAlives is set
// to a constant true in its literal or by an assignment; look-alike types
// of other packages; _test.go files, unless -clientreuse.tests is set.
// Requests sent with Close: true are not looked at: a transport whose
// every request closes its connection is still reported.
//
// Fix: when the value cannot depend on when it is built, it is moved to a
// package-level variable declared after the function, named after the
// function (fetchTransport, fetchClient; a number is added when the name is
// taken by a declaration of the package, its _test.go files included, or
// by another fix), and the expression is replaced by that name. The
// expression is then evaluated once, at package initialization, before
// main has read its configuration or a test has set anything; so it moves
// only when it is made of constants, literals, composite literals,
// conversions, references to functions and types, builtins, and calls of
// functions that depend on their arguments only (net/http.ProxyURL,
// x509.NewCertPool: the knowledge.PureFuncs table), all of those. The code
// of a function literal inside it (a Proxy or DialContext function) runs
// on each request, not at initialization: it may read package variables,
// such as a proxy URL that main sets later; so does a function named as a
// value (Proxy: http.ProxyFromEnvironment reads the environment when the
// first request is sent, wherever the transport was built). No fix is
// offered, and the
// message suggests building it once in a constructor and keeping it in a
// field, when:
//   - it reads a variable (a package variable may be set after
//     initialization, by main, a flag or a test; a local one is not
//     visible at package level), as http.ProxyURL(proxyURL) or
//     http.DefaultTransport.(*http.Transport).Clone() do (the program may
//     replace or change http.DefaultTransport in main), dereferences a
//     pointer, receives from a channel, or calls any other function or
//     method (os.Getenv, a helper of the package, tls.Config.Clone);
//   - the value is changed after it is built (a field assigned, as in
//     t.MaxIdleConns = 100 after a Clone, or a method such as
//     RegisterProtocol or CloseIdleConnections called) or handed to a
//     function that may configure it (http2.ConfigureTransport): every
//     call would change the one shared value;
//   - it is a Transport or Client value rather than a pointer (each use
//     would copy it), or a literal whose type is left out;
//   - the variable would start an initialization cycle, or the value is
//     not in a function declaration.
//
// A transport written into a client literal that is itself built per loop
// iteration or request moves with that client (when the client can move),
// so that the next run does not report the client. All the values of one
// function move in one fix, which each of its findings carries: the fixes
// of a package compose, and after -fix a second run has nothing to move.
package clientreuse
