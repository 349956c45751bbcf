// Package peers collects the ways real API clients look at a response's
// status before they read its body as data (google/go-github,
// hashicorp/vault/api, slack-go, go-pagerduty,
// hashicorp/go-retryablehttp), and the ways they forget to. Every
// function says where its idiom comes from. Only the lines with a want
// comment may be reported.
package peers

import (
	"bufio"
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
	"os"
	"testing"
	"time"

	"statuscheck/peers/github"
)

type item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// ---------------------------------------------------------------------
// Must NOT report.
// ---------------------------------------------------------------------

// The canonical form: status, then decode.
func checkThenDecode(c *http.Client, u string) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get %s: %s", u, resp.Status)
	}
	var it item
	if err := json.NewDecoder(resp.Body).Decode(&it); err != nil {
		return nil, err
	}
	return &it, nil
}

// A 2xx range check (sendgrid/backlog clients' checkStatusCode:
// resp.StatusCode/100 == 2).
func checkClassThenDecode(c *http.Client, u string) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	var it item
	return &it, json.NewDecoder(resp.Body).Decode(&it)
}

// A two-code check (sweap/slack-style clients: StatusOK or StatusCreated).
func checkTwoCodes(c *http.Client, req *http.Request) (*item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusCreated {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	var it item
	return &it, json.NewDecoder(resp.Body).Decode(&it)
}

// resp.Status instead of resp.StatusCode (the brief).
func checkStatusString(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.Status != "200 OK" {
		return nil, errors.New(resp.Status)
	}
	return io.ReadAll(resp.Body)
}

// A switch on the status; the error body decoded in its own case.
func switchOnStatus(c *http.Client, u string) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		var it item
		return &it, json.NewDecoder(resp.Body).Decode(&it)
	case http.StatusNotFound:
		return nil, nil
	default:
		var apiErr struct {
			Message string `json:"message"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&apiErr)
		return nil, fmt.Errorf("status %d: %s", resp.StatusCode, apiErr.Message)
	}
}

// The body read inside the bad-status branch to build the error (the
// brief; the decodeJSON of many generated clients).
func readInBadStatusBranch(c *http.Client, u string) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return nil, fmt.Errorf("API error (%d): %s", resp.StatusCode, b)
	}
	var it item
	return &it, json.NewDecoder(resp.Body).Decode(&it)
}

// Drained to io.Discard before the status is looked at: the data is
// thrown away (go-retryablehttp drainBody).
func drainBeforeCheck(c *http.Client, u string) (int, error) {
	resp, err := c.Get(u)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
	return resp.StatusCode, nil
}

// Drained and closed in a deferred closure (timakin/bodyclose issue5.go).
func drainInDefer(c *http.Client, u string) (bool, error) {
	resp, err := c.Get(u)
	if err != nil {
		return false, err
	}
	defer func() {
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}()
	return resp.StatusCode == http.StatusOK, nil
}

// Bytes read first, status checked, bytes decoded only after the check:
// the read builds the error, the data use comes after the check
// (a go-retryablehttp user's "defer c.drainBody; ReadAll; if sc < 200"
// client; the brief's "json.Unmarshal of bytes read before any check").
func readAllCheckThenUnmarshal(c *http.Client, u string) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if sc := resp.StatusCode; sc < 200 || sc > 299 {
		return nil, fmt.Errorf("invalid response %v: %s", resp.Status, body)
	}
	var it item
	return &it, json.Unmarshal(body, &it)
}

// checkResponse is go-github's CheckResponse, in this package.
func checkResponse(r *http.Response) error {
	if c := r.StatusCode; 200 <= c && c <= 299 {
		return nil
	}
	data, err := io.ReadAll(r.Body)
	if err == nil && len(data) > 0 {
		return fmt.Errorf("%s: %s", r.Status, data)
	}
	return errors.New(r.Status)
}

// A same-package helper that checks (google/go-github Do/BareDo;
// crowdsec apiclient CheckResponse).
func helperChecks(c *http.Client, req *http.Request) (*item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if err := checkResponse(resp); err != nil {
		return nil, err
	}
	var it item
	return &it, json.NewDecoder(resp.Body).Decode(&it)
}

// A helper in another package that checks (go-github's
// github.CheckResponse used by other clients).
func crossPackageCheck(c *http.Client, req *http.Request) (*item, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if err := github.CheckResponse(resp); err != nil {
		return nil, err
	}
	var it item
	return &it, json.NewDecoder(resp.Body).Decode(&it)
}

// Response wraps the http.Response, as go-github's does.
type Response struct {
	*http.Response
}

// go-github BareDo: checks, and returns the response either way.
func bareDo(c *http.Client, req *http.Request) (*Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	response := &Response{Response: resp}
	err = checkResponse(resp)
	return response, err
}

// go-github Do: decodes what BareDo has checked.
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

// A response parameter: the caller checked it (go-pagerduty decodeJSON).
func decodeJSON(resp *http.Response, payload any) error {
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(payload)
}

type pdClient struct {
	http *http.Client
	base string
}

// go-pagerduty: response and error handed to checkResponse together.
func (c *pdClient) checkResponse(resp *http.Response, err error) (*http.Response, error) {
	if err != nil {
		return resp, fmt.Errorf("error calling the API endpoint: %v", err)
	}
	if resp.StatusCode <= 199 || resp.StatusCode >= 300 {
		defer resp.Body.Close()
		var eo struct {
			Message string `json:"message"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&eo)
		return resp, fmt.Errorf("HTTP response code: %v: %s", resp.StatusCode, eo.Message)
	}
	return resp, nil
}

