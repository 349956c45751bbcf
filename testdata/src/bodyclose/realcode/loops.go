// Package realcode holds reduced forms of idioms met in the benchmark
// corpus (bench/triage.tsv): the false positives of earlier versions,
// each next to the nearest case that must still be reported.
package realcode

import (
	"errors"
	"io"
	"net/http"
)

// A retry loop whose deferred close is followed by break or return on
// every path: the defer runs once, when the function returns, and no
// connection is held across iterations (cloudflare-go's makeRequest).
func retryThenBreak(c *http.Client, req *http.Request) ([]byte, error) {
	var resp *http.Response
	var body []byte
	var err error
	for i := 0; i < 3; i++ {
		resp, err = c.Do(req)
		if err != nil {
			continue
		}
		if resp.StatusCode >= 500 {
			resp.Body.Close()
			continue
		}
		body, err = io.ReadAll(resp.Body)
		defer resp.Body.Close()
		if err != nil {
			return nil, err
		}
		break
	}
	return body, err
}

// The same loop, but a 5xx response goes round again with the deferred
// close still waiting: reported.
func retryDeferThenContinue(c *http.Client, req *http.Request) ([]byte, error) {
	for i := 0; i < 3; i++ {
		resp, err := c.Do(req)
		if err != nil {
			continue
		}
		defer resp.Body.Close() // want "loop"
		if resp.StatusCode >= 500 {
			continue
		}
		return io.ReadAll(resp.Body)
	}
	return nil, errors.New("giving up")
}

// A streaming retry loop that defers the close and also closes the body
// explicitly before every retry and every return (go-twitter's
// Stream.retry): the deferred close only repeats one already done.
func streamRetry(c *http.Client, req *http.Request, done <-chan struct{}) {
	for {
		select {
		case <-done:
			return
		default:
		}
		resp, err := c.Do(req)
		if err != nil {
			return
		}
		defer resp.Body.Close()
		switch resp.StatusCode {
		case http.StatusOK:
			io.Copy(io.Discard, resp.Body)
		case http.StatusServiceUnavailable:
		default:
			resp.Body.Close()
			return
		}
		resp.Body.Close()
	}
}

// The deferred close is the only one on the retry path: reported.
func streamRetryNoClose(c *http.Client, req *http.Request) {
	for {
		resp, err := c.Do(req)
		if err != nil {
			return
		}
		defer resp.Body.Close() // want "loop"
		if resp.StatusCode == http.StatusOK {
			io.Copy(io.Discard, resp.Body)
			return
		}
	}
}

// A 304 Not Modified (or 204 No Content) response has no body: net/http
// gives it http.NoBody and reuses the connection (go-tfe's request.do).
func notModified(c *http.Client, req *http.Request) (io.ReadCloser, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		resp.Body.Close()
		return nil, errors.New(resp.Status)
	} else if resp.StatusCode == http.StatusNotModified {
		return nil, nil
	}
	return resp.Body, nil
}

// The same with a 200 instead of a 304: the body is open there.
func okNotClosed(c *http.Client, req *http.Request) (io.ReadCloser, error) {
	resp, err := c.Do(req) // want "not closed on the path"
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusOK {
		return nil, nil
	}
	return resp.Body, nil
}

// No content is no body either, also when the status was copied.
func noContent(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	code := resp.StatusCode
	if code != 204 {
		defer resp.Body.Close()
		return errors.New("unexpected " + resp.Status)
	}
	return nil
}
