// Package callertest's tests pass context.Background to a function whose
// request takes the caller's context: tests are not production, so it
// is bounded as production's callers decide, with or without the tests.
package callertest

import (
	"context"
	"net/http"
)

func fetch(ctx context.Context, u string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