// go-pagerduty do: returns the checked response.
func (c *pdClient) do(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	return c.checkResponse(resp, err)
}

// go-pagerduty GetUser: decodes through decodeJSON.
func (c *pdClient) getUser(ctx context.Context, id string) (*item, error) {
	resp, err := c.do(ctx, "/users/"+id)
	if err != nil {
		return nil, err
	}
	var it item
	return &it, decodeJSON(resp, &it)
}

// slack-go checkStatusCode.
func checkStatusCode(resp *http.Response) error {
	if resp.StatusCode == http.StatusTooManyRequests {
		return errors.New("rate limited")
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("slack server error: %s", resp.Status)
	}
	return nil
}

type responseParser func(*http.Response) error

// slack-go newJSONParser: decodes a parameter.
func newJSONParser(dst any) responseParser {
	return func(resp *http.Response) error {
		return json.NewDecoder(resp.Body).Decode(dst)
	}
}

// slack-go doPost: check, then the parser.
func slackDoPost(ctx context.Context, c *http.Client, req *http.Request, parser responseParser) (err error) {
	resp, err := c.Do(req.WithContext(ctx))
	if err != nil {
		return err
	}
	defer func() {
		if er := resp.Body.Close(); er != nil {
			err = er
		}
	}()
	if err := checkStatusCode(resp); err != nil {
		return err
	}
	return parser(resp)
}

// hashicorp/vault/api ParseRawResponseAndCloseBody: a response parameter,
// a 404 read specially.
func parseRawResponseAndCloseBody(resp *http.Response, err error) (map[string]any, error) {
	if resp != nil {
		defer resp.Body.Close()
	}
	if resp != nil && resp.StatusCode == 404 {
		var secret map[string]any
		switch parseErr := json.NewDecoder(resp.Body).Decode(&secret); parseErr {
		case nil:
		case io.EOF:
			return nil, nil
		default:
			return nil, parseErr
		}
		return secret, nil
	}
	if err != nil {
		return nil, err
	}
	var secret map[string]any
	return secret, json.NewDecoder(resp.Body).Decode(&secret)
}

// vault's RawRequestWithContext: returns the response, with an error for
// a bad status.
func rawRequest(c *http.Client, req *http.Request) (*http.Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode >= 400 {
		return resp, fmt.Errorf("vault: %s", resp.Status)
	}
	return resp, nil
}

