package noreport

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// httptest.NewRequest builds a request for a handler, in the server's
// test: whether the handler needs a type is the test's business.
func TestHandler(t *testing.T) {
	b, _ := json.Marshal(event{Name: "x"})
	req := httptest.NewRequest(http.MethodPost, "/events", bytes.NewReader(b))
	rec := httptest.NewRecorder()
	http.NotFoundHandler().ServeHTTP(rec, req)
}
