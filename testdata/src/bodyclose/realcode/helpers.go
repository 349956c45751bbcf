package realcode

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
)

// A local closure that closes the body, called right after the call
// (linodego's httpClient.doRequest): its body runs where it is called.
func closureCloses(c *http.Client, req *http.Request, into any) error {
	var resp *http.Response
	var err error
	process := func() error {
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return errors.New(resp.Status)
		}
		return json.NewDecoder(resp.Body).Decode(into)
	}
	resp, err = c.Do(req)
	if err != nil {
		return err
	}
	return process()
}

// The closure is called on one path only: reported.
func closureSometimes(c *http.Client, req *http.Request, decode bool) error {
	resp, err := c.Do(req) // want "not closed on the path"
	if err != nil {
		return err
	}
	closeIt := func() { resp.Body.Close() }
	if decode {
		closeIt()
	}
	return nil
}

// A closure handed to someone else may run anywhere: its job then.
func closureHandedOn(c *http.Client, req *http.Request, run func(func())) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	closeIt := func() { resp.Body.Close() }
	run(closeIt)
	return nil
}

// A helper that returns the response it was given (or nil) makes no new
// response (linodego's coupleAPIErrorsHTTP): discarding its result drops
// nothing.
func checkStatus(resp *http.Response, err error) (*http.Response, error) {
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return nil, errors.New(string(b))
	}
	return resp, nil
}

func passThrough(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = checkStatus(resp, nil)
	return err
}

// A helper that makes the call itself is a source: discarding it leaks.
func fetch(c *http.Client, u string) (*http.Response, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	return checkStatus(resp, nil)
}

func discardFetch(c *http.Client, u string) error {
	_, err := fetch(c, u) // want "discarded"
	return err
}

// A response made up by the package itself (client-go's
// retryAfterResponse) has no connection behind it.
func syntheticRetry() *http.Response {
	return &http.Response{
		StatusCode: http.StatusInternalServerError,
		Header:     http.Header{"Retry-After": []string{"1"}},
	}
}

func retryWait(err error) int {
	var resp *http.Response
	if err != nil {
		resp = syntheticRetry()
	}
	if resp == nil {
		return 0
	}
	return len(resp.Header.Get("Retry-After"))
}
