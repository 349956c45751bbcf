// Package dialect speaks a protocol with a JSON media type of its own:
// a request without a type is still reported, but no fix writes
// application/json, which the server may reject.
package dialect

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const contentTypeAmzJSON = "application/x-amz-json-1.1"

func call(c *http.Client, u, target string, in any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", contentTypeAmzJSON)
	req.Header.Set("X-Amz-Target", target)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func forgotten(c *http.Client, u string, in any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequest("POST", u, bytes.NewReader(b)) // want `sent without a Content-Type.*no fix: this package also sends "application/x-amz-json-1.1"`
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func posted(u string, in any) (*http.Response, error) {
	b, _ := json.Marshal(in)
	return http.Post(u, "text/plain", bytes.NewReader(b)) // want `http.Post sends a JSON body as "text/plain".*no fix`
}
