// Package linger holds transports built per call that leave no idle
// connection behind (not reported), and transports built per call that
// are easy to miss (reported).
package linger

import (
	"net/http"
	"time"
)

// Idle connections closed by a deferred CloseIdleConnections: nothing
// lingers.
func closedIdle(url string) error {
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	_, err := (&http.Client{Transport: tr}).Get(url)
	return err
}

// Closed through the client that holds it.
func closedByClient(url string) error {
	c := &http.Client{Transport: &http.Transport{MaxIdleConns: 1}}
	defer c.CloseIdleConnections()
	_, err := c.Get(url)
	return err
}

// Closed, but not deferred: an early return leaves them open.
func closedNotDeferred(url string) error {
	tr := &http.Transport{} // want `http.Transport built on every call`
	_, err := (&http.Client{Transport: tr}).Get(url)
	if err != nil {
		return err
	}
	tr.CloseIdleConnections()
	return nil
}

// Keep-alives off: every connection is closed after its request.
func noKeepAlives(url string) error {
	_, err := (&http.Client{Transport: &http.Transport{DisableKeepAlives: true}}).Get(url)
	return err
}

// Keep-alives turned off after a Clone.
func noKeepAlivesAssigned(url string) error {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DisableKeepAlives = true
	_, err := (&http.Client{Transport: tr}).Get(url)
	return err
}

// Keep-alives left on by a constant false.
func keepAlives(url string) error {
	_, err := (&http.Client{Transport: &http.Transport{DisableKeepAlives: false}}).Get(url) // want `http.Transport built on every call`
	return err
}

// makeTransport builds a new transport on every call.
func makeTransport(timeout time.Duration) *http.Transport {
	tr := &http.Transport{ResponseHeaderTimeout: timeout}
	tr.MaxIdleConnsPerHost = 2
	return tr
}

func newTransport() *http.Transport { return http.DefaultTransport.(*http.Transport).Clone() }

// A helper of the package that returns a new transport, called per call:
// a transport built per call.
func viaHelper(url string) error {
	c := &http.Client{Transport: makeTransport(time.Second)} // want `http.Transport built on every call by makeTransport`
	_, err := c.Get(url)
	return err
}

func viaNewHelper(req *http.Request) (*http.Response, error) {
	return newTransport().RoundTrip(req) // want `http.Transport built on every call by newTransport`
}

// Called by a constructor, whose result keeps it: built once.
func NewClient() *http.Client {
	return &http.Client{Transport: makeTransport(time.Second)}
}

var cached *http.Transport

// Hands back a shared transport on some path: not a new one per call.
func sharedTransport() *http.Transport {
	if cached != nil {
		return cached
	}
	return &http.Transport{}
}

func viaShared(url string) error {
	_, err := (&http.Client{Transport: sharedTransport()}).Get(url)
	return err
}

// The helper's result kept in a field: not per call.
type keeper struct{ tr *http.Transport }

func (k *keeper) init() { k.tr = makeTransport(time.Second) }

// A value receiver: storing into its field stores into a copy that dies
// with the call.
type api struct {
	base string
	tr   *http.Transport
}

func (a api) get(path string) error {
	a.tr = &http.Transport{} // want `http.Transport built on every call`
	_, err := (&http.Client{Transport: a.tr}).Get(a.base + path)
	return err
}

// A value receiver returned: the copy, and its transport, outlive the
// call.
func (a api) withTransport() api {
	a.tr = &http.Transport{}
	return a
}

// A local struct value, likewise.
func local(url string) error {
	var cfg api
	cfg.tr = &http.Transport{} // want `http.Transport built on every call`
	_, err := (&http.Client{Transport: cfg.tr}).Get(url)
	return err
}

// A pointer receiver: the field outlives the call.
func (a *api) setTransport() {
	a.tr = &http.Transport{}
}
