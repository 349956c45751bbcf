// Package app reads bodies that package rest's functions returned.
package app

import (
	"context"
	"encoding/json"
	"net/http"

	"golang.org/x/net/context/ctxhttp"
	"statuscheck/across/rest"
)

type item struct{ Name string }

// Send checks nothing (by its signature alone, a function of another
// package that returns a response is taken to have checked it).
func sent(c *rest.Client, req *http.Request) (*item, error) {
	resp, err := c.Send(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var v item
	err = json.NewDecoder(resp.Body).Decode(&v) // want `resp.Body is read as data before resp.StatusCode is checked`
	return &v, err
}

// Fetch returned a 2xx response.
func fetched(c *rest.Client, req *http.Request) (*item, error) {
	resp, err := c.Fetch(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var v item
	err = json.NewDecoder(resp.Body).Decode(&v)
	return &v, err
}

// CheckResponse decides.
func checked(c *rest.Client, req *http.Request) (*item, error) {
	resp, err := c.Send(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if err := rest.CheckResponse(resp); err != nil {
		return nil, err
	}
	var v item
	err = json.NewDecoder(resp.Body).Decode(&v)
	return &v, err
}

// Log only prints the status (by its signature alone it would pass for
// nothing either: it returns no error).
func logged(c *rest.Client, req *http.Request) (*item, error) {
	resp, err := c.Send(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	rest.Log(resp)
	var v item
	err = json.NewDecoder(resp.Body).Decode(&v) // want `resp.Body is read as data before resp.StatusCode is checked`
	return &v, err
}

// ctxhttp.Get is a plain send whose status nobody checked.
func viaCtxhttp(ctx context.Context, c *http.Client, u string) (*item, error) {
	resp, err := ctxhttp.Get(ctx, c, u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var v item
	err = json.NewDecoder(resp.Body).Decode(&v) // want `resp.Body is read as data before resp.StatusCode is checked`
	return &v, err
}
