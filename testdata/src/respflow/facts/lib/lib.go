// Package lib is a module's own REST helpers in a package of their own.
// The summaries of its exported functions and methods travel as facts
// (Name:"summary") to the packages that import it (see package app); an
// unexported function, or a summary that rests on a guess, has none.
package lib

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
)

type Client struct{ HTTP *http.Client }

// CallJSON decodes a 2xx body into v and closes it; the response comes
// back for its headers.
func (c *Client) CallJSON(req *http.Request, v any) (*http.Response, error) { // want CallJSON:`^nothing$`
	resp, err := c.HTTP.Do(req) // want `^closed$` `^returned$`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return resp, nil
	}
	return resp, json.NewDecoder(resp.Body).Decode(v)
}

// Send is a plain send.
func (c *Client) Send(req *http.Request) (*http.Response, error) { // want Send:`^returns open; returns unchecked$`
	return c.HTTP.Do(req) // want `^handed on$`
}

// Check looks at the status and reads an error body, but leaves the
// body to the caller.
func Check(resp *http.Response) error { // want Check:`^param 0 checks$`
	if resp.StatusCode == http.StatusOK {
		return nil
	}
	msg, _ := io.ReadAll(resp.Body)
	return errors.New(string(msg))
}

// Drain closes.
func Drain(resp *http.Response) { // want Drain:`^param 0 closes$`
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
}

func check(resp *http.Response) error { // want `^summary: param 0 checks$`
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	return nil
}

// Doer is the usual interface of a client: whatever is behind it sends.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

func Via(d Doer, req *http.Request) (*http.Response, error) { // want Via:`^returns open; returns unchecked$`
	return d.Do(req) // want `^handed on$`
}

// base is an interface of the package's own (twilio-go's BaseClient,
// whose implementation checks every status): in the package, what comes
// from it is taken to be unchecked; in another, the fact does not say
// so on a guess.
type base interface {
	SendRequest(method, url string) (*http.Response, error)
}

type Handler struct{ b base }

func (h *Handler) Get(url string) (*http.Response, error) { // want Get:`^returns open$`
	return h.b.SendRequest("GET", url) // want `^handed on$`
}

// Retry calls itself: its summary assumes the recursive call does the
// right thing, a guess that is not exported.
func Retry(c *http.Client, req *http.Request, n int) (*http.Response, error) { // want `^summary: returns open$`
	resp, err := c.Do(req) // want `^closed$` `^returned$`
	if err != nil && n > 0 {
		return Retry(c, req, n-1) // want `^handed on$`
	}
	if err != nil {
		return nil, err
	}
	if err := check(resp); err != nil {
		resp.Body.Close()
		return nil, err
	}
	return resp, nil
}

// Hook hands the response to a function value before returning it:
// whether that closes it is a guess, not exported.
func Hook(c *http.Client, req *http.Request, f func(*http.Response)) (*http.Response, error) {
	resp, err := c.Do(req) // want `^closed$` `^returned$`
	if err != nil {
		return nil, err
	}
	f(resp)
	return resp, nil
}
