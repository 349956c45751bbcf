// Package escapes tests responses that become someone else's job.
package escapes

import "net/http"

type holder struct {
	resp *http.Response
}

func returned(c *http.Client, u string) (*http.Response, error) {
	resp, err := c.Get(u) // want `^closed$` `^returned$`
	if err != nil {
		return nil, err
	}
	return resp, nil
}

func stored(c *http.Client, u string, h *holder) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	h.resp = resp
	return nil
}

func sent(c *http.Client, u string, ch chan<- *http.Response) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	ch <- resp
	return nil
}

func passed(c *http.Client, u string, handle func(*http.Response)) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	handle(resp)
	return nil
}

func started(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	go func() {
		resp.Body.Close()
	}()
	return nil
}

func intoField(c *http.Client, u string, h *holder) error {
	var err error
	h.resp, err = c.Get(u) // want `^handed on$`
	return err
}
