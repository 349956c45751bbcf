// Package report holds code that builds transports and clients per call.
package report

import (
	"context"
	"net/http"
	"net/http/cookiejar"
	"time"

	"clientreuse/wrap"
)

// A transport used only by a client that lives as long as the call.
func transportPerCall(url string) (*http.Response, error) {
	tr := &http.Transport{MaxIdleConns: 10} // want `http.Transport built on every call: each one is a new connection pool`
	c := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	return c.Get(url)
}

// new(http.Transport), configured afterwards: no fix, since a shared
// transport would be configured again by every call.
func builtinNew(url string) error {
	tr := new(http.Transport) // want `http.Transport built on every call`
	tr.MaxIdleConnsPerHost = 4
	c := &http.Client{Transport: tr}
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// The usual Clone of http.DefaultTransport, tuned after cloning.
func cloneDefault(url string) (*http.Response, error) {
	t := http.DefaultTransport.(*http.Transport).Clone() // want `http.Transport cloned on every call`
	t.MaxIdleConns = 100
	c := &http.Client{Transport: t}
	return c.Get(url)
}

// A Clone of any transport.
func cloneParam(base *http.Transport, req *http.Request) (*http.Response, error) {
	return base.Clone().RoundTrip(req) // want `http.Transport cloned on every call`
}

// A transport value, used through its address.
func transportValue(req *http.Request) (*http.Response, error) {
	tr := http.Transport{} // want `http.Transport built on every call`
	c := http.Client{Transport: &tr}
	return c.Do(req)
}

// A client in the body of a for loop.
func clientInFor(url string, n int) {
	for i := 0; i < n; i++ {
		c := &http.Client{Timeout: time.Second} // want `http.Client built on every loop iteration`
		if resp, err := c.Get(url); err == nil {
			resp.Body.Close()
		}
	}
}

// A client in the body of a range loop, with a local cookie jar.
func clientInRange(urls []string) error {
	jar, err := cookiejar.New(nil)
	if err != nil {
		return err
	}
	for _, u := range urls {
		c := &http.Client{Jar: jar} // want `http.Client built on every loop iteration`
		if _, err := c.Get(u); err != nil {
			return err
		}
	}
	return nil
}

// A client built on every request by a handler function.
func handle(w http.ResponseWriter, r *http.Request) {
	c := &http.Client{Timeout: 5 * time.Second} // want `http.Client built on every request in an HTTP handler`
	resp, err := c.Get("https://upstream.example/" + r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

type proxy struct{ upstream string }

// A client built on every request by a ServeHTTP method.
func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c := new(http.Client) // want `http.Client built on every request in an HTTP handler`
	resp, err := c.Do(r)
	if err == nil {
		resp.Body.Close()
	}
}

// A client built on every request by a handler literal.
func routes(mux *http.ServeMux) {
	mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := http.Client{} // want `http.Client built on every request in an HTTP handler`
		c.Get("https://upstream.example/")
	}))
}

// A transport built in a loop with its client: one finding, on the
// transport.
func fetchAll[T any](urls []string, decode func(*http.Response) T) []T {
	var out []T
	for _, u := range urls {
		c := &http.Client{Transport: &http.Transport{}} // want `http.Transport built on every call`
		resp, err := c.Get(u)
		if err != nil {
			continue
		}
		out = append(out, decode(resp))
		resp.Body.Close()
	}
	return out
}

// A closure assigned to a variable; closing its idle connections in a
// deferred closure leaves nothing lingering: not reported.
func run(urls []string) {
	get := func(u string) error {
		tr := &http.Transport{}
		defer func() { tr.CloseIdleConnections() }()
		c := &http.Client{Transport: tr}
		_, err := c.Get(u)
		return err
	}
	for _, u := range urls {
		get(u)
	}
}

type service struct{ base string }

// A method.
func (s *service) Fetch(path string) (*http.Response, error) {
	tr := &http.Transport{Proxy: http.ProxyFromEnvironment} // want `http.Transport built on every call`
	return (&http.Client{Transport: tr}).Get(s.base + path)
}

// Wrapped by a library: followed through the wrapper's result; no fix, the
// library may change it.
func wrapped(req *http.Request) (*http.Response, error) {
	tr := &http.Transport{} // want `http.Transport built on every call`
	c := &http.Client{Transport: wrap.NewTransport(tr)}
	return c.Do(req)
}

// A wrapper that also returns an error.
func wrappedTuple(ctx context.Context, url string) error {
	c, err := wrap.Client(&http.Transport{}) // want `http.Transport built on every call`
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}

// Configured by a function that returns only an error.
func configured(url string) error {
	tr := &http.Transport{} // want `http.Transport built on every call`
	if err := wrap.Configure(tr); err != nil {
		return err
	}
	_, err := (&http.Client{Transport: tr}).Get(url)
	return err
}

// A transport built per call and held by clients built in the loop: one
// finding, on the transport.
func loopTransport(urls []string) {
	tr := &http.Transport{MaxIdleConnsPerHost: 2} // want `http.Transport built on every call`
	for _, u := range urls {
		c := http.Client{Transport: tr}
		c.Get(u)
	}
}

// new of a literal (Go 1.26) is the pointer to the literal.
func withNewExpr(url string) {
	tr := new(http.Transport{MaxIdleConns: 3}) // want `http.Transport built on every call`
	tr.MaxIdleConnsPerHost = 1
	(&http.Client{Transport: tr}).Get(url)
}

func send(c *http.Client, url string) (*http.Response, error) { return c.Get(url) }

// Handed to a helper whose results are the response and an error: the
// response does not keep the client for reuse.
func viaHelper(url string) (*http.Response, error) {
	tr := &http.Transport{ResponseHeaderTimeout: time.Second} // want `http.Transport built on every call`
	return send(&http.Client{Transport: tr}, url)
}

// Literals with their type left out, in a loop.
func elided(urls []string, rt http.RoundTripper) {
	for _, u := range urls {
		cs := []*http.Client{{Transport: rt}} // want `http.Client built on every loop iteration`
		cs[0].Get(u)
	}
}
