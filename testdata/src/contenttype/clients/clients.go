// Package clients holds the shapes of real API clients (go-github,
// slack-go, go-pagerduty and hand-written ones), right and wrong.
package clients

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// httpClient is slack-go's interface for *http.Client.
type httpClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Client is an API client.
type Client struct {
	BaseURL   *url.URL
	UserAgent string
	token     string
	client    httpClient
}

// NewRequest is go-github's: the type is set whenever there is a body.
func (c *Client) NewRequest(method, urlStr string, body any) (*http.Request, error) {
	u, err := c.BaseURL.Parse(urlStr)
	if err != nil {
		return nil, err
	}
	var buf io.ReadWriter
	if body != nil {
		buf = &bytes.Buffer{}
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequest(method, u.String(), buf)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.UserAgent != "" {
		req.Header.Set("User-Agent", c.UserAgent)
	}
	return req, nil
}

// newPost is go-github's shape with a constant method, the type set when
// there is a body.
func (c *Client) newPost(urlStr string, body any) (*http.Request, error) {
	var buf io.ReadWriter
	if body != nil {
		buf = &bytes.Buffer{}
		if err := json.NewEncoder(buf).Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequest("POST", c.BaseURL.String()+urlStr, buf)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return req, nil
}

// Do sends a request built by NewRequest and decodes the response.
func (c *Client) Do(ctx context.Context, req *http.Request, v any) (*http.Response, error) {
	resp, err := c.client.Do(req.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if v != nil {
		err = json.NewDecoder(resp.Body).Decode(v)
	}
	return resp, err
}

// Issue is a GitHub issue.
type Issue struct {
	Title string `json:"title"`
}

// CreateIssue goes through NewRequest and Do.
func (c *Client) CreateIssue(ctx context.Context, owner, repo string, issue *Issue) (*Issue, error) {
	req, err := c.NewRequest("POST", fmt.Sprintf("repos/%v/%v/issues", owner, repo), issue)
	if err != nil {
		return nil, err
	}
	i := new(Issue)
	_, err = c.Do(ctx, req, i)
	return i, err
}

// postJSON is slack-go's: the JSON arrives as bytes, the type is set.
func postJSON(ctx context.Context, client httpClient, endpoint, token string, body []byte, intf any) error {
	reqBody := bytes.NewBuffer(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, reqBody)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	return doPost(client, req, intf)
}

// postForm is slack-go's form poster.
func postForm(ctx context.Context, client httpClient, endpoint string, values url.Values, intf any) error {
	reqBody := strings.NewReader(values.Encode())
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, reqBody)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return doPost(client, req, intf)
}

func doPost(client httpClient, req *http.Request, intf any) error {
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(intf)
}

// Message is a chat message.
type Message struct {
	Channel string `json:"channel"`
	Text    string `json:"text"`
}

// PostMessage marshals and goes through postJSON.
func (c *Client) PostMessage(ctx context.Context, msg Message) error {
	b, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	var out struct{ OK bool }
	return postJSON(ctx, c.client, c.BaseURL.String()+"chat.postMessage", c.token, b, &out)
}

// PostWebhook is a hand-written webhook poster that forgot the type.
func PostWebhook(ctx context.Context, client httpClient, hook string, msg Message) error {
	raw, err := json.Marshal(msg)
	if err != nil {
		return fmt.Errorf("marshal failed: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, hook, bytes.NewReader(raw)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	return doPost(client, req, &struct{}{})
}

// prepareRequest is go-pagerduty's.
func (c *Client) prepareRequest(req *http.Request, headers map[string]string) {
	req.Header.Set("Accept", "application/vnd.pagerduty+json;version=2")
	req.Header.Set("Authorization", "Token token="+c.token)
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
}

// Incident is a PagerDuty incident.
type Incident struct {
	Title string `json:"title"`
}

// CreateIncident prepares the request with prepareRequest.
func (c *Client) CreateIncident(ctx context.Context, in Incident) error {
	data, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, "POST", c.BaseURL.String()+"/incidents", bytes.NewBuffer(data))
	if err != nil {
		return err
	}
	c.prepareRequest(req, nil)
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// authorize sets only the credentials.
func (c *Client) authorize(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.token)
}

// UpdateIncident prepares the request with a helper that does not set
// the type.
func (c *Client) UpdateIncident(ctx context.Context, id string, in Incident) error {
	data, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, "PUT", c.BaseURL.String()+"/incidents/"+id, bytes.NewBuffer(data)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	c.authorize(req)
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// doJSON is a generic helper that sets the type.
func doJSON[T any](ctx context.Context, c httpClient, u string, in any) (T, error) {
	var out T
	b, err := json.Marshal(in)
	if err != nil {
		return out, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(b))
	if err != nil {
		return out, err
	}
	req.Header.Set("Content-Type", "application/json")
	return decode[T](c, req)
}

// decode is a generic helper that sends and decodes.
func decode[T any](c httpClient, req *http.Request) (T, error) {
	var out T
	req.Header.Set("Accept", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

// CreateMessage goes through the generic sender without a type.
func (c *Client) CreateMessage(ctx context.Context, msg Message) (Message, error) {
	b, err := json.Marshal(msg)
	if err != nil {
		return Message{}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL.String()+"/messages", bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return Message{}, err
	}
	return decode[Message](c.client, req)
}

// retry runs f until it succeeds.
func retry(n int, f func() error) error {
	var err error
	for range n {
		if err = f(); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// Notify retries in a closure; the type is set before.
func (c *Client) Notify(msg Message) error {
	b, _ := json.Marshal(msg)
	return retry(3, func() error {
		req, err := http.NewRequest("POST", c.BaseURL.String(), bytes.NewReader(b))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.client.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
}

// Ping retries in a closure and forgot the type.
func (c *Client) Ping(msg Message) error {
	b, _ := json.Marshal(msg)
	req, err := http.NewRequest("POST", c.BaseURL.String()+"/ping", bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	return retry(3, func() error {
		resp, err := c.client.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
}

// Batch sends one request per item, the type set in the loop.
func (c *Client) Batch(ctx context.Context, msgs []Message) error {
	for _, m := range msgs {
		b, err := json.Marshal(m)
		if err != nil {
			return err
		}
		req, err := http.NewRequestWithContext(ctx, "POST", c.BaseURL.String(), bytes.NewReader(b))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json; charset=utf-8")
		resp, err := c.client.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
	}
	return nil
}

// OAuthToken exchanges a code: a form, typed right.
func (c *Client) OAuthToken(ctx context.Context, code string) error {
	v := url.Values{}
	v.Set("grant_type", "authorization_code")
	v.Set("code", code)
	req, err := http.NewRequestWithContext(ctx, "POST", c.BaseURL.String()+"/oauth/token", strings.NewReader(v.Encode()))
	if err != nil {
		return err
	}
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// RefreshToken copies OAuthToken with the wrong type.
func (c *Client) RefreshToken(ctx context.Context, refresh string) error {
	v := url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refresh}}
	req, err := http.NewRequestWithContext(ctx, "POST", c.BaseURL.String()+"/oauth/token", strings.NewReader(v.Encode()))
	if err != nil {
		return err
	}
	req.Header.Add("Content-Type", "application/json") // want `Content-Type "application/json" does not match this request's form-encoded body`
	req.Header.Set("Accept", "application/json")
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// newJSONRequest returns the request to callers that set the type.
func (c *Client) newJSONRequest(ctx context.Context, path string, in any) (*http.Request, error) {
	b, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL.String()+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return req, nil
}

// Archive sets the type on the request newJSONRequest returned.
func (c *Client) Archive(ctx context.Context, id string) error {
	req, err := c.newJSONRequest(ctx, "/archive", map[string]string{"id": id})
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// postEncoded is slack-go's jsonReq and postJSON without the type:
// GetBody, set for retries, does not change what the body is.
func postEncoded(ctx context.Context, client httpClient, endpoint string, in any) error {
	buffer := bytes.NewBuffer([]byte{})
	if err := json.NewEncoder(buffer).Encode(in); err != nil {
		return err
	}
	body := buffer.Bytes()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	req.GetBody = func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(body)), nil
	}
	return doPost(client, req, &struct{}{})
}
