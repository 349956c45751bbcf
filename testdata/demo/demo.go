// Package demo is a small HTTP client with one of each mistake httpvet
// finds. Run `go run ./cmd/httpvet ./testdata/demo` from the repository
// root to see every rule fire.
package demo

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"net/http"
	"time"
)

// fetch uses the default client, which has no timeout.
func fetch(url string) (*http.Response, error) {
	return http.Get(url)
}

// newClient builds a client with no timeout.
func newClient(tr http.RoundTripper) *http.Client {
	return &http.Client{Transport: tr}
}

// bounded has a deadline on its request, so no timeout is needed.
func bounded(ctx context.Context, url string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	// the caller's context carries the deadline: clienttimeout accepts it
	return http.DefaultClient.Do(req)
}

// status leaks the body of every response: nothing closes it.
func status(client *http.Client, url string) (int, error) {
	resp, err := client.Get(url)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// insecureTransport accepts any certificate, so any man in the middle.
func insecureTransport() *http.Transport {
	return &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
}

// user decodes whatever comes back, an error page included.
func user(client *http.Client, url string) (map[string]any, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var u map[string]any
	return u, json.NewDecoder(resp.Body).Decode(&u)
}

// ping builds a new connection pool for every call.
func ping(url string) error {
	client := &http.Client{Transport: &http.Transport{}, Timeout: time.Second}
	resp, err := client.Head(url)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// listRepos sends a token that is now in the source, and in git history.
func listRepos(client *http.Client, url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer q8XvR2mTz5LpW9nK3cYb7HdF")
	return client.Do(req)
}

// createUser sends JSON that the server is told nothing about: many APIs
// answer 400 or 415.
func createUser(client *http.Client, url string, u map[string]any) error {
	b, err := json.Marshal(u)
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
