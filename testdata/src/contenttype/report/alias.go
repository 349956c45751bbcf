package report

import (
	"bytes"
	"encoding/json"
	nethttp "net/http"
)

// Through an import under another name.
func aliased(u string, e event) error {
	b, _ := json.Marshal(e)
	req, err := nethttp.NewRequest(nethttp.MethodPost, u, bytes.NewReader(b)) // want `request with a JSON body is sent without a Content-Type`
	if err != nil {
		return err
	}
	resp, err := nethttp.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
