// Package peers collects the response-body idioms that users of the peer
// linters (timakin/bodyclose, go vet's httpresponse) reported as false
// positives or false negatives, and the idioms of popular API clients
// (go-github, hashicorp/vault/api, slack-go, go-pagerduty,
// hashicorp/go-retryablehttp). Every function says where its idiom comes
// from. Only the lines with a want comment may be reported.
package peers

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"bodyclose/peers/closer"
	"bodyclose/peers/websocket"
)

// ---------------------------------------------------------------------
// Must NOT report.
// ---------------------------------------------------------------------

// The canonical form: close after the error check
// (go/analysis/passes/httpresponse testdata, goodClientGet).
func plainDefer(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// defer func() { _ = resp.Body.Close() }() — errcheck-friendly form
// (timakin/bodyclose#6, #47, #50).
func deferFuncLitDiscard(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer func() {
		_ = resp.Body.Close()
	}()
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// The body handed to a deferred function literal as an argument
// (timakin/bodyclose#60, open; opentelemetry-go-contrib#5962; #18).
func deferFuncLitParam(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer func(c io.Closer) {
		if err := c.Close(); err != nil {
			log.Printf("failed to close http response body, %v", err)
		}
	}(resp.Body)
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// The body copied to a local first, closed through the copy in a
// deferred closure (timakin/bodyclose testdata a.go f2; #77).
func bodyAliasClosure(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	b := resp.Body
	defer func() { b.Close() }()
	_, err = io.Copy(io.Discard, b)
	return err
}

// Try to read the body so the connection is reused, then close it
// (hashicorp/go-retryablehttp Client.drainBody).
func drainAndClose(r io.ReadCloser) {
	defer r.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(r, 4096))
}

// A deferred helper that drains and closes (go-retryablehttp).
func deferDrainHelper(c *http.Client, u string) (int, error) {
	resp, err := c.Get(u)
	if err != nil {
		return 0, err
	}
	defer drainAndClose(resp.Body)
	return resp.StatusCode, nil
}

// closeBody takes an io.Closer (timakin/bodyclose#6, issue3.go;
// #60 comment "sneakyBodyClose").
func closeBody(c io.Closer) {
	if c != nil {
		_ = c.Close()
	}
}

// A deferred helper taking io.Closer (timakin/bodyclose#6, #30, PR #80).
func deferCloserHelper(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer closeBody(resp.Body)
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// A closing helper in another package (timakin/bodyclose#39, open).
func crossPackageCloser(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer closer.Close(resp.Body)
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

func closeByCall(res *http.Response) {
	defer res.Body.Close()
}

func closeByCallDefer(res *http.Response) {
	defer func() {
		res.Body.Close()
	}()
}

// The whole response handed to a function that closes it with defer
// (timakin/bodyclose#51, open: the second form is reported).
func closedInCallee(c *http.Client, u string) {
	res, err := c.Get(u)
	if err != nil {
		return
	}
	closeByCall(res)

	res2, err := c.Get(u)
	if err != nil {
		return
	}
	closeByCallDefer(res2)
}

// Returned after the error check: the caller's to close (the brief;
// timakin/bodyclose#4, #11).
func returnedAfterCheck(c *http.Client, req *http.Request) (*http.Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	return resp, nil
}

// Returned directly (timakin/bodyclose testdata helper.go).
func returnedDirect(u string) (*http.Response, error) {
	return http.Get(u)
}

// The body returned as an io.ReadCloser (timakin/bodyclose#27).
func download(c *http.Client, u string) (io.ReadCloser, error) {
	r, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	return r.Body, nil
}

// Response wraps the http.Response, as go-github's does.
type Response struct {
	*http.Response
	NextPage int
}

// Stored in a struct that is returned (google/go-github newResponse/BareDo).
func bareDo(c *http.Client, req *http.Request) (*Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	response := &Response{Response: resp}
	return response, nil
}

// go-github's Do: the wrapped response from BareDo, closed here and still
// returned to the caller for its headers.
func githubDo(c *http.Client, req *http.Request, v any) (*Response, error) {
	resp, err := bareDo(c, req)
	if err != nil {
		return resp, err
	}
	defer resp.Body.Close()
	switch v := v.(type) {
	case nil:
	case io.Writer:
		_, err = io.Copy(v, resp.Body)
	default:
		decErr := json.NewDecoder(resp.Body).Decode(v)
		if decErr == io.EOF {
			decErr = nil
		}
		if decErr != nil {
			err = decErr
		}
	}
	return resp, err
}

type poller struct {
	last *http.Response
}

// Stored in a field: the owner closes it (the brief; timakin/bodyclose#42).
func (p *poller) poll(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	if p.last != nil {
		p.last.Body.Close()
	}
	p.last = resp
	return nil
}

type myResponse struct {
	original *http.Response
}

func (r *myResponse) response() *http.Response { return r.original }

// Assigned straight into a field, closed through a method
// (timakin/bodyclose#42, issue42.go).
func fieldThenMethod(u string) {
	r := &myResponse{}
	var err error
	r.original, err = http.Get(u)
	if err != nil {
		return
	}
	defer r.response().Body.Close()
	_, _ = io.Copy(io.Discard, r.response().Body)
}

var lastResponse *http.Response

// Stored in a global (timakin/bodyclose#36, issue36.go).
func storedInGlobal(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	lastResponse = resp
	return nil
}

// Stored in a map owned by the caller (the brief).
func storedInMap(c *http.Client, m map[string]*http.Response, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	m[u] = resp
	return nil
}

// Sent on a channel to a consumer that closes it (the brief).
func sentOnChannel(ctx context.Context, c *http.Client, u string, out chan<- *http.Response) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	out <- resp
	return nil
}

// Handed to a goroutine that drains and closes it (the brief).
func closedInGoroutine(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	go func() {
		defer resp.Body.Close()
		_, _ = io.Copy(io.Discard, resp.Body)
	}()
	return nil
}

// if resp != nil { defer resp.Body.Close() } before the error check
// (hashicorp/vault/api Logical.ReadWithDataWithContext).
func vaultNilGuard(c *http.Client, req *http.Request) ([]byte, error) {
	resp, err := c.Do(req)
	if resp != nil {
		defer resp.Body.Close()
	}
	if resp != nil && resp.StatusCode == http.StatusNotFound {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return io.ReadAll(resp.Body)
}

// A deferred closure that nil-checks, registered before the error check
// (SongStitch/song-stitch#75; the golang/go#17780 discussion).
func deferNilCheckClosure(c *http.Client, u string) error {
	resp, err := c.Get(u)
	defer func() {
		if resp != nil && resp.Body != nil {
			resp.Body.Close()
		}
	}()
	if err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// log.Fatal in the error branch (go/analysis/passes/httpresponse testdata).
func logFatal(u string) {
	resp, err := http.Get(u)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
}

// t.Fatal in the error branch of a test.
func tFatal(t *testing.T, c *http.Client, u string) {
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
}

func noError(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// defer func() { require.NoError(t, resp.Body.Close()) }()
// (timakin/bodyclose#6, djui's comment).
func requireNoErrorClose(t *testing.T, c *http.Client, req *http.Request) {
	resp, err := c.Do(req)
	noError(t, err)
	defer func() { noError(t, resp.Body.Close()) }()
}

// A method value (the brief).
func methodValue(c *http.Client, u string) error {
	get := c.Get
	resp, err := get(u)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A closure assigned to a variable and called (timakin/bodyclose a.go f7).
func closureVarCalled(u string) {
	res, err := http.Get(u)
	if err != nil {
		return
	}
	resCloser := func() {
		res.Body.Close()
	}
	resCloser()
}

// A closure taking io.Closer, assigned and called
// (timakin/bodyclose#18, open: f7c).
func closureVarCloserParam(u string) {
	res, err := http.Get(u)
	if err != nil {
		return
	}
	resCloser := func(c io.Closer) {
		c.Close()
	}
	resCloser(res.Body)
}

// A closure that returns the response, assigned to a variable (the brief).
func closureReturnsResponse(c *http.Client, u string) error {
	fetch := func() (*http.Response, error) {
		return c.Get(u)
	}
	resp, err := fetch()
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

type loggingTransport struct {
	next http.RoundTripper
}

// RoundTripper middleware returns the response to its caller (the brief).
func (t *loggingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	start := time.Now()
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	log.Printf("%s %s %d %s", req.Method, req.URL, resp.StatusCode, time.Since(start))
	return resp, nil
}

// A pass-through that edits and returns its parameter
// (timakin/bodyclose#11, natefinch's addHeader; ReverseProxy.ModifyResponse).
func addHeader(resp *http.Response) *http.Response {
	resp.Header.Set("X-Seen", "1")
	return resp
}

// io.LimitReader over the body; the body itself is closed (the brief).
func limitReader(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}

// gzip.NewReader over the body; both are closed (the brief).
func gzipBoth(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

// httptest.ResponseRecorder.Result() needs no close
// (timakin/bodyclose#59, #47, #11 EmilGedda's comment).
func recorderResult(h http.Handler) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	res := rec.Result()
	return io.ReadAll(res.Body)
}

// http.ResponseController is no response (timakin/bodyclose#52, PR #63).
func responseController(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Time{})
	_, _ = io.Copy(w, r.Body)
}

// A websocket handshake response: gorilla says its body need not be
// closed; for coder/websocket closing it drops the socket
// (kenn-io/forge#1153; ethereum/go-ethereum#33608 review).
func websocketDial(u string) error {
	conn, resp, err := websocket.DefaultDialer.Dial(u, nil)
	if err != nil {
		if resp != nil {
			resp.Body.Close()
		}
		return err
	}
	defer conn.Close()
	log.Print(resp.Header.Get("Sec-WebSocket-Extensions"))
	return nil
}

// The handshake response discarded, as in most websocket tests
// (kenn-io/forge#1153: "Most are websocket.Dial results assigned to _").
func websocketDialDiscard(u string) error {
	conn, _, err := websocket.DefaultDialer.Dial(u, nil)
	if err != nil {
		return err
	}
	return conn.Close()
}

// errors.Join with the close error in a deferred closure (the brief).
func joinCloseDeferred(c *http.Client, u string) (err error) {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, resp.Body.Close()) }()
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// errors.Join with the close error at the return (the brief).
func joinCloseReturn(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	return errors.Join(err, resp.Body.Close())
}

// defer inside func(){...}() in a loop: runs every iteration
// (SongStitch/song-stitch#75; canonical/lxd#8025; alexellis on inlets#20).
func deferInLoopFuncLit(c *http.Client, urls []string) error {
	for _, u := range urls {
		err := func() error {
			resp, err := c.Get(u)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			_, err = io.Copy(io.Discard, resp.Body)
			return err
		}()
		if err != nil {
			return err
		}
	}
	return nil
}

// The per-item function declared before the loop (exercism/cli#952).
func deferInNamedClosure(c *http.Client, urls []string) error {
	fetch := func(u string) error {
		resp, err := c.Get(u)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		_, err = io.Copy(io.Discard, resp.Body)
		return err
	}
	for _, u := range urls {
		if err := fetch(u); err != nil {
			return err
		}
	}
	return nil
}

func closeResponse(body io.ReadCloser) {
	if err := body.Close(); err != nil {
		log.Print(err)
	}
}

// Closed by a helper in every select case and every branch, in a ticker
// loop where defer cannot be used (timakin/bodyclose#30, open; the
// issue's own code also closes in the error branch, a nil dereference,
// left out here).
func isAppReady(done <-chan bool, u string) bool {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-done:
			return false
		case <-ticker.C:
			resp, err := http.Get(u)
			if err != nil {
				continue
			}
			if resp.StatusCode == http.StatusOK {
				closeResponse(resp.Body)
				return true
			}
			closeResponse(resp.Body)
		}
	}
}

var errNotFound = errors.New("not found")

// Closed in every switch branch (the brief; timakin/bodyclose#58).
func closeInEverySwitchCase(c *http.Client, u string, v any) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	switch {
	case resp.StatusCode == http.StatusOK:
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(v)
	case resp.StatusCode == http.StatusNotFound:
		resp.Body.Close()
		return errNotFound
	default:
		resp.Body.Close()
		return fmt.Errorf("unexpected status %s", resp.Status)
	}
}

// Deferred in every if/else branch (timakin/bodyclose#58, PR #66
// issue58_3/issue58_4, merged then reverted).
func deferInEveryBranch(u string) {
	resp, err := http.DefaultClient.Get(u)
	if err != nil {
		return
	}
	if resp.StatusCode >= http.StatusInternalServerError {
		defer resp.Body.Close()
	} else if resp.StatusCode >= http.StatusBadRequest {
		defer resp.Body.Close()
	} else {
		defer resp.Body.Close()
	}
}

// Closed before a select that may return early (the brief).
func closeBeforeSelect(ctx context.Context, c *http.Client, u string, out chan<- int) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	code := resp.StatusCode
	resp.Body.Close()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case out <- code:
		return nil
	}
}

// var resp declared before the branches, one defer after them
// (timakin/bodyclose#61, mholt; fixed by PR #64).
func declaredBeforeIf(c *http.Client, u string, full bool) error {
	var resp *http.Response
	var err error
	if full {
		resp, err = c.Get(u)
	} else {
		resp, err = c.Head(u)
	}
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

// The body assigned to an outer io.ReadCloser inside an if, closed after
// it (timakin/bodyclose#77, open).
func bodyEscapesIf(c *http.Client, u string, remote bool) error {
	var rc io.ReadCloser
	if remote {
		resp, err := c.Get(u)
		if err != nil {
			return err
		}
		rc = resp.Body
	} else {
		rc = io.NopCloser(strings.NewReader("local"))
	}
	defer rc.Close()
	_, err := io.Copy(io.Discard, rc)
	return err
}

// Retry while Do fails; the body is closed once err is nil: a failed Do
// has no body to close (timakin/bodyclose#29, open).
func retryUntilNoError(c *http.Client, req *http.Request, retries int) {
	tries := 0
	wait := 10 * time.Millisecond
	resp, err := c.Do(req)
	for err != nil && tries < retries {
		time.Sleep(wait)
		wait *= 2
		resp, err = c.Do(req)
		tries++
	}
	if err != nil {
		return
	}
	if err = resp.Body.Close(); err != nil {
		log.Print(err)
	}
}

// defer close, then the body read only for one status
// (timakin/bodyclose#68: a regression from PR #66, which was reverted).
func deferThenStatusRead(req *http.Request) error {
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode == 200 {
		body, err := io.ReadAll(res.Body)
		if err != nil {
			return err
		}
		_ = body
		return nil
	}
	return nil
}

// Read, closed, replaced by a NopCloser and returned
// (timakin/bodyclose#76, open; golangci/golangci-lint#608).
func readNoOp(u string) (*http.Response, error) {
	r, err := http.DefaultClient.Get(u)
	if err != nil {
		return r, err
	}
	raw, err := io.ReadAll(r.Body)
	r.Body.Close()
	if err != nil {
		return nil, err
	}
	r.Body = io.NopCloser(bytes.NewReader(raw))
	return r, nil
}

// The caller of readNoOp: its body is a NopCloser (timakin/bodyclose#76,
// where this call is the one reported).
func issueNop(u string) error {
	r, err := readNoOp(u)
	if err != nil {
		return err
	}
	_ = r.StatusCode
	return nil
}

// Must is samber/lo's Must, written out.
func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// A response through a generic Must, then closed
// (tooltitude/support#49: lo.Must(http.Get(u)) reported by bodyclose).
func genericMust(u string) {
	resp := Must(http.Get(u))
	defer resp.Body.Close()
}

type pdClient struct {
	http *http.Client
	base string
}

// go-pagerduty: the response and error both handed to checkResponse,
// which returns the response.
func (c *pdClient) do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	return c.checkResponse(resp, err)
}

// go-pagerduty checkResponse: closes the body on a bad status, returns it.
func (c *pdClient) checkResponse(resp *http.Response, err error) (*http.Response, error) {
	if err != nil {
		return resp, fmt.Errorf("error calling the API endpoint: %v", err)
	}
	if resp.StatusCode <= 199 || resp.StatusCode >= 300 {
		defer resp.Body.Close()
		return resp, fmt.Errorf("HTTP response code: %v", resp.StatusCode)
	}
	return resp, nil
}

// go-pagerduty decodeJSON: closes its parameter.
func (c *pdClient) decodeJSON(resp *http.Response, payload any) error {
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(payload)
}

// go-pagerduty GetUser: the response from a helper, closed by decodeJSON.
func (c *pdClient) getUser(ctx context.Context, id string) (map[string]any, error) {
	resp, err := c.do(ctx, http.MethodGet, "/users/"+id)
	if err != nil {
		return nil, err
	}
	var out map[string]any
	return out, c.decodeJSON(resp, &out)
}

// slack-go doPost: close error kept through a named result.
func slackDoPost(ctx context.Context, c *http.Client, req *http.Request, parser func(*http.Response) error) (err error) {
	resp, err := c.Do(req.WithContext(ctx))
	if err != nil {
		return err
	}
	defer func() {
		if er := resp.Body.Close(); er != nil {
			err = er
		}
	}()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("slack server error: %s", resp.Status)
	}
	return parser(resp)
}

