package realcode

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
)

func isContextErr(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ue *url.Error
	return errors.As(err, &ue) && ue.Timeout()
}

// A predicate on the call's error is true only for a non-nil error, so
// there is no response on its branch (olivere/elastic's PerformRequest).
func predicateFirst(c *http.Client, req *http.Request) (int, error) {
	resp, err := c.Do(req)
	if isContextErr(err) {
		return 0, err
	}
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func errorsIsFirst(c *http.Client, req *http.Request) (int, error) {
	resp, err := c.Do(req)
	if errors.Is(err, context.Canceled) {
		return 0, err
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return 0, err
	}
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// A predicate on something else is no error check: reported.
func predicateOnOther(c *http.Client, req *http.Request, other error) (int, error) {
	resp, err := c.Do(req) // want "not closed on the path"
	if isContextErr(other) {
		return 0, other
	}
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// A RoundTripper that logs: the bare return hands the named result to
// the caller (go-containerregistry's logTransport).
type logged struct{ inner http.RoundTripper }

func (t *logged) RoundTrip(in *http.Request) (out *http.Response, err error) {
	out, err = t.inner.RoundTrip(in)
	if err != nil {
		return
	}
	if out != nil {
		_ = out.StatusCode
	}
	return
}
