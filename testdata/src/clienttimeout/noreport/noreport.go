package noreport

import (
	"context"
	"net/http"
	"time"
)

var shared = &http.Client{Timeout: 10 * time.Second}

func withTimeout(d time.Duration) *http.Client {
	return &http.Client{Timeout: d} // not constant: the caller's choice
}

func fromConfig(cfg struct{ Timeout time.Duration }) http.Client {
	return http.Client{Timeout: cfg.Timeout}
}

// The request carries a deadline set in this function.
func deadline(ctx context.Context, u string) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func withDeadline(ctx context.Context, u string) {
	ctx, cancel := context.WithDeadline(ctx, time.Now().Add(time.Minute))
	defer cancel()
	req, _ := http.NewRequest("GET", u, nil)
	req = req.WithContext(ctx)
	http.DefaultClient.Do(req)
	http.DefaultClient.Do(req.Clone(ctx))
}

// A context derived from one with a deadline keeps it.
func derived(ctx context.Context, u string) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	ctx = context.WithValue(ctx, key{}, 1)
	req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
	http.DefaultClient.Do(req)
}

type key struct{}

// A local client whose every request has a deadline.
func localBounded(ctx context.Context, u string) {
	c := &http.Client{Transport: http.DefaultTransport}
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
	c.Do(req)
}

// The deadline is set in the function; the request is sent in a closure.
func closureBounded(ctx context.Context, u string) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
	func() {
		http.DefaultClient.Do(req)
	}()
}

// The timeout is set before the client is used.
func timeoutAssigned(u string) {
	c := &http.Client{}
	c.Timeout = 3 * time.Second
	c.Get(u)

	var v http.Client
	v.Timeout = time.Second
	v.Get(u)
}

var configured http.Client

func init() { configured.Timeout = time.Minute }

func useConfigured(u string) { configured.Get(u) }

var later = &http.Client{}

func init() { later.Timeout = time.Minute }

// A client that is built but never sends nor leaves the function.
func unused() {
	c := &http.Client{}
	c.CloseIdleConnections()
}

// Reading the default client, not sending with it.
func inspect() time.Duration { return http.DefaultClient.Timeout }

func closeIdle() { http.DefaultClient.CloseIdleConnections() }

// A var of pointer type holds no client.
var ptr *http.Client

func usePtr(u string) { ptr.Get(u) }

// A client that is never used to send is not reported.
var neverUsed http.Client

func generic[T any](d time.Duration, v T) (*http.Client, T) {
	return &http.Client{Timeout: d}, v
}

// A struct whose field is a client: the type, not a construction.
type api struct {
	client http.Client
}

func (a *api) get(u string) { a.client.Timeout = time.Second; _ = u }

// Handler code does not construct clients.
func handler(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }

// A server, not a client.
func serve() *http.Server { return &http.Server{ReadTimeout: time.Second} }

type wrapper struct{ client *http.Client }

// Copying another client's settings, Timeout included (go-github's
// Client.copy does this).
func (w *wrapper) copy() *wrapper {
	clone := wrapper{client: &http.Client{}}
	clone.client.Transport = w.client.Transport
	clone.client.Timeout = w.client.Timeout
	return &clone
}

func (w *wrapper) reset(d time.Duration) {
	w.client = &http.Client{}
	w.client.Timeout = d
}

// A method value of a client that has a timeout.
func methodValueShared(u string) {
	get := shared.Get
	get(u)
}

// A client with a timeout built in a closure and in a loop.
func closureClient(urls []string) func() *http.Client {
	for range urls {
		_ = &http.Client{Timeout: time.Minute}
	}
	return func() *http.Client { return &http.Client{Timeout: time.Minute} }
}

// Building a request sends nothing.
func requestOnly(u string) (*http.Request, error) { return http.NewRequest("GET", u, nil) }

// Handing http.DefaultClient to someone is not a send (only method calls
// on it are reported).
func passDefault(f func(*http.Client)) { f(http.DefaultClient) }

// The default transport is not a client.
func transport() http.RoundTripper { return http.DefaultTransport }

// A copy of a configured client.
func copyClient() http.Client { return *shared }

// A client with a timeout from a constant.
const apiTimeout = 5 * time.Second

func constTimeout() *http.Client { return &http.Client{Timeout: apiTimeout} }

// The request's context comes from the caller, and the package passes
// none without a deadline down to it: bounded as the callers decide.
func CallerOnly(ctx context.Context, u string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Derived from the caller's context with no deadline added: the caller
// still decides.
func fromCaller(ctx context.Context, u string) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	c := &http.Client{}
	req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
	c.Do(req)
}

// The only caller in the package gives the context a deadline; another
// passes on its own caller's.
func withDeadlineCaller(u string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	fromCaller(ctx, u)
}

func Outer(ctx context.Context, u string) { fromCaller(ctx, u) }