// ResponseHandler is carlmjohnson/requests' handler type.
type ResponseHandler func(*http.Response) error

func toBytesBuffer(buf *bytes.Buffer) ResponseHandler {
	return func(res *http.Response) error {
		_, err := buf.ReadFrom(res.Body)
		return err
	}
}

func fetchWith(ctx context.Context, c *http.Client, u string, h ResponseHandler) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	res, err := c.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return h(res)
}

// A builder whose handlers take the response as a parameter; the fetch
// closes it (timakin/bodyclose#71, open: reported on the handler line).
func requestsBuilder(ctx context.Context, c *http.Client, u string) (string, error) {
	var buf bytes.Buffer
	err := fetchWith(ctx, c, u, toBytesBuffer(&buf))
	return buf.String(), err
}

// ---------------------------------------------------------------------
// Must report.
// ---------------------------------------------------------------------

// The response discarded (the brief; bodyclose a.go f5;
// dependabot/cli#566: "http.Post response was discarded").
func discarded(c *http.Client, u string) error {
	_, err := c.Get(u) // want "(?i)body"
	return err
}

// The call as a statement (bodyclose a.go f6).
func callStatement(u string) {
	http.Get(u) // want "(?i)body"
}

// Closed only when the status is bad (timakin/bodyclose#58, open: the
// fix, PR #66, was reverted by #70 after #68).
func closeOnlyOnBadStatus(req *http.Request) {
	resp, err := http.DefaultClient.Do(req) // want "(?i)body"
	if err != nil {
		panic(err)
	}
	if resp.StatusCode >= 400 {
		defer resp.Body.Close()
		errResponse, err := io.ReadAll(resp.Body)
		if err != nil {
			panic(err)
		}
		fmt.Println(string(errResponse))
	}
}

