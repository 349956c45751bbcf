// Package lookalike uses functions and types that share their names with
// net/http's, encoding/json's and net/url's: none is reported.
package lookalike

import (
	"bytes"
	"encoding/json"
	nethttp "net/http"
	"strings"

	"contenttype/lookalike/http"
	fakejson "contenttype/lookalike/json"
	"contenttype/lookalike/url"
)

// Not net/http's Post.
func post(u string, v any) error {
	b, _ := json.Marshal(v)
	_, err := http.Post(u, "text/plain", bytes.NewReader(b))
	return err
}

// Not net/http's Client.
func clientPost(c *http.Client, u string, v any) error {
	b, _ := json.Marshal(v)
	_, err := c.Post(u, "", bytes.NewReader(b))
	return err
}

// Not net/http's NewRequest.
func request(c *http.Client, u string, v any) error {
	b, _ := json.Marshal(v)
	req, _ := http.NewRequest("POST", u, bytes.NewReader(b))
	_, err := c.Do(req)
	return err
}

// Not encoding/json's Marshal: the body is not known to be JSON.
func notJSON(u string, v any) error {
	b, _ := fakejson.Marshal(v)
	resp, err := nethttp.Post(u, "application/xml", bytes.NewReader(b))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Not net/url's Values: the body is not known to be a form.
func notForm(u string, v url.Values) error {
	resp, err := nethttp.Post(u, "application/json", strings.NewReader(v.Encode()))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
