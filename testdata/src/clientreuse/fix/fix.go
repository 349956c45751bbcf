// Package fix holds the values that can be moved to a package-level
// variable, and some that cannot.
package fix

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"flag"
	"net"
	"net/http"
	"net/url"
	"os"
	"time"
)

const idleTimeout = 90 * time.Second

// A literal over several lines, with comments, moves with them.
func load(url string) (*http.Response, error) {
	tr := &http.Transport{ // want `http.Transport built on every call`
		// Keep a few connections per host.
		MaxIdleConnsPerHost: 4,
		IdleConnTimeout:     idleTimeout, // a package constant
	}
	c := &http.Client{Transport: tr}
	return c.Get(url)
}

// A Clone of http.DefaultTransport that is not changed afterwards: no
// fix, since the program may change http.DefaultTransport after
// initialization (a proxy, a wrapper installed by main).
func cloned(req *http.Request) (*http.Response, error) {
	t := http.DefaultTransport.(*http.Transport).Clone() // want `http.Transport cloned on every call`
	return t.RoundTrip(req)
}

// new(http.Transport), used once.
func roundTrip(req *http.Request) (*http.Response, error) {
	return new(http.Transport).RoundTrip(req) // want `http.Transport built on every call`
}

// A client in a loop.
func poll(urls []string) {
	for _, u := range urls {
		c := &http.Client{Timeout: 5 * time.Second} // want `http.Client built on every loop iteration`
		c.Get(u)
	}
}

// A client in a handler.
func ServeStatus(w http.ResponseWriter, r *http.Request) {
	c := &http.Client{Timeout: time.Second} // want `http.Client built on every request in an HTTP handler`
	if _, err := c.Head("https://upstream.example/"); err != nil {
		w.WriteHeader(http.StatusBadGateway)
	}
}

var dialer = &net.Dialer{Timeout: 5 * time.Second}

// A function literal in the transport runs when called, and declares what
// it uses.
func dial(url string) (*http.Response, error) {
	c := &http.Client{Transport: &http.Transport{ // want `http.Transport built on every call`
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return dialer.DialContext(ctx, network, addr)
		},
	}}
	return c.Get(url)
}

// Two in one function: one fix moves both, so that fixes do not conflict
// and a second run has nothing left to do.
func two(a, b string) {
	ta := &http.Transport{}                         // want `http.Transport built on every call`
	tb := &http.Transport{DisableCompression: true} // want `http.Transport built on every call`
	(&http.Client{Transport: ta}).Get(a)
	(&http.Client{Transport: tb}).Get(b)
}

var fetchTransport = &http.Transport{}

// The name is taken by a package-level variable: a number is added.
func fetch(url string) {
	c := &http.Client{Transport: fetchTransport}
	c.Get(url)
	(&http.Client{Transport: &http.Transport{}}).Get(url) // want `http.Transport built on every call`
}

type api struct{}

// A method is named by itself; the first name is taken by fetch's fix.
func (api) Fetch(url string) {
	(&http.Client{Transport: &http.Transport{}}).Get(url) // want `http.Transport built on every call`
}

// The name is taken by a local variable at the expression.
func shadow(url string) {
	shadowTransport := url
	tr := &http.Transport{} // want `http.Transport built on every call`
	(&http.Client{Transport: tr}).Get(shadowTransport)
}

// Depends on a parameter: no fix.
func local(url string, n int) {
	tr := &http.Transport{MaxIdleConns: n} // want `http.Transport built on every call`
	(&http.Client{Transport: tr}).Get(url)
}

var insecure bool

func init() {
	flag.BoolVar(&insecure, "insecure", false, "skip TLS verification")
}

// Reads a flag, which is set after package initialization: no fix.
func flagged(url string) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: insecure}} // want `http.Transport built on every call`
	(&http.Client{Transport: tr}).Get(url)
}

func tlsConfig() *tls.Config { return &tls.Config{MinVersion: tls.VersionTLS12} }

// Calls a function of the package, which could read state set later: no
// fix.
func called(url string) {
	tr := &http.Transport{TLSClientConfig: tlsConfig()} // want `http.Transport built on every call`
	(&http.Client{Transport: tr}).Get(url)
}

