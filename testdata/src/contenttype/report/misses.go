package report

import (
	"bytes"
	"encoding/json"
	"net/http"

	"google.golang.org/protobuf/encoding/protojson"
)

// Every JSON encoder makes JSON (issue 12's misses).
func protoBody(c *http.Client, u string, m protojson.Message) error {
	b, err := protojson.Marshal(m)
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
	return resp.Body.Close()
}

func protoOptions(u string, m protojson.Message) (*http.Response, error) {
	b, _ := protojson.MarshalOptions{Indent: "  "}.Marshal(m)
	return http.Post(u, "text/plain", bytes.NewReader(b)) // want `http.Post sends a JSON body as "text/plain"`
}

// A method that is not a constant, from a helper's parameter.
func anyMethod(c *http.Client, method, u string, in any) error {
	b, _ := json.Marshal(in)
	req, err := http.NewRequest(method, u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Headers from a map whose keys are known, in two nested loops.
func knownHeaders(c *http.Client, u string, in any) error {
	b, _ := json.MarshalIndent(in, "", " ")
	h := http.Header{}
	h["Accept"] = []string{"application/json"}
	req, err := http.NewRequest("PATCH", u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	for k, vs := range map[string][]string{"User-Agent": {"acme/1"}} {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
