// Package rest is an application's own REST client in a package of its
// own: whether what its functions return has had its status looked at
// is known in the packages that import it.
package rest

import (
	"fmt"
	"net/http"
)

type Client struct{ HTTP *http.Client }

// Send is a plain send: any status.
func (c *Client) Send(req *http.Request) (*http.Response, error) {
	return c.HTTP.Do(req)
}

// Fetch returns only 2xx responses.
func (c *Client) Fetch(req *http.Request) (*http.Response, error) {
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		resp.Body.Close()
		return nil, fmt.Errorf("%s: %s", req.URL, resp.Status)
	}
	return resp, nil
}

// CheckResponse decides on the status and leaves the body alone.
func CheckResponse(resp *http.Response) error {
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %s", resp.Status)
	}
	return nil
}

// Log prints the status: not a check.
func Log(resp *http.Response) {
	fmt.Println(resp.Status)
}
