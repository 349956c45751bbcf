package basic

import (
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

// consul's shape: the request helper returns the round-trip time first,
// and get checks the status (200 or 404) before handing the response on.
type timedClient struct{ hc *http.Client }

func (c *timedClient) doRequest(req *http.Request) (time.Duration, *http.Response, error) {
	start := time.Now()
	resp, err := c.hc.Do(req)
	return time.Since(start), resp, err
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

func (c *timedClient) get(req *http.Request) (*http.Response, error) {
	_, resp, err := c.doRequest(req)
	if err != nil {
		return nil, err
	}
	if err := requireCodes(resp, 200, 404); err != nil {
		return nil, err
	}
	if resp.StatusCode == 404 {
		resp.Body.Close()
		return nil, nil
	}
	return resp, nil
}

func (c *timedClient) getValue(req *http.Request) (map[string]string, error) {
	resp, err := c.get(req)
	if err != nil || resp == nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]string
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// Straight from doRequest, with no check: reported.
func (c *timedClient) getUnchecked(req *http.Request) (map[string]string, error) {
	_, resp, err := c.doRequest(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]string
	return out, json.NewDecoder(resp.Body).Decode(&out) // want "before resp.StatusCode is checked"
}

// A status filter built by another function and applied to the helper's
// results (nomad's requireOK(c.doRequest(r)) through requireStatusIn):
// what the function value checks cannot be seen, so it is trusted.
type wrapper func(time.Duration, *http.Response, error) (time.Duration, *http.Response, error)

func requireStatusIn(codes ...int) wrapper {
	return func(d time.Duration, resp *http.Response, err error) (time.Duration, *http.Response, error) {
		if err != nil {
			return d, nil, err
		}
		if err := requireCodes(resp, codes...); err != nil {
			return d, nil, err
		}
		return d, resp, nil
	}
}

func requireOK(d time.Duration, resp *http.Response, err error) (time.Duration, *http.Response, error) {
	f := requireStatusIn(http.StatusOK)
	return f(d, resp, err)
}

func (c *timedClient) query(req *http.Request) (map[string]string, error) {
	_, resp, err := requireOK(c.doRequest(req))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]string
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
