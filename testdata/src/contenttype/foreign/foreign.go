// Package foreign gives its client a transport of another package, which
// may set the protocol's own JSON type (an SDK's signer sets
// application/x-amz-json-1.0): nothing is reported.
package foreign

import (
	"bytes"
	"encoding/json"
	"net/http"

	"contenttype/lib"
)

type Client struct{ hc *http.Client }

func New() *Client {
	return &Client{hc: &http.Client{Transport: &lib.SigningTransport{Base: http.DefaultTransport}}}
}

func (c *Client) Call(u, method string, in any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequest(method, u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) Post(u string, in any) (*http.Response, error) {
	b, _ := json.Marshal(in)
	return c.hc.Post(u, "text/plain", bytes.NewReader(b))
}
