// Package noreport holds bodies sent with a matching Content-Type, bodies
// of unknown content, and requests whose header is someone else's job:
// none is reported.
package noreport

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"

	"contenttype/lib"
)

type event struct {
	Name string `json:"name"`
}

// JSON media types, with parameters and in any case.
func postJSONTypes(u string, e event) {
	b, _ := json.Marshal(e)
	for _, resp := range []*http.Response{
		must(http.Post(u, "application/json", bytes.NewReader(b))),
		must(http.Post(u, "application/json; charset=utf-8", bytes.NewReader(b))),
		must(http.Post(u, "Application/JSON", bytes.NewReader(b))),
		must(http.Post(u, "application/vnd.api+json", bytes.NewReader(b))),
		must(http.Post(u, "application/merge-patch+json", bytes.NewReader(b))),
		must(http.Post(u, "application/problem+json", bytes.NewReader(b))),
		must(http.Post(u, "text/json", bytes.NewReader(b))),
		must(http.Post(u, "application/x-ndjson", bytes.NewReader(b))),
	} {
		resp.Body.Close()
	}
}

func must(resp *http.Response, err error) *http.Response {
	if err != nil {
		panic(err)
	}
	return resp
}

// The content type is the caller's choice.
func postParamType(u, contentType string, e event) (*http.Response, error) {
	b, _ := json.Marshal(e)
	return http.Post(u, contentType, bytes.NewReader(b))
}

// A body of unknown content.
func postReader(u string, body io.Reader) (*http.Response, error) {
	return http.Post(u, "text/plain", body)
}

// Bytes of unknown content.
func postBytes(u string, b []byte) (*http.Response, error) {
	return http.Post(u, "application/octet-stream", bytes.NewReader(b))
}

// A form sent as a form.
func postForm(u string, v url.Values) (*http.Response, error) {
	return http.Post(u, "application/x-www-form-urlencoded", strings.NewReader(v.Encode()))
}

// A form sent with an empty type is odd, but not the mirror mistake.
func postFormEmpty(u string, v url.Values) (*http.Response, error) {
	return http.Post(u, "", strings.NewReader(v.Encode()))
}

// A buffer that fmt wrote: not known to be JSON.
func postPrinted(u string, e event) (*http.Response, error) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, `{"name": %q}`, e.Name)
	return http.Post(u, "text/plain", &buf)
}

// An encoder's buffer with more written after it.
func postEncodedThenMore(u string, e event) (*http.Response, error) {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(e)
	buf.WriteString("--boundary--")
	return http.Post(u, "multipart/mixed", &buf)
}

// json.Marshal's result carried inside a form: the body is the form.
func webhook(u string, e event) (*http.Response, error) {
	b, _ := json.Marshal(e)
	form := url.Values{}
	form.Set("payload", string(b))
	return http.Post(u, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

// json.Marshal's result changed before it is sent.
func appended(u string, e event) (*http.Response, error) {
	b, _ := json.Marshal(e)
	b = append(b, '\n')
	return http.Post(u, "text/plain", bytes.NewReader(b))
}

// A constant that is not a JSON object or array.
func plainText(u string) (*http.Response, error) {
	return http.Post(u, "text/plain", strings.NewReader("hello"))
}

// A constant that looks like JSON but does not parse.
func notJSON(u string) (*http.Response, error) {
	return http.Post(u, "text/plain", strings.NewReader("{hello}"))
}

// A request whose Content-Type is set.
func create(ctx context.Context, c *http.Client, u string, e event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	return do(c, req)
}

func do(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

const headerContentType = "Content-Type"

// Set with Add, a lower-case name, a constant name, a canonicalized name.
func setVariants(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	r1, _ := http.NewRequest("POST", u, bytes.NewReader(b))
	r1.Header.Add("content-type", "application/json")
	r2, _ := http.NewRequest("POST", u, bytes.NewReader(b))
	r2.Header.Set(headerContentType, "application/json")
	r3, _ := http.NewRequest("POST", u, bytes.NewReader(b))
	r3.Header.Set(http.CanonicalHeaderKey("content-type"), "application/json; charset=utf-8")
	r4, _ := http.NewRequest("POST", u, bytes.NewReader(b))
	r4.Header["Content-Type"] = []string{"application/json"}
	do(c, r1)
	do(c, r2)
	do(c, r3)
	return do(c, r4)
}

// A header literal with the type.
func headerLiteral(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header = http.Header{"Content-Type": {"application/json"}}
	return do(c, req)
}

// A header built elsewhere.
func headerVar(c *http.Client, u string, e event, h http.Header) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header = h.Clone()
	return do(c, req)
}

// Headers copied from a map: one may be the type.
func headerLoop(c *http.Client, u string, e event, headers map[string]string) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return do(c, req)
}

// A type that is not a constant.
func typeParam(c *http.Client, u, ct string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", ct)
	return do(c, req)
}

// The header passed to a function that may set the type.
func headerPassed(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	lib.AddHeaders(req.Header)
	return do(c, req)
}

// GET with no body.
func get(c *http.Client, u string) error {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	return do(c, req)
}

// A JSON body on a GET (Elasticsearch's search API) is a deliberate
// choice this rule leaves alone.
func getWithBody(c *http.Client, u string) error {
	req, err := http.NewRequest(http.MethodGet, u, strings.NewReader(`{"query": {"match_all": {}}}`))
	if err != nil {
		return err
	}
	return do(c, req)
}

// A request returned to a caller, who sets the type.
func newRequest(u string, e event) (*http.Request, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	return http.NewRequest("POST", u, bytes.NewReader(b))
}

func newRequestBound(u string, e event) (*http.Request, error) {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return req, nil
}

func caller(c *http.Client, u string, e event) error {
	req, err := newRequestBound(u, e)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	return do(c, req)
}

type queued struct {
	req *http.Request
}

// Stored in a field, sent on a channel, passed to another package.
func handedOn(q *queued, ch chan<- *http.Request, u string, e event) {
	b, _ := json.Marshal(e)
	r1, _ := http.NewRequest("POST", u, bytes.NewReader(b))
	q.req = r1
	r2, _ := http.NewRequest("POST", u, bytes.NewReader(b))
	ch <- r2
	r3, _ := http.NewRequest("POST", u, bytes.NewReader(b))
	lib.Send(r3)
}

// A helper of this package that sets the type (go-pagerduty's
// prepareRequest).
func prepare(req *http.Request, token string) {
	req.Header.Set("Accept", "application/vnd.pagerduty+json;version=2")
	req.Header.Set("Authorization", "Token token="+token)
	req.Header.Set("Content-Type", "application/json")
}

func viaPrepare(c *http.Client, u, token string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	prepare(req, token)
	return do(c, req)
}

// Helpers that call each other: the cycle is assumed to set the type.
func ping(req *http.Request, n int) {
	if n > 0 {
		pong(req, n-1)
	}
}

func pong(req *http.Request, n int) {
	ping(req, n)
}

func viaCycle(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	ping(req, 3)
	return do(c, req)
}

// A function value: it may set the type.
func viaFuncValue(c *http.Client, u string, e event, decorate func(*http.Request)) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	decorate(req)
	return do(c, req)
}

