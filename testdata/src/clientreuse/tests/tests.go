// Package tests has a test file that builds a transport per call.
package tests

import "net/http"

// Get gets url with c.
func Get(c *http.Client, url string) error {
	_, err := c.Get(url)
	return err
}
