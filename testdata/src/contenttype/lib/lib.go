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