// Built and never sent.
func unsent(u string, e event) {
	b, _ := json.Marshal(e)
	req, _ := http.NewRequest("POST", u, bytes.NewReader(b))
	dump, _ := httputil.DumpRequestOut(req, true)
	fmt.Println(string(dump), req.URL)
}

// The body replaced by one of unknown content.
func bodyReplaced(c *http.Client, u string, e event, r io.ReadCloser) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Body = r
	return do(c, req)
}

// A form body with a form type, and a form body with a type that is
// wrong but not JSON.
func forms(c *http.Client, u string, v url.Values) error {
	r1, _ := http.NewRequest("POST", u, strings.NewReader(v.Encode()))
	r1.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r2, _ := http.NewRequest("POST", u, strings.NewReader(v.Encode()))
	r2.Header.Set("Content-Type", "text/plain")
	if err := do(c, r1); err != nil {
		return err
	}
	return do(c, r2)
}

// A Content-Type set in a closure run before sending.
func setInClosure(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	setHeaders := func() {
		req.Header.Set("Content-Type", "application/json")
	}
	setHeaders()
	return do(c, req)
}

// Sent by a closure defined before the type is set.
func sendInClosure(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	send := func() error { return do(c, req) }
	req.Header.Set("Content-Type", "application/json")
	return send()
}

// The set on one path is enough: the rule does not follow branches.
func setOnOnePath(c *http.Client, u string, e event, typed bool) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	if typed {
		req.Header.Set("Content-Type", "application/json")
	}
	return do(c, req)
}

// A clone with the type set is what is sent.
func cloned(ctx context.Context, c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	r2 := req.Clone(ctx)
	r2.Header.Set("Content-Type", "application/json")
	return do(c, r2)
}

var pkgReq *http.Request

// A package-level variable is anyone's.
func global(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	var err error
	pkgReq, err = http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	return do(c, pkgReq)
}

// A multipart body: its type is not a constant.
func multipartBody(c *http.Client, u string, e event) error {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormField("event")
	json.NewEncoder(fw).Encode(e)
	mw.Close()
	req, err := http.NewRequest("POST", u, &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return do(c, req)
}

// GetBody set for retries, and the type set.
func retryable(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.GetBody = func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(b)), nil
	}
	req.Header.Set("Content-Type", "application/json")
	return do(c, req)
}

// A closure written before the request is built sets the type.
func closureBefore(c *http.Client, u string, e event) error {
	var req *http.Request
	setType := func() { req.Header.Set("Content-Type", "application/json") }
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	setType()
	return do(c, req)
}

// Headers copied from a map that may hold the type: it has the key, is
// filled by another function, or is a parameter (headerLoop above).
func headerMapWithType(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	headers := map[string]string{"Content-Type": "application/vnd.acme+json"}
	req, err := http.NewRequest(http.MethodPost, u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return do(c, req)
}

func headerMapFilled(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	headers := map[string]string{}
	fill(headers)
	req, err := http.NewRequest(http.MethodPost, u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return do(c, req)
}

func headerMapKey(c *http.Client, u, name string, e event) error {
	b, _ := json.Marshal(e)
	headers := map[string]string{}
	headers[name] = "x"
	req, err := http.NewRequest(http.MethodPost, u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return do(c, req)
}

func fill(m map[string]string) { m["Content-Type"] = "application/x-ndjson" }

// A method that is a constant GET or HEAD: a body there is deliberate.
func headWithBody(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest(http.MethodHead, u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	return do(c, req)
}

// A helper of another package receives the request before the send.
func signedElsewhere(c *http.Client, u, method string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest(method, u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	lib.Sign(req)
	return do(c, req)
}
