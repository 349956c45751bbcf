// Package lookalike sends weak, credential-like values to look-alikes
// of the sinks: only the real ones are sinks. (A random value would be
// reported by its name or form anywhere.)
package lookalike

import (
	"net/http"

	"secrets/lookalike/other"
)

var _ = http.StatusOK

type Header map[string][]string

func (h Header) Set(key, value string) {}

func f(h Header, oh other.Header, req *other.Request, v other.Values, tok *other.Token) {
	h.Set("Authorization", "Bearer hunter2hunter2")
	oh.Set("Authorization", "Bearer hunter2hunter2")
	oh.Set("X-Api-Key", "hunter2hunter2")
	req.SetBasicAuth("admin", "hunter2hunter2")
	other.UserPassword("admin", "hunter2hunter2")
	v.Set("api_key", "hunter2hunter2")
	_ = other.Config{ClientSecret: "hunter2hunter2"}
	_ = other.Header{"Authorization": {"Bearer hunter2hunter2"}}
	tok.SignedString([]byte("hunter2hunter2"))
}

// The real ones, for contrast.
func g(h http.Header) {
	h.Set("Authorization", "Bearer hunter2hunter2") // want `credential in the Authorization header \(hun…\)`
}