// An early return on a bad status skips the close at the end
// (timakin/bodyclose#15, open, first case; google/gnostic#117).
func earlyReturnSkipsClose(u string) {
	res, err := http.Get(u) // want "(?i)body"
	if err != nil {
		return
	}
	if res.StatusCode != http.StatusOK {
		return
	}
	res.Body.Close()
}

// A retry loop whose continue skips the close (timakin/bodyclose#15,
// second case).
func retryContinueSkipsClose(u string) {
	for i := 0; i < 3; i++ {
		res, err := http.Get(u) // want "(?i)body"
		if err != nil {
			continue
		}
		if res.StatusCode != http.StatusOK {
			continue
		}
		res.Body.Close()
		break
	}
}

// A read error returns before the close (istio/istio#34409).
func readErrorSkipsClose(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u) // want "(?i)body"
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	return b, nil
}

// defer in a range loop: every body stays open until the function
// returns (cncf/automation#294; inlets/inlets#20; fujiwara/consul-kv-dashboard#4).
func deferInRangeLoop(c *http.Client, urls []string) error {
	for _, u := range urls {
		resp, err := c.Get(u)
		if err != nil {
			return err
		}
		defer resp.Body.Close() // want "loop"
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			return err
		}
	}
	return nil
}

// defer in a retry loop (miniflux/v2#4348; the brief).
func deferInRetryLoop(c *http.Client, req *http.Request, v any) error {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(req)
		if err != nil {
			continue
		}
		defer resp.Body.Close() // want "loop"
		if resp.StatusCode == http.StatusOK {
			return json.NewDecoder(resp.Body).Decode(v)
		}
	}
	return errors.New("giving up")
}

