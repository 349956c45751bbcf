// Package app calls the helpers of package rest.
package app

import (
	"context"
	"net/http"

	"bodyclose/across/rest"
	"golang.org/x/net/context/ctxhttp"
)

// CallJSON closed the body: nothing to close here.
func etag(c *rest.Client, req *http.Request) (string, error) {
	var v struct{ Name string }
	resp, err := c.CallJSON(req, &v)
	if err != nil {
		return "", err
	}
	return resp.Header.Get("ETag"), nil
}

// rest.Drain closes.
func drained(c *rest.Client, req *http.Request) (int, error) {
	resp, err := c.Send(req)
	if err != nil {
		return 0, err
	}
	defer rest.Drain(resp)
	return resp.StatusCode, nil
}

// rest.Check leaves the body open when it fails: a leak on that path
// (by its signature alone, Check would be trusted with the body).
func checked(c *rest.Client, req *http.Request) (string, error) {
	resp, err := c.Send(req) // want `resp.Body is not closed on the path that leaves the function at line 40`
	if err != nil {
		return "", err
	}
	if err := rest.Check(resp); err != nil {
		return "", err
	}
	defer resp.Body.Close()
	return resp.Header.Get("ETag"), nil
}

// Send returns an open body.
func leaked(c *rest.Client, req *http.Request) (int, error) {
	resp, err := c.Send(req) // want `resp.Body is never closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// ctxhttp.Get is a plain send.
func viaCtxhttp(ctx context.Context, c *http.Client, u string) (int, error) {
	resp, err := ctxhttp.Get(ctx, c, u) // want `resp.Body is never closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
