package fix

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

// The statuses a function handles itself after the read pass the guard.

type Doc struct {
	Version int `json:"version"`
}

// A 304 answers a conditional request: the cached copy is still good.
func getCached(c *http.Client, url, etag string, cached *Doc) (*Doc, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("If-None-Match", etag)
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var doc Doc
	err = json.NewDecoder(resp.Body).Decode(&doc) // want `resp.Body is read as data before resp.StatusCode is checked`
	if resp.StatusCode == http.StatusNotModified {
		return cached, nil
	}
	if err != nil {
		return nil, err
	}
	return &doc, nil
}

type User struct {
	Name string `json:"name"`
}

// A 404 means the user does not exist: no user and no error.
func lookupUser(c *http.Client, url string) (*User, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var u User
	err = json.NewDecoder(resp.Body).Decode(&u) // want `resp.Body is read as data before resp.StatusCode is checked`
	if http.StatusNotFound == resp.StatusCode {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &u, nil
}

var ErrRetry = errors.New("retry later")

// 409 means it exists already, 429 comes with a retry hint in the body;
// the status is read through a copy, in a switch.
func create(c *http.Client, url string) (string, error) {
	resp, err := c.Post(url, "application/json", strings.NewReader(`{}`))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	code := resp.StatusCode
	var out struct {
		ID    string `json:"id"`
		Retry string `json:"retry"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil { // want `resp.Body is read as data before resp.StatusCode is checked`
		return "", err
	}
	switch code {
	case 409:
		return "exists:" + out.ID, nil
	case http.StatusTooManyRequests:
		return "", fmt.Errorf("%w in %s", ErrRetry, out.Retry)
	case http.StatusOK, http.StatusCreated:
		log.Printf("created %s (%d)", out.ID, code)
	}
	return out.ID, nil
}

// Nothing handled after the read but the success: the plain guard.
func name(c *http.Client, url string) (string, error) {
	resp, err := c.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var u User
	if err := json.NewDecoder(resp.Body).Decode(&u); err != nil { // want `resp.Body is read as data before resp.StatusCode is checked`
		return "", err
	}
	if resp.StatusCode == http.StatusOK {
		log.Printf("%s: %s", resp.Status, u.Name)
	}
	return u.Name, nil
}

// The function's own errors are kept: no fix.

// APIError is what callers look for: errors.As(err, &apiErr).
type APIError struct {
	Status int
	Code   string `json:"code"`
}

func (e *APIError) Error() string { return fmt.Sprintf("api error %d: %s", e.Status, e.Code) }

// A 402 card_declined becomes an *APIError built from the body.
func charge(c *http.Client, url string) (string, error) {
	resp, err := c.Post(url, "application/json", strings.NewReader(`{"amount":1}`))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		ID    string `json:"id"`
		Error string `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil { // want `resp.Body is read as data before resp.StatusCode is checked`
		return "", err
	}
	if out.Error != "" {
		return "", &APIError{Status: resp.StatusCode, Code: out.Error}
	}
	return out.ID, nil
}

func newStatusError(status int, body []byte) error {
	return &APIError{Status: status, Code: strings.TrimSpace(string(body))}
}

// The body read into bytes is reported where the bytes are used as data,
// after the function's own error path: the guard goes there, and the
// typed error still comes first.
func fetchRaw(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if len(body) > 0 && body[0] == '!' {
		return nil, newStatusError(resp.StatusCode, body[1:])
	}
	return body, nil // want `resp.Body is read as data before resp.StatusCode is checked`
}

type result struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// An error constructor of the package given the status, after the read:
// no fix.
func refund(c *http.Client, url string) (string, error) {
	resp, err := c.Post(url, "application/json", strings.NewReader(`{}`))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out result
	err = json.NewDecoder(resp.Body).Decode(&out) // want `resp.Body is read as data before resp.StatusCode is checked`
	if out.Error != "" {
		return "", newStatusError(resp.StatusCode, []byte(out.Error))
	}
	return out.ID, err
}

// Every bad status handled after the read, by a range: no fix.
func ranged(c *http.Client, url string) (*result, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out result
	err = json.NewDecoder(resp.Body).Decode(&out) // want `resp.Body is read as data before resp.StatusCode is checked`
	if resp.StatusCode >= 400 {
		return nil, fmt.Errorf("%s: %s", resp.Status, out.Error)
	}
	return &out, err
}

// Every status but 200 handled after the read: no fix.
func notOK(c *http.Client, url string) (*result, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out result
	err = json.NewDecoder(resp.Body).Decode(&out) // want `resp.Body is read as data before resp.StatusCode is checked`
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d: %s", resp.StatusCode, out.Error)
	}
	return &out, err
}

// A switch with a default case: no fix.
func switched(c *http.Client, url string) (*result, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out result
	err = json.NewDecoder(resp.Body).Decode(&out) // want `resp.Body is read as data before resp.StatusCode is checked`
	switch resp.StatusCode {
	case http.StatusOK:
		return &out, err
	case http.StatusNotFound:
		return nil, nil
	default:
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
}

func classify(status int) error {
	if status == http.StatusGone {
		return errors.New("gone")
	}
	return nil
}

// The status handed to a helper after the read: no fix.
func helped(c *http.Client, url string) (*result, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out result
	err = json.NewDecoder(resp.Body).Decode(&out) // want `resp.Body is read as data before resp.StatusCode is checked`
	if err := classify(resp.StatusCode); err != nil {
		return nil, err
	}
	return &out, err
}

// apiError is the error the API's own error bodies decode into.
type apiError struct {
	Code int `json:"code"`
}

func (e *apiError) Error() string { return fmt.Sprint("api error ", e.Code) }

// decodesIntoError retries once on an error status and decodes the new
// response into its own error type: the guard's "unexpected status"
// would replace that typed error, so no fix (the retried response's
// status is still unchecked: the finding stays).
func decodesIntoError(c *http.Client, req *http.Request) (*http.Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		resp.Body.Close()
		resp, err = c.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		var apiErr error = &apiError{}
		if decodeErr := json.NewDecoder(resp.Body).Decode(apiErr); decodeErr != nil { // want `resp.Body is read as data before resp.StatusCode is checked`
			return nil, decodeErr
		}
		return nil, apiErr
	}
	return resp, nil
}