func cyclicDial(ctx context.Context, network, addr string) (net.Conn, error) {
	cycle("https://example.com/")
	return dialer.DialContext(ctx, network, addr)
}

// A variable holding it would start an initialization cycle: no fix.
func cycle(url string) {
	tr := &http.Transport{DialContext: cyclicDial} // want `http.Transport built on every call`
	(&http.Client{Transport: tr}).Get(url)
}

// A name needs no parentheses.
func parens(urls []string) {
	for _, u := range urls {
		(&http.Client{Timeout: time.Second}).Get(u) // want `http.Client built on every loop iteration`
	}
}

// A trailing comment after the function stays where it is.
func trailing(url string) {
	(&http.Client{Transport: &http.Transport{}}).Get(url) // want `http.Transport built on every call`
} // trailing

// The last function of the file.
func last(urls []string) {
	for _, u := range urls {
		c := &http.Client{Timeout: 2 * time.Second} // want `http.Client built on every loop iteration`
		c.Get(u)
	}
}

// proxyURL is set by main from its configuration, after initialization.
var proxyURL *url.URL

// The proxy is read when the transport is built: moved to package
// initialization, it would be nil. No fix.
func proxied(u string) (*http.Response, error) {
	tr := &http.Transport{Proxy: http.ProxyURL(proxyURL)} // want `http.Transport built on every call`
	return (&http.Client{Transport: tr}).Get(u)
}

// The proxy is read on each request, by a function: the shared transport
// still uses the proxy configured later.
func proxiedLater(u string) (*http.Response, error) {
	tr := &http.Transport{Proxy: func(*http.Request) (*url.URL, error) { return proxyURL, nil }} // want `http.Transport built on every call`
	return (&http.Client{Transport: tr}).Get(u)
}

// A constant proxy and pure calls: the same value whenever it is built.
func fixedProxy(u string) (*http.Response, error) {
	tr := &http.Transport{ // want `http.Transport built on every call`
		Proxy:           http.ProxyURL(&url.URL{Scheme: "http", Host: "proxy.internal:3128"}),
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: x509.NewCertPool()},
		IdleConnTimeout: time.Duration(90) * time.Second,
	}
	return (&http.Client{Transport: tr}).Get(u)
}

// Reads the environment when built: no fix.
func fromEnv(u string) (*http.Response, error) {
	tr := &http.Transport{ProxyConnectHeader: http.Header{"User-Agent": {os.Getenv("AGENT")}}} // want `http.Transport built on every call`
	return (&http.Client{Transport: tr}).Get(u)
}

var timeout = 5 * time.Second

// Reads a package variable, which main or a test may set: no fix.
func packageVar(urls []string) {
	for _, u := range urls {
		c := &http.Client{Timeout: timeout} // want `http.Client built on every loop iteration`
		c.Get(u)
	}
}

// A transport in a client built on every iteration: the client moves,
// with its transport, so that a second run has nothing to move.
func pollEach(urls []string) {
	for _, u := range urls {
		c := &http.Client{Transport: &http.Transport{MaxIdleConns: 1}, Timeout: time.Second} // want `http.Transport built on every call`
		c.Get(u)
	}
}

// The same in a handler.
func ServeProxy(w http.ResponseWriter, r *http.Request) {
	resp, err := (&http.Client{Transport: &http.Transport{}}).Get("https://upstream.example/") // want `http.Transport built on every call`
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// A client in a loop that holds a transport of a variable: the transport
// moves; the client, now holding a package variable, is left where it is
// (reported by the next run, with no fix).
func pollVar(urls []string) {
	tr := &http.Transport{} // want `http.Transport built on every call`
	for _, u := range urls {
		c := &http.Client{Transport: tr}
		c.Get(u)
	}
}

// The client holding the transport reads a local variable: the transport
// moves alone.
func pollJar(urls []string, jar http.CookieJar) {
	for _, u := range urls {
		c := &http.Client{Transport: &http.Transport{}, Jar: jar} // want `http.Transport built on every call`
		c.Get(u)
	}
}
