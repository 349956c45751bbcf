// Package touchme is the package the harness touches to time an
// incremental `go vet -vettool=httpvet` run: a small local package that
// uses net/http, so that touching it invalidates its vet result (and only
// its own) in the go command's cache.
package touchme

import (
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

// Status returns the status code of a GET of url.
func Status(url string) (int, error) {
	resp, err := client.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
