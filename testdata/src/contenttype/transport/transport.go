// Package transport has a RoundTripper that sets the type of every
// request its clients send: nothing is reported.
package transport

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type jsonTransport struct {
	base http.RoundTripper
}

func (t *jsonTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("Content-Type", "application/json")
	return t.base.RoundTrip(req)
}

var client = &http.Client{Transport: &jsonTransport{base: http.DefaultTransport}}

func create(u string, v any) error {
	b, _ := json.Marshal(v)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// The transport may replace even a constant type: which clients use it
// is not known.
func post(u string, v any) (*http.Response, error) {
	b, _ := json.Marshal(v)
	return client.Post(u, "text/plain", bytes.NewReader(b))
}
