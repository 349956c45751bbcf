// Package app imports lib: its own summaries are built on lib's facts.
package app

import (
	"net/http"

	"respflow/facts/lib"
)

// Verify's parameter is checked and left open, as lib.Check's fact says;
// by lib.Check's signature alone (takes a response, returns an error) it
// would count as checked and handed on, that is closed.
func Verify(resp *http.Response) error { // want Verify:`^param 0 checks$`
	return lib.Check(resp)
}

// Release closes, as lib.Drain's fact says.
func Release(resp *http.Response) { // want Release:`^param 0 closes$`
	lib.Drain(resp)
}

// Fetch returns what lib.Send returns: open and unchecked.
func Fetch(c *lib.Client, req *http.Request) (*http.Response, error) { // want Fetch:`^returns open; returns unchecked$`
	return c.Send(req) // want `^handed on$`
}

// Headers gets a response whose body lib's CallJSON closed: not a source.
func Headers(c *lib.Client, req *http.Request) (http.Header, error) {
	resp, err := c.CallJSON(req, nil)
	if err != nil {
		return nil, err
	}
	return resp.Header, nil
}

// FetchRetry returns what lib.Retry returns: Retry has no fact (its
// summary rests on a guess), so it is judged by its signature here, and
// a summary built on that exports no fact either.
func FetchRetry(c *http.Client, req *http.Request) (*http.Response, error) {
	return lib.Retry(c, req, 3) // want `^handed on$`
}
