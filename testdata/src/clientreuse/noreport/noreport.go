// Package noreport holds transports and clients that outlive the call
// that builds them, or are built where that is right.
package noreport

import (
	"net/http"
	"sync"
	"time"

	"clientreuse/wrap"
)

// Returned.
func transport() *http.Transport {
	return &http.Transport{MaxIdleConns: 10}
}

// Returned, wrapped in a client.
func client() *http.Client {
	tr := &http.Transport{}
	return &http.Client{Transport: tr}
}

// Returned through a named result.
func named() (tr *http.Transport) {
	tr = &http.Transport{}
	return
}

type service struct {
	tr     *http.Transport
	client *http.Client
}

// Stored in a field.
func (s *service) setup() {
	s.tr = &http.Transport{}
}

var shared *http.Transport

// Stored in a global.
func setupGlobal() {
	shared = &http.Transport{}
}

// Stored in a map.
func register(m map[string]*http.Transport, name string) {
	m[name] = &http.Transport{}
}

// Appended.
func pool(n int) []*http.Transport {
	var ts []*http.Transport
	for range n {
		ts = append(ts, &http.Transport{})
	}
	return ts
}

// Sent on a channel.
func send(ch chan<- *http.Client) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	ch <- &http.Client{Transport: tr}
}

// Passed to a function that returns nothing, which may keep it.
func keep() {
	tr := &http.Transport{}
	wrap.Keep(tr)
}

// Used by a go statement.
func background(url string) {
	tr := &http.Transport{}
	go func() {
		c := &http.Client{Transport: tr}
		c.Get(url)
	}()
}

// Captured by a closure that is returned.
func proxyHandler() http.HandlerFunc {
	tr := &http.Transport{}
	return func(w http.ResponseWriter, r *http.Request) {
		resp, err := tr.RoundTrip(r)
		if err == nil {
			resp.Body.Close()
		}
	}
}

// Captured by a handler that is registered.
func routes(mux *http.ServeMux) {
	c := &http.Client{Transport: &http.Transport{}}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		c.Get("https://upstream.example/")
	})
}

// Constructors build what they return, and may use it first.
func NewClient() *http.Client {
	tr := &http.Transport{}
	c := &http.Client{Transport: tr}
	c.Get("https://example.com/warmup")
	return c
}

func newTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 100
	(&http.Client{Transport: t}).Get("https://example.com/warmup")
	return t
}

func (s *service) New() {
	tr := &http.Transport{}
	tr.RoundTrip(nil)
}

// init runs once.
func init() {
	tr := &http.Transport{}
	(&http.Client{Transport: tr}).Get("https://example.com/")
}

var once sync.Once

// Run once by sync.Once.
func warmup() {
	once.Do(func() {
		tr := &http.Transport{}
		(&http.Client{Transport: tr}).Get("https://example.com/")
	})
}

var getClient = sync.OnceValue(func() *http.Client {
	return &http.Client{Transport: &http.Transport{}}
})

var ping = sync.OnceFunc(func() {
	for _, u := range []string{"a", "b"} {
		c := &http.Client{Transport: &http.Transport{}}
		c.Get(u)
	}
})

// Package-level variables are built once.
var (
	pkgTransport = &http.Transport{MaxIdleConns: 10}
	pkgClient    = &http.Client{Transport: pkgTransport, Timeout: time.Second}
)

// A client built per call outside a loop shares http.DefaultTransport.
func get(url string) (*http.Response, error) {
	c := &http.Client{Timeout: 10 * time.Second}
	return c.Get(url)
}

// A client built per call with a shared transport.
func getShared(url string) (*http.Response, error) {
	c := &http.Client{Transport: pkgTransport, Timeout: 10 * time.Second}
	return c.Get(url)
}

// Clients built in a loop and appended.
func clients(n int) []*http.Client {
	var cs []*http.Client
	for range n {
		cs = append(cs, &http.Client{Timeout: time.Second})
	}
	return cs
}

// Clients built in a loop and stored in each element.
func configure(svcs []*service) {
	for _, s := range svcs {
		s.client = &http.Client{Timeout: time.Second}
	}
}

// A client built once, in a loop, into a variable declared outside it.
func lazy(urls []string) {
	var c *http.Client
	for _, u := range urls {
		if c == nil {
			c = &http.Client{Timeout: time.Second}
		}
		c.Get(u)
	}
}

// A transport obtained without building one.
func param(tr *http.Transport, url string) {
	c := &http.Client{Transport: tr}
	c.Get(url)
}

func defaultTransport(url string) {
	t := http.DefaultTransport.(*http.Transport)
	c := &http.Client{Transport: t}
	c.Get(url)
}

// A handler whose client is built by its factory, once.
func handler() http.Handler {
	c := &http.Client{Timeout: time.Second}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.Get("https://upstream.example/")
	})
}

// A handler that hands its client to a goroutine.
func handleAsync(w http.ResponseWriter, r *http.Request) {
	c := &http.Client{Timeout: time.Minute}
	go c.Get("https://upstream.example/hook")
}

// Silenced with a reason.
func tool(url string) {
	//httpvet:ignore clientreuse -- a command-line tool makes one request
	tr := &http.Transport{}
	(&http.Client{Transport: tr}).Get(url)
}
