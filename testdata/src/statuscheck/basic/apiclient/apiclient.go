// Package apiclient stands for an API client of another package whose
// request helpers check the status before returning (twilio-go's
// RequestHandler), and one that returns the body already read
// (prometheus/client_golang's api.Client).
package apiclient

import (
	"context"
	"errors"
	"io"
	"net/http"
)

type Handler struct{ C *http.Client }

func (h *Handler) Get(u string) (*http.Response, error) {
	resp, err := h.C.Get(u)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		resp.Body.Close()
		return nil, errors.New(resp.Status)
	}
	return resp, nil
}

type API struct{ C *http.Client }

func (a *API) Do(ctx context.Context, req *http.Request) (*http.Response, []byte, error) {
	resp, err := a.C.Do(req.WithContext(ctx))
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp, b, err
}