// A closer closure built but never called (bodyclose a.go f8).
func closureNeverCalled(u string) {
	res, err := http.Get(u) // want "(?i)body"
	if err != nil {
		return
	}
	_ = func() {
		res.Body.Close()
	}
}

// A deferred function literal that takes the body and does not close it
// (bodyclose defer_crash.go).
func deferredParamNotClosed(u string) {
	resp, err := http.Get(u) // want "(?i)body"
	if err != nil {
		return
	}
	defer func(body io.ReadCloser) {}(resp.Body)
}

func process(res *http.Response) {
	_, err := io.ReadAll(res.Body)
	if err != nil {
		panic(err)
	}
}

// Handed to a helper that reads but neither closes nor keeps it
// (bodyclose closebycall.go; timakin/bodyclose#80 "helper taking
// io.ReadCloser that does NOT close it (should fail)").
func helperReadsOnly(u string) {
	res, err := http.Get(u) // want "(?i)body"
	if err != nil {
		panic(err)
	}
	process(res)
}

// Closed in one switch case only (timakin/bodyclose#58: "a branch ... like
// an if or switch").
func closeInOneSwitchCase(c *http.Client, u string, v any) error {
	resp, err := c.Get(u) // want "(?i)body"
	if err != nil {
		return err
	}
	switch resp.StatusCode {
	case http.StatusOK:
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(v)
	case http.StatusNotFound:
		return errNotFound
	default:
		return fmt.Errorf("unexpected status %s", resp.Status)
	}
}

