// Package wrap stands in for libraries that wrap a transport, such as
// otelhttp and oauth2.
package wrap

import "net/http"

// NewTransport returns a transport that sends through rt.
func NewTransport(rt http.RoundTripper) http.RoundTripper { return rt }

// Client returns a client that sends through rt.
func Client(rt http.RoundTripper) (*http.Client, error) {
	return &http.Client{Transport: rt}, nil
}

// Keep keeps rt.
func Keep(rt http.RoundTripper) { kept = append(kept, rt) }

var kept []http.RoundTripper

// Configure changes t and reports whether it could.
func Configure(t *http.Transport) error {
	t.ForceAttemptHTTP2 = true
	return nil
}
