// Package fixrun sends hard-coded credentials; its fixed form (the
// golden file) reads them from the environment, and TestFixedCodeRuns
// runs it against a server. Every value here was generated at random
// for this test.
package fixrun

import (
	"net/http"
	"net/url"
	"strings"
)

// Credentials in headers and a query parameter.
func fetch(base string) (*http.Response, error) {
	req, err := http.NewRequest("GET", base+"/v1/items", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+"Rk2vQ9xLmT4pZ8cW1nB6yH3j") // want `credential in the Authorization header`
	req.Header.Set("X-Api-Key", "hP7sK2mX9qL4vT8zR1cW6bN3")               // want `credential in the X-Api-Key header`
	q := url.Values{}
	q.Set("api_key", "tZ5wQ8nM2kV7xR4pL9cB3hJ6") // want `credential in query parameter api_key`
	req.URL.RawQuery = q.Encode()
	return http.DefaultClient.Do(req)
}

// A password for basic auth.
func login(base string) (*http.Response, error) {
	req, err := http.NewRequest("GET", base+"/login", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("reports", "Gm4pW9zK2tQ7vX5nR8cL3b") // want `password of SetBasicAuth`
	return http.DefaultClient.Do(req)
}

// A header name passed to a parameter named token is no credential
// (issue 14): it must stay as it is.
func upgrades(h http.Header) bool {
	return headerValuesContainsToken(h["Connection"], "HTTP2-Settings")
}

func headerValuesContainsToken(values []string, token string) bool {
	for _, v := range values {
		for _, t := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), token) {
				return true
			}
		}
	}
	return false
}