// A select case that returns without closing (the brief; #30's shape).
func selectReturnsWithoutClose(ctx context.Context, c *http.Client, u string, out chan<- []byte) error {
	resp, err := c.Get(u) // want "(?i)body"
	if err != nil {
		return err
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	default:
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return err
	}
	out <- b
	return nil
}

// Returned on one path, dropped on another (a cache client's 304): a 304
// has no body, net/http reuses its connection without a close (see
// TestNoBodyStatusesNeedNoClose), so nothing leaks.
func droppedOnNotModified(c *http.Client, req *http.Request) (*http.Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusNotModified {
		return nil, nil
	}
	return resp, nil
}

// Dropped on a status that has a body: reported.
func droppedOnConflict(c *http.Client, req *http.Request) (*http.Response, error) {
	resp, err := c.Do(req) // want "(?i)body"
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusConflict {
		return nil, nil
	}
	return resp, nil
}

// The first response overwritten by a retry without being drained and
// closed (what go-retryablehttp's drainBody is for).
func overwrittenByRetry(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req) // want "(?i)body"
	if err == nil && resp.StatusCode == http.StatusServiceUnavailable {
		time.Sleep(time.Second)
		resp, err = c.Do(req)
	}
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// Closing the gzip reader does not close the body underneath
// (compress/gzip: "Close does not close the underlying io.Reader").
func gzipOnlyReaderClosed(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u) // want "(?i)body"
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

// A method value, never closed (the brief).
func methodValueNotClosed(c *http.Client, u string) (int, error) {
	get := c.Get
	resp, err := get(u) // want "(?i)body"
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// A generic Must, never closed (tooltitude/support#49's code without its
// defer).
func genericMustNotClosed(u string) int {
	resp := Must(http.Get(u)) // want "(?i)body"
	return resp.StatusCode
}
