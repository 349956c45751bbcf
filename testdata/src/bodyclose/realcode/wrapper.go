package realcode

import (
	"errors"
	"net/http"
)

// Response wraps the *http.Response for the package's callers.
type Response struct {
	*http.Response
}

func (r *Response) check() error {
	if r.StatusCode >= 400 {
		r.Body.Close()
		return errors.New(r.Status)
	}
	return nil
}

// A redirect that goes round again drops the wrapped first response with
// its body open (vault/api's RawRequestWithContext).
func redirectOnce(c *http.Client, req *http.Request) (*Response, error) {
	redirects := 0
START:
	var result *Response
	resp, err := c.Do(req) // want "not closed before the loop calls again"
	if resp != nil {
		result = &Response{Response: resp}
	}
	if err != nil {
		return result, err
	}
	if resp.StatusCode == http.StatusTemporaryRedirect && redirects == 0 {
		loc, err := resp.Location()
		if err != nil {
			return result, err
		}
		req.URL = loc
		redirects++
		goto START
	}
	if err := result.check(); err != nil {
		return nil, err
	}
	return result, nil
}

// Wrapped and handed on: the caller's.
func wrapped(c *http.Client, req *http.Request) (*Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	r := &Response{resp}
	return r, nil
}

func wrappedAndPassed(c *http.Client, req *http.Request, keep func(*Response)) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	w := Response{Response: resp}
	keep(&w)
	return nil
}

// Wrapped, compared, then dropped: reported.
func wrappedDropped(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req) // want "never closed"
	if err != nil {
		return err
	}
	w := &Response{Response: resp}
	if w == nil {
		return errors.New("no response")
	}
	return nil
}

// The redirect sends again into the same variable, but the wrapper still
// holds the first response: the second one's body is never closed
// (vault/api's httpRequestWithContext).
func redirectReplaces(c *http.Client, req *http.Request) (*Response, error) {
	var result *Response
	resp, err := c.Do(req)
	if resp != nil {
		result = &Response{Response: resp}
	}
	if err != nil {
		return result, err
	}
	if resp.StatusCode == http.StatusTemporaryRedirect {
		resp.Body.Close()
		resp, err = c.Do(req) // want "never closed"
		if err != nil {
			return result, err
		}
	}
	if err := result.check(); err != nil {
		return nil, err
	}
	return result, nil
}
