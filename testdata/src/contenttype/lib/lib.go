// Package lib stands for another package's helpers, which may set a
// request's headers.
package lib

import "net/http"

// Send sets its own headers and sends the request.
func Send(req *http.Request) error {
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// AddHeaders adds the standard headers.
func AddHeaders(h http.Header) {
	h.Set("Content-Type", "application/json")
}

// Sign signs the request, setting the protocol's own JSON type.
func Sign(req *http.Request) {
	req.Header.Set("Content-Type", "application/x-amz-json-1.0")
}

// SigningTransport signs every request it sends, and sets its type.
type SigningTransport struct{ Base http.RoundTripper }

func (t *SigningTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("Content-Type", "application/x-amz-json-1.0")
	return t.Base.RoundTrip(req)
}
