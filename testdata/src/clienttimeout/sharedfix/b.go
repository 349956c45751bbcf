package sharedfix

import (
	"fmt"
	"net/http"
)

func c(u string) error {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req) // want `http.DefaultClient has no timeout`
	if err != nil {
		return fmt.Errorf("c: %w", err)
	}
	return resp.Body.Close()
}

// A local variable named like the shared client: the shared client takes
// the next name, free at every helper, so that one run fixes them all.
func d(u string) {
	httpClient := 1
	_ = httpClient
	http.Head(u) // want `http.Head sends`
}
