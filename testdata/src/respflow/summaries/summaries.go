// Package summaries tests the summaries of helpers of the package, and
// their calls.
package summaries

import (
	"errors"
	"io"
	"net/http"
)

func drain(resp *http.Response) { // want `^summary: param 0 closes$`
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
}

func requireOK(resp *http.Response) error { // want `^summary: param 0 closes on error, checks$`
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return errors.New(resp.Status)
	}
	return nil
}

func readAll(r io.Reader) ([]byte, error) { // want `^summary: param 0 reads$`
	return io.ReadAll(r)
}

func get(c *http.Client, u string) (*http.Response, error) { // want `^summary: returns open; returns unchecked$`
	return c.Get(u) // want `^handed on$`
}

func getOK(c *http.Client, u string) (*http.Response, error) { // want `^summary: returns open$`
	resp, err := c.Get(u) // want `^closed$` `^returned$`
	if err != nil {
		return nil, err
	}
	if err := requireOK(resp); err != nil {
		return nil, err
	}
	return resp, nil
}

func check(resp *http.Response, err error) (*http.Response, error) { // want `^summary: param 0 closes; returns open; returns unchecked; passes param 0 through$`
	if err != nil {
		return nil, err
	}
	return resp, nil
}

func useDrain(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	drain(resp)
	return nil
}

func useRequireOK(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	if err := requireOK(resp); err != nil {
		return err // closed by requireOK
	}
	return resp.Body.Close()
}

func useRequireOKLeaks(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^leak at line 75$`
	if err != nil {
		return err
	}
	return requireOK(resp) // open when it returns nil
}

func useReadAll(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u) // want `^closed$` `^unchecked read at line 84$`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return readAll(resp.Body)
}

func useGet(c *http.Client, u string) error {
	resp, err := get(c, u) // want `^closed$`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func useGetOK(c *http.Client, u string) ([]byte, error) {
	resp, err := getOK(c, u) // want `^closed$`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body) // getOK checked the status
}

// useCheck is not followed: check hands back the response it is given,
// so the call of it is not a source, and c.Get(u), whose results go
// straight into another call returning a response, is not one either.
func useCheck(c *http.Client, u string) error {
	resp, err := check(c.Get(u))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
