// Package a exercises the knowledge tables: every call is described by
// the test analyzer in knowledge_test.go.
package a

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"testing"

	"github.com/dghubble/sling"
	"golang.org/x/net/context/ctxhttp"
)

type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

// A Client of another package with the same method names is not one.
type Client struct{}

func (Client) Do(*http.Request) (*http.Response, error) { return nil, nil }
func (Client) Get(string) (*http.Response, error)       { return nil, nil }

type transport struct{}

func (transport) RoundTrip(req *http.Request) (*http.Response, error) { // want `RoundTrip: roundtripper`
	return http.DefaultTransport.RoundTrip(req) // want `RoundTrip: send=roundtrip takes-request`
}

func sends(ctx context.Context, c *http.Client, d Doer, mine Client, req *http.Request, rt http.RoundTripper) {
	http.Get("u")                  // want `Get: send=default-client`
	http.Post("u", "", nil)        // want `Post: send=default-client body-sink`
	c.Do(req)                      // want `Do: send=client takes-request`
	c.Get("u")                     // want `Get: send=client`
	c.Post("u", "", nil)           // want `Post: send=client body-sink`
	http.DefaultClient.Head("u")   // want `Head: send=client`
	d.Do(req)                      // want `Do: takes-request`
	rt.RoundTrip(req)              // want `RoundTrip: send=roundtrip takes-request`
	mine.Do(req)                   // no knowledge of a look-alike
	mine.Get("u")                  // no knowledge of a look-alike
	c.CloseIdleConnections()       // not a send
	_ = http.DefaultClient.Timeout // the variable
}

func requests(ctx context.Context, req *http.Request) {
	http.NewRequest("GET", "u", nil)                 // want `NewRequest: new-request body-sink`
	http.NewRequestWithContext(ctx, "GET", "u", nil) // want `NewRequestWithContext: new-request context-request body-sink`
	req.WithContext(ctx)                             // want `WithContext: context-request request-copy`
	req.Clone(ctx)                                   // want `Clone: context-request request-copy`
	httptest.NewRequest("GET", "/", nil)             // want `NewRequest: body-sink`
	httputil.DumpRequest(req, true)                  // want `DumpRequest: observes-request`
	log.Println(req)                                 // want `Println: observes-request`
	http.CanonicalHeaderKey("content-type")          // want `CanonicalHeaderKey: header-key`
	url.Values{}.Encode()                            // want `Encode: form-encoding`
	req.Header.Set("Authorization", "x")             // want `Set: header-write`
	url.Values{}.Set("k", "v")                       // want `Set: param-write`
	req.SetBasicAuth("u", "p")                       // want `SetBasicAuth: basic-auth`
	url.UserPassword("u", "p")                       // want `UserPassword: url-password`
	http.ReadResponse(bufio.NewReader(nil), req)     // want `ReadResponse: unowned-response` `NewReader: body-decoder`
	httptest.NewRecorder().Result()                  // want `Result: unowned-response` `NewRecorder`
	(&http.Transport{}).Clone()                      // want `Clone: builds-transport`
	http.DefaultTransport.(*http.Transport).Clone()  // want `Clone: builds-transport`
}

func bodies(resp *http.Response) {
	io.ReadAll(resp.Body)             // want `ReadAll: body-read-all`
	io.Copy(io.Discard, resp.Body)    // want `Copy: body-copy`
	io.NopCloser(resp.Body)           // want `NopCloser: body-wrapper`
	json.NewDecoder(resp.Body)        // want `NewDecoder: body-decoder`
	httputil.DumpResponse(resp, true) // want `DumpResponse: response-dump`
}

func plainSends(ctx context.Context, c *http.Client) {
	ctxhttp.Get(ctx, c, "u") // want `Get: response-send`
}

func closedForTheCaller(s *sling.Sling) {
	s.Receive(nil, nil) // want `Receive: unowned-response`
}

func exits(t *testing.T, l *log.Logger) {
	if t == nil {
		os.Exit(1) // want `Exit: never-returns`
	}
	if l == nil {
		l.Panicf("x") // want `Panicf: observes-request never-returns`
	}
	if l != nil {
		log.Fatal("x") // want `Fatal: observes-request never-returns`
	}
	t.Fatalf("x") // want `Fatalf: observes-request never-returns`
}

func handler(w http.ResponseWriter, r *http.Request) {} // want `handler: handler`

func notHandler(w *http.ResponseWriter, r *http.Request) {}