// vault Logical.ReadWithDataWithContext: the read after the error check
// relies on rawRequest's status check.
func vaultRead(c *http.Client, req *http.Request) (map[string]any, error) {
	resp, err := rawRequest(c, req)
	if resp != nil {
		defer resp.Body.Close()
	}
	if resp != nil && resp.StatusCode == 404 {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var secret map[string]any
	return secret, json.NewDecoder(resp.Body).Decode(&secret)
}

// Returned to the caller: the caller's to check (the brief).
func returnedToCaller(c *http.Client, req *http.Request) (*http.Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	return resp, nil
}

type loggingTransport struct {
	next http.RoundTripper
}

// RoundTripper middleware that buffers the body for a log line and
// returns the response: the caller checks it.
func (t *loggingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	log.Printf("%s %s: %d bytes", req.Method, req.URL, len(b))
	resp.Body = io.NopCloser(bytes.NewReader(b))
	return resp, nil
}

// A status check through a predicate on the code.
func isSuccess(code int) bool { return code >= 200 && code < 300 }

func predicateOnCode(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if !isSuccess(resp.StatusCode) {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	return io.ReadAll(resp.Body)
}

// A status check kept in a variable first.
func checkInVariable(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	ok := resp.StatusCode == http.StatusOK
	if !ok {
		return nil, errors.New(resp.Status)
	}
	return io.ReadAll(resp.Body)
}

// log.Fatalf on a bad status (command-line tools).
func logFatalOnStatus(u string) []byte {
	resp, err := http.Get(u)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		log.Fatalf("GET %s: %s", u, resp.Status)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		log.Fatal(err)
	}
	return b
}

// t.Fatalf on a bad status, in a test against a live server.
func tFatalOnStatus(t *testing.T, c *http.Client, u string) {
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	var it item
	if err := json.NewDecoder(resp.Body).Decode(&it); err != nil {
		t.Fatal(err)
	}
}

// A handler test with httptest.ResponseRecorder.Result(): no network,
// the status is asserted next to the body.
func recorderResult(t *testing.T, h http.Handler) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", res.StatusCode, body)
	}
}

// Streaming lines after the check (server-sent events).
func scanAfterCheck(ctx context.Context, c *http.Client, u string, out chan<- string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("stream: %s", resp.Status)
	}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		out <- sc.Text()
	}
	return sc.Err()
}

// A download to a file after the check.
func downloadAfterCheck(c *http.Client, u, path string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("download %s: %s", u, resp.Status)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, resp.Body)
	return err
}

// gzip over the body after the check (the brief).
func gzipAfterCheck(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New(resp.Status)
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

// A retry loop: drain and retry on 503, fail on other bad codes, decode
// on 200 (go-retryablehttp).
func retryOn503(c *http.Client, req *http.Request) (*item, error) {
	for attempt := 0; attempt < 3; attempt++ {
		it, retry, err := func() (*item, bool, error) {
			resp, err := c.Do(req)
			if err != nil {
				return nil, true, err
			}
			defer resp.Body.Close()
			if resp.StatusCode == http.StatusServiceUnavailable {
				_, _ = io.Copy(io.Discard, resp.Body)
				return nil, true, nil
			}
			if resp.StatusCode != http.StatusOK {
				return nil, false, errors.New(resp.Status)
			}
			var it item
			return &it, false, json.NewDecoder(resp.Body).Decode(&it)
		}()
		if !retry {
			return it, err
		}
		time.Sleep(time.Second)
	}
	return nil, errors.New("giving up")
}

// A helper taking the response that checks and decodes
// (the decodeJSON of many generated clients).
func decodeOrError(resp *http.Response, v any) error {
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		b, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("API error (%d): %s", resp.StatusCode, b)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

func getViaDecodeOrError(c *http.Client, u string) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	var it item
	return &it, decodeOrError(resp, &it)
}

// A method value, checked (the brief).
func methodValueChecked(c *http.Client, u string) ([]byte, error) {
	get := c.Get
	resp, err := get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New(resp.Status)
	}
	return io.ReadAll(resp.Body)
}

