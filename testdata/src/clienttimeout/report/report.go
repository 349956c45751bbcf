package report

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

func helpers(u string) {
	http.Get(u)                              // want `http.Get sends with http.DefaultClient, which has no timeout`
	http.Head(u)                             // want `http.Head sends with http.DefaultClient`
	http.Post(u, "text/plain", nil)          // want `http.Post sends with http.DefaultClient`
	http.PostForm(u, url.Values{"a": {"b"}}) // want `http.PostForm sends with http.DefaultClient`
	http.DefaultClient.Get(u)                // want `http.DefaultClient has no timeout`
	req, _ := http.NewRequest("GET", u, nil)
	http.DefaultClient.Do(req) // want `http.DefaultClient has no timeout`
}

// A context without a deadline does not bound the request: the caller's
// context, derived here with no deadline, is one the package makes with
// none (context.TODO, below).
func cancelOnly(ctx context.Context, u string) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
	http.DefaultClient.Do(req) // want `http.DefaultClient has no timeout`
}

// The caller's context: the package passes context.Background down to it.
func callerContext(ctx context.Context, u string) {
	req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
	http.DefaultClient.Do(req) // want `http.DefaultClient has no timeout`
}

func start(u string) {
	callerContext(context.Background(), u)
	ctx := context.TODO()
	cancelOnly(ctx, u)
	outer(context.WithValue(context.Background(), key{}, 1), u)
}

type key struct{}

// Two calls down, through another function's parameter.
func outer(ctx context.Context, u string) { inner(ctx, u) }

func inner(ctx context.Context, u string) {
	c := &http.Client{} // want `http.Client has no Timeout`
	req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
	c.Do(req)
}

// WithoutCancel drops the deadline.
func withoutCancel(ctx context.Context, u string) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(context.WithoutCancel(ctx), "GET", u, nil)
	http.DefaultClient.Do(req) // want `http.DefaultClient has no timeout`
}

func literals(tr http.RoundTripper) *http.Client {
	_ = &http.Client{}                 // want `http.Client has no Timeout`
	_ = http.Client{Transport: tr}     // want `http.Client has no Timeout`
	_ = &http.Client{Timeout: 0}       // want `http.Client has a zero Timeout`
	_ = new(http.Client)               // want `new\(http.Client\) has no Timeout`
	return &http.Client{Transport: tr} // want `http.Client has no Timeout`
}

type service struct{ client *http.Client }

func newService() *service {
	return &service{client: &http.Client{}} // want `http.Client has no Timeout`
}

// The timeout is set after the client was first used.
func timeoutTooLate(u string) {
	c := &http.Client{} // want `http.Client has no Timeout`
	c.Get(u)
	c.Timeout = time.Second
}

// Handed on before the timeout is set: the callee may send with it.
func escapesFirst(u string, use func(*http.Client)) {
	c := &http.Client{} // want `http.Client has no Timeout`
	use(c)
	c.Timeout = time.Second
}

// One request bounded, another not.
func mixed(ctx context.Context, u string) {
	c := &http.Client{} // want `http.Client has no Timeout`
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
	c.Do(req)
	c.Get(u)
}

func localVar(u string) {
	var c http.Client // want `http.Client c has no Timeout`
	c.Get(u)
}

var pkgClient http.Client // want `http.Client pkgClient has no Timeout`

func usePkgClient(u string) { pkgClient.Get(u) }

var pkgLiteral = &http.Client{} // want `http.Client has no Timeout`

// In a closure and a generic function.
func closure(u string) func() {
	return func() {
		http.Get(u) // want `http.Get sends`
	}
}

func generic[T any](u string, v T) T {
	http.Head(u) // want `http.Head sends`
	return v
}

// A method value of the default client still uses it.
func methodValue(u string) {
	get := http.DefaultClient.Get // want `http.DefaultClient has no timeout`
	get(u)
}
