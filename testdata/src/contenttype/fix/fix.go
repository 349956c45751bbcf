package fix

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

type event struct {
	Name string `json:"name"`
}

func post(u string, e event) (*http.Response, error) {
	b, _ := json.Marshal(e)
	return http.Post(u, "text/plain", bytes.NewReader(b)) // want `http.Post sends a JSON body as "text/plain"`
}

func postForm(c *http.Client, u string, v url.Values) (*http.Response, error) {
	return c.Post(u, "application/json", strings.NewReader(v.Encode())) // want `Client.Post sends a form-encoded body as "application/json"`
}

func afterErrCheck(ctx context.Context, c *http.Client, u string, e event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err // a comment
	}
	req.Header.Set("Accept", "application/json")
	return do(c, req)
}

func noErrCheck(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, _ := http.NewRequest("PUT", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	return do(c, req)
}

func form(c *http.Client, u string, v url.Values) error {
	r, err := http.NewRequest("POST", u, strings.NewReader(v.Encode())) // want `request with a form-encoded body is sent without a Content-Type`
	if err != nil {
		return err
	}
	return do(c, r)
}

func wrongValue(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "text/plain") // want `Content-Type "text/plain" does not match this request's JSON body`
	return do(c, req)
}

func wrongMapValue(c *http.Client, u string, v url.Values) error {
	req, err := http.NewRequest("POST", u, strings.NewReader(v.Encode()))
	if err != nil {
		return err
	}
	req.Header["Content-Type"] = []string{"application/json"} // want `Content-Type "application/json" does not match this request's form-encoded body`
	return do(c, req)
}

// In an if statement's init the request is not in scope afterwards: no
// fix.
func inIfInit(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	if req, err := http.NewRequest("POST", u, bytes.NewReader(b)); err == nil { // want `request with a JSON body is sent without a Content-Type`
		return do(c, req)
	}
	return nil
}

func inSwitch(c *http.Client, u string, e event, kind int) error {
	b, _ := json.Marshal(e)
	switch kind {
	case 1:
		req, err := http.NewRequest("PATCH", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
		if err != nil {
			return err
		}
		return do(c, req)
	}
	return nil
}

func varDecl(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	var req, err = http.NewRequest("DELETE", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if req == nil {
		return err
	}
	return do(c, req)
}

func inClosure(c *http.Client, u string, e event) func() error {
	return func() error {
		b, _ := json.Marshal(e)
		req, err := http.NewRequest("POST", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
		if err != nil {
			return err
		}
		return do(c, req)
	}
}

func do(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A method that is not a constant may send the body (issue 12's misses).
func withMethod(c *http.Client, method, u string, e event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	req, err := http.NewRequest(method, u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	return do(c, req)
}

// Headers copied from a map that holds no Content-Type do not set it.
func withHeaders(c *http.Client, u, id string, e event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	headers := map[string]string{"Accept": "application/json", "X-Request-Id": id}
	if id == "" {
		headers["X-Request-Id"] = "none"
	}
	req, err := http.NewRequest(http.MethodPost, u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return do(c, req)
}