// Read in a goroutine after the check.
func readInGoroutineAfterCheck(c *http.Client, u string, out chan<- []byte) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return errors.New(resp.Status)
	}
	go func() {
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		out <- b
	}()
	return nil
}

// A close error joined in, after the check (the brief).
func joinCloseAfterCheck(c *http.Client, u string, v any) (err error) {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, resp.Body.Close()) }()
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// ---------------------------------------------------------------------
// Must report.
// ---------------------------------------------------------------------

// Decoded with no look at the status: an HTML error page or an API error
// envelope decodes into a zero value, or fails with a misleading error.
func decodeNoCheck(c *http.Client, u string) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var it item
	if err := json.NewDecoder(resp.Body).Decode(&it); err != nil { // want "status"
		return nil, err
	}
	return &it, nil
}

// The bytes returned as data with no look at the status.
func readAllNoCheck(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body) // want "status"
}

// Bytes read, then decoded, with no look at the status.
func readAllThenUnmarshalNoCheck(c *http.Client, u string) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var it item
	if err := json.Unmarshal(body, &it); err != nil { // want "status"
		return nil, err
	}
	return &it, nil
}

// A download that saves a 404 page as the file.
func downloadNoCheck(c *http.Client, u, path string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, resp.Body) // want "status"
	return err
}

// Copied into a buffer that is returned as data.
func copyToBufferNoCheck(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, resp.Body); err != nil { // want "status"
		return nil, err
	}
	return buf.Bytes(), nil
}

// Lines scanned with no look at the status.
func scanNoCheck(c *http.Client, u string) ([]string, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var lines []string
	sc := bufio.NewScanner(resp.Body) // want "status"
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines, sc.Err()
}

// A check after the decode does not count (the brief).
func checkAfterDecode(c *http.Client, u string) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var it item
	decErr := json.NewDecoder(resp.Body).Decode(&it) // want "status"
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New(resp.Status)
	}
	return &it, decErr
}

// The decode evaluated before the status in the same condition.
func decodeBeforeStatusInCondition(c *http.Client, u string) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var it item
	if err := json.NewDecoder(resp.Body).Decode(&it); err != nil || resp.StatusCode != http.StatusOK { // want "status"
		return nil, fmt.Errorf("%s: %v", resp.Status, err)
	}
	return &it, nil
}

// The status looked at on one path only.
func checkOnOnePath(c *http.Client, u string, strict bool) (*item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if strict {
		if resp.StatusCode != http.StatusOK {
			return nil, errors.New(resp.Status)
		}
	}
	var it item
	return &it, json.NewDecoder(resp.Body).Decode(&it) // want "status"
}

// The status of another response checked.
func checkedTheWrongResponse(c *http.Client, u1, u2 string) (*item, error) {
	first, err := c.Get(u1)
	if err != nil {
		return nil, err
	}
	defer first.Body.Close()
	if first.StatusCode != http.StatusOK {
		return nil, errors.New(first.Status)
	}
	second, err := c.Get(u2)
	if err != nil {
		return nil, err
	}
	defer second.Body.Close()
	var it item
	return &it, json.NewDecoder(second.Body).Decode(&it) // want "status"
}

// A limited read is still a read.
func limitedReadNoCheck(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20)) // want "status"
}

// http.Post, decoded with no look at the status.
func postNoCheck(u string, payload []byte) (*item, error) {
	resp, err := http.Post(u, "application/json", bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var it item
	return &it, json.NewDecoder(resp.Body).Decode(&it) // want "status"
}

// A method value, not checked.
func methodValueNoCheck(c *http.Client, u string) ([]byte, error) {
	get := c.Get
	resp, err := get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body) // want "status"
}
