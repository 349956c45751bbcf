// Package report holds bodies sent with a missing or mismatched
// Content-Type.
package report

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

// http.Post with json.Marshal's bytes sent as text.
func postText(u string, e event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	resp, err := http.Post(u, "text/plain", bytes.NewReader(b)) // want `http.Post sends a JSON body as "text/plain": a server that checks the Content-Type rejects the request, often with a bare 400; send it as application/json`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A JSON body sent as a form, through bytes.NewBuffer.
func postAsForm(c *http.Client, u string, e event) error {
	b, _ := json.MarshalIndent(e, "", "  ")
	resp, err := c.Post(u, "application/x-www-form-urlencoded", bytes.NewBuffer(b)) // want `Client.Post sends a JSON body as "application/x-www-form-urlencoded"`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// An empty content type, through strings.NewReader(string(b)).
func postEmpty(c *http.Client, u string, e event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	resp, err := c.Post(u, "", strings.NewReader(string(b))) // want `Client.Post sends a JSON body as ""`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A JSON literal.
func postLiteral(u string) (*http.Response, error) {
	return http.Post(u, "text/plain; charset=utf-8", strings.NewReader(`{"ping": true}`)) // want `http.Post sends a JSON body as "text/plain; charset=utf-8"`
}

// A buffer that a json.Encoder wrote.
func postEncoded(u string, e event) (*http.Response, error) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(e); err != nil {
		return nil, err
	}
	return http.Post(u, "application/octet-stream", &buf) // want `http.Post sends a JSON body as "application/octet-stream"`
}

const textPlain = "text/plain"

// A named constant.
func postNamedConstant(u string, e event) (*http.Response, error) {
	b, _ := json.Marshal(e)
	return http.Post(u, textPlain, bytes.NewReader(b)) // want `http.Post sends a JSON body as "text/plain"`
}

// The mirror mistake: a form sent as JSON.
func postFormAsJSON(u string, name string) (*http.Response, error) {
	form := url.Values{}
	form.Set("name", name)
	return http.Post(u, "application/json", strings.NewReader(form.Encode())) // want `http.Post sends a form-encoded body as "application/json": the server parses it as JSON and fails; send it as application/x-www-form-urlencoded \(or use PostForm\)`
}

// A request with a JSON body and no Content-Type: only Accept is set.
func create(ctx context.Context, c *http.Client, u string, e event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type: a server that checks it rejects the request, often with a bare 400; set Content-Type: application/json`
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// PUT with an encoder's buffer, sent with http.DefaultClient.
func update(u string, e event) error {
	buf := new(bytes.Buffer)
	enc := json.NewEncoder(buf)
	enc.SetIndent("", "\t")
	if err := enc.Encode(e); err != nil {
		return err
	}
	req, err := http.NewRequest("PUT", u, buf) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// PATCH with a constant JSON document.
func patch(c *http.Client, u string) error {
	req, _ := http.NewRequest(http.MethodPatch, u, bytes.NewReader([]byte(`[{"op": "remove", "path": "/a"}]`))) // want `request with a JSON body is sent without a Content-Type`
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// DELETE with a JSON body counts.
func deleteMany(c *http.Client, u string, ids []string) error {
	b, err := json.Marshal(map[string][]string{"ids": ids})
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodDelete, u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A form body with no Content-Type: the server's ParseForm ignores it.
func login(c *http.Client, u, user, pass string) error {
	v := url.Values{"user": {user}, "pass": {pass}}
	req, err := http.NewRequest("POST", u, strings.NewReader(v.Encode())) // want `request with a form-encoded body is sent without a Content-Type: the server does not parse it as a form \(r.ParseForm ignores it\); set Content-Type: application/x-www-form-urlencoded`
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A form body sent as JSON: the mirror mistake on a request.
func token(c *http.Client, u, code string) error {
	data := url.Values{}
	data.Set("code", code)
	body := data.Encode()
	req, err := http.NewRequest("POST", u, strings.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json") // want `Content-Type "application/json" does not match this request's form-encoded body: the server parses the body as JSON and fails; use application/x-www-form-urlencoded`
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A JSON body labelled as text.
func labelledText(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "text/plain") // want `Content-Type "text/plain" does not match this request's JSON body: a server that checks it rejects the request, often with a bare 400; use application/json`
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// The header map written directly.
func mapAssign(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header["Content-Type"] = []string{"application/x-www-form-urlencoded"} // want `Content-Type "application/x-www-form-urlencoded" does not match this request's JSON body`
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A header literal assigned to the request.
func headerLiteral(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header = http.Header{
		"Accept":       {"application/json"},
		"Content-Type": {"text/plain"}, // want `Content-Type "text/plain" does not match this request's JSON body`
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// The body is JSON on the path that has one.
func optionalBody(c *http.Client, u string, in any) error {
	var body *bytes.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequest("POST", u, body) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Set after the request was sent: too late.
func setTooLate(c *http.Client, u string, e event) (*http.Request, error) {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	req.Header.Set("Content-Type", "application/json")
	return nil, nil
}

// The same variable holds two requests: the second has none.
func twoRequests(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if resp, err := c.Do(req); err == nil {
		resp.Body.Close()
	}
	req, err = http.NewRequest("PUT", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A copy with a context is the same request.
func withContext(ctx context.Context, c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	req = req.WithContext(ctx)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Doer is the usual interface that *http.Client satisfies.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

func viaDoer(d Doer, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	resp, err := d.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A helper of this package that sets other headers and sends.
func send(c *http.Client, req *http.Request) error {
	req.Header.Set("User-Agent", "report/1.0")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func viaHelper(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	return send(c, req)
}

// In a goroutine's closure.
func inGoroutine(c *http.Client, u string, e event) {
	go func() {
		b, _ := json.Marshal(e)
		req, err := http.NewRequest("POST", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
		if err != nil {
			return
		}
		if resp, err := c.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
}

// In a loop.
func inLoop(c *http.Client, u string, events []event) error {
	for _, e := range events {
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		req, err := http.NewRequest("POST", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
		if err != nil {
			return err
		}
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
	}
	return nil
}

// A body variable assigned once, a JSON string converted to bytes.
func stringBody(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	s := string(b)
	body := strings.NewReader(s)
	req, err := http.NewRequest("POST", u, body) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// The go-github shape with the header forgotten: an io.ReadWriter that a
// json.Encoder fills, through an alias.
func readWriter(c *http.Client, u string, in any) error {
	var buf bytes.Buffer
	var w = &buf
	if err := json.NewEncoder(w).Encode(in); err != nil {
		return err
	}
	req, err := http.NewRequest("POST", u, &buf) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Generic: the JSON body of a typed call.
func doJSON[T any](ctx context.Context, c *http.Client, u string, in any) (T, error) {
	var out T
	b, err := json.Marshal(in)
	if err != nil {
		return out, err
	}
	req, err := http.NewRequestWithContext(ctx, "POST", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return out, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

// A canonicalized constant name is still the Content-Type.
func canonicalName(c *http.Client, u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := http.NewRequest("POST", u, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Add(http.CanonicalHeaderKey("content-type"), "text/html") // want `Content-Type "text/html" does not match this request's JSON body`
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
