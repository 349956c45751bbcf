package basic

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
)

// An API that wraps every answer in an envelope with an ok field
// (Telegram's Bot API, Slack's Web API) says in the body whether the call
// failed; the code checks that field, not the status.
type apiResponse struct {
	Ok          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	Description string          `json:"description"`
}

type envelopeBase struct {
	Ok    bool   `json:"ok"`
	Error string `json:"error"`
}

type channelsResponse struct {
	envelopeBase
	Channels []string `json:"channels"`
}

func decodeInto(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }

func envelope(c *http.Client, req *http.Request) (json.RawMessage, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out apiResponse
	if err := decodeInto(resp.Body, &out); err != nil {
		return nil, err
	}
	if !out.Ok {
		return nil, errors.New(out.Description)
	}
	return out.Result, nil
}

func embeddedEnvelope(c *http.Client, req *http.Request) ([]string, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out channelsResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if !out.Ok {
		return nil, errors.New(out.Error)
	}
	return out.Channels, nil
}

// A plain result type says nothing about failure: reported.
type user struct{ Name string }

func plain(c *http.Client, req *http.Request) (*user, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var u user
	if err := json.NewDecoder(resp.Body).Decode(&u); err != nil { // want "before resp.StatusCode is checked"
		return nil, err
	}
	return &u, nil
}
