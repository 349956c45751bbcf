package basic

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"

	"statuscheck/basic/apiclient"
)

func notClosed(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `resp.Body is never closed`
	if err != nil {
		return err
	}
	fmt.Println(resp.StatusCode)
	return nil
}

func closed(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

func someBranches(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `not closed on the path that leaves the function at line 39`
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	defer resp.Body.Close()
	return nil
}

func discarded(c *http.Client, u string) error {
	_, err := c.Get(u) // want `response is discarded`
	return err
}

func exprStmt(u string) {
	http.Get(u) // want `response is discarded`
}

func inLoop(c *http.Client, urls []string) {
	for _, u := range urls {
		resp, err := c.Get(u)
		if err != nil {
			continue
		}
		defer resp.Body.Close() // want `defer closes this response body only when the function returns`
	}
}

func loopOverwrite(c *http.Client, u string) {
	for i := 0; i < 3; i++ {
		resp, err := c.Get(u) // want `not closed before the loop calls again`
		if err != nil {
			return
		}
		_ = resp.StatusCode
	}
}

func returned(c *http.Client, u string) (*http.Response, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	return resp, nil
}

func helperCaller(c *http.Client, u string) error {
	resp, err := returned(c, u) // want `never closed`
	if err != nil {
		return err
	}
	_ = resp
	return nil
}

func aliasClose(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	b := resp.Body
	defer func() { b.Close() }()
	return json.NewDecoder(b).Decode(new(int))
}

func closureParam(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer func(rc io.Closer) { _ = rc.Close() }(resp.Body)
	return nil
}

func drainAndClose(rc io.ReadCloser) {
	_, _ = io.Copy(io.Discard, rc)
	rc.Close()
}

func viaHelper(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer drainAndClose(resp.Body)
	return nil
}

func fatal(u string) {
	resp, err := http.Get(u)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
}

func nilCheck(c *http.Client, u string) {
	resp, err := c.Get(u)
	if resp != nil {
		defer resp.Body.Close()
	}
	_ = err
}

func recorder() {
	rec := httptest.NewRecorder()
	resp := rec.Result()
	_ = resp.StatusCode
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func must(u string) {
	resp := Must(http.Get(u))
	defer resp.Body.Close()
}

func mustLeak(u string) {
	resp := Must(http.Get(u)) // want `never closed`
	_ = resp
}

type holder struct{ resp *http.Response }

func stored(h *holder, u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	h.resp = resp
	return nil
}

func sent(ch chan *http.Response, u string) {
	resp, err := http.Get(u)
	if err != nil {
		return
	}
	ch <- resp
}

func goroutine(u string) {
	resp, err := http.Get(u)
	if err != nil {
		return
	}
	go func() {
		defer resp.Body.Close()
	}()
}

func roundTrip(rt http.RoundTripper, req *http.Request) error {
	resp, err := rt.RoundTrip(req) // want `never closed`
	if err != nil {
		return err
	}
	_ = resp.Header
	return nil
}

func closeInLoopFunc(c *http.Client, urls []string) {
	for _, u := range urls {
		func() {
			resp, err := c.Get(u)
			if err != nil {
				return
			}
			defer resp.Body.Close()
		}()
	}
}

func errorsJoin(c *http.Client, u string) (err error) {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, resp.Body.Close()) }()
	return nil
}

// go-pagerduty: the response and its error handed to a helper together;
// the helper returns early on the error, when there is no body.
func fromResponse(resp *http.Response, err error) error {
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

func handedWithError(c *http.Client, u string) error {
	resp, err := c.Get(u)
	return fromResponse(resp, err)
}

// vault/api: the response of a redirect is neither closed nor returned.
func redirect(c *http.Client, req *http.Request) (*http.Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusFound {
		again, err := c.Do(req) // want `again.Body is never closed`
		if err != nil {
			return resp, err
		}
		_ = again.Header
	}
	return resp, nil
}

// go-openai: an error helper that reads the body but does not close it.
func errorFromBody(resp *http.Response) error {
	b, _ := io.ReadAll(resp.Body)
	return errors.New(string(b))
}

func failurePathLeaks(c *http.Client, u string) (io.ReadCloser, error) {
	resp, err := c.Get(u) // want `not closed on the path`
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		return nil, errorFromBody(resp)
	}
	return resp.Body, nil
}

// minio-go: a helper that closes any response that has a body.
func closeResponse(resp *http.Response) {
	if resp != nil {
		if resp.Body != nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
	}
}

func minioStyle(c *http.Client, u string) error {
	resp, err := c.Get(u)
	defer closeResponse(resp)
	if err != nil {
		return err
	}
	return nil
}

// prometheus/client_golang: the client hands back the body already read.
func bodyAlreadyRead(a *apiclient.API, req *http.Request) ([]byte, error) {
	_, body, err := a.Do(req.Context(), req)
	return body, err
}

// consul/api: the error is the last of three results.
func getInternal(c *http.Client, u string) (*http.Response, int, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, 0, err
	}
	return resp, 1, nil
}

func threeResults(c *http.Client, u string) (int, error) {
	resp, n, err := getInternal(c, u)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return n, nil
}
