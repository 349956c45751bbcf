package realcode

import (
	"errors"
	"io"
	"net/http"
	"time"
)

// A client whose request helper returns the round-trip time before the
// response (consul's api.Client.doRequest).
type timedClient struct{ hc *http.Client }

func (c *timedClient) doRequest(req *http.Request) (time.Duration, *http.Response, error) {
	start := time.Now()
	resp, err := c.hc.Do(req)
	return time.Since(start), resp, err
}

func (c *timedClient) closed(req *http.Request) (time.Duration, error) {
	rtt, resp, err := c.doRequest(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return rtt, nil
}

func (c *timedClient) leaked(req *http.Request) (int, error) {
	_, resp, err := c.doRequest(req) // want "never closed"
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func requireCodes(resp *http.Response, codes ...int) error {
	for _, code := range codes {
		if resp.StatusCode == code {
			return nil
		}
	}
	resp.Body.Close()
	return errors.New("unexpected " + resp.Status)
}

// get hands back a response whose status it checked (consul's
// KV.getInternal).
func (c *timedClient) get(req *http.Request) (*http.Response, time.Duration, error) {
	rtt, resp, err := c.doRequest(req)
	if err != nil {
		return nil, 0, err
	}
	if err := requireCodes(resp, 200, 404); err != nil {
		return nil, 0, err
	}
	if resp.StatusCode == 404 {
		resp.Body.Close()
		return nil, rtt, nil
	}
	return resp, rtt, nil
}

func (c *timedClient) getClosed(req *http.Request) error {
	resp, _, err := c.get(req)
	if err != nil || resp == nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

// The helper's failure tested in the condition itself.
func (c *timedClient) conditionForm(req *http.Request) error {
	_, resp, err := c.doRequest(req)
	if err != nil {
		return err
	}
	if requireCodes(resp, 200) != nil {
		return errors.New("rejected")
	}
	defer resp.Body.Close()
	return nil
}

// The helper closes only what it rejects: an accepted body is still the
// caller's to close.
func (c *timedClient) acceptedLeaks(req *http.Request) error {
	_, resp, err := c.doRequest(req) // want "not closed on the path"
	if err != nil {
		return err
	}
	if err := requireCodes(resp, 200); err != nil {
		return err
	}
	return nil
}

// A wrapper that returns the helper's error closes on failure too
// (consul's requireOK).
func requireOK(resp *http.Response) error { return requireCodes(resp, 200) }

func (c *timedClient) viaWrapper(req *http.Request) error {
	_, resp, err := c.doRequest(req)
	if err != nil {
		return err
	}
	if err := requireOK(resp); err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

// A constructor that keeps the body when it succeeds and leaves it to
// the caller when it fails (nomad's newChecksumValidatingReader).
type digestReader struct {
	body   io.ReadCloser
	digest string
}

func (d *digestReader) Read(p []byte) (int, error) { return d.body.Read(p) }
func (d *digestReader) Close() error               { return d.body.Close() }

func newDigestReader(body io.ReadCloser, digest string) (io.ReadCloser, error) {
	if digest == "" {
		return nil, errors.New("no digest")
	}
	return &digestReader{body: body, digest: digest}, nil
}

func (c *timedClient) snapshot(req *http.Request) (io.ReadCloser, error) {
	_, resp, err := c.doRequest(req)
	if err != nil {
		return nil, err
	}
	r, err := newDigestReader(resp.Body, resp.Header.Get("Digest"))
	if err != nil {
		resp.Body.Close()
		return nil, err
	}
	return r, nil
}

// The caller forgets the failure case: reported.
func (c *timedClient) snapshotLeaky(req *http.Request) (io.ReadCloser, error) {
	_, resp, err := c.doRequest(req) // want "not closed on the path"
	if err != nil {
		return nil, err
	}
	r, err := newDigestReader(resp.Body, resp.Header.Get("Digest"))
	if err != nil {
		return nil, err
	}
	return r, nil
}
