// Package sling is a stub of github.com/dghubble/sling: Do closes the
// body it decodes, as the real one does.
package sling

import (
	"encoding/json"
	"io"
	"net/http"
)

type Sling struct{ httpClient *http.Client }

func New() *Sling { return &Sling{httpClient: http.DefaultClient} }

func (s *Sling) Request() (*http.Request, error) { return http.NewRequest("GET", "u", nil) }

func (s *Sling) ReceiveSuccess(successV interface{}) (*http.Response, error) {
	return s.Receive(successV, nil)
}

func (s *Sling) Receive(successV, failureV interface{}) (*http.Response, error) {
	req, err := s.Request()
	if err != nil {
		return nil, err
	}
	return s.Do(req, successV, failureV)
}

func (s *Sling) Do(req *http.Request, successV, failureV interface{}) (*http.Response, error) {
	resp, err := s.httpClient.Do(req)
	if err != nil {
		return resp, err
	}
	defer resp.Body.Close()
	defer io.Copy(io.Discard, resp.Body)
	if resp.StatusCode/100 == 2 {
		err = json.NewDecoder(resp.Body).Decode(successV)
	} else {
		err = json.NewDecoder(resp.Body).Decode(failureV)
	}
	return resp, err
}
