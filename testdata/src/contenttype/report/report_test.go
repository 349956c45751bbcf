package report

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"
)

// Test files are checked: a test client that posts JSON as text fails
// against a server that checks.
func TestPost(t *testing.T) {
	b, _ := json.Marshal(event{Name: "x"})
	resp, err := http.Post("http://localhost:8080", "text/plain", bytes.NewReader(b)) // want `http.Post sends a JSON body as "text/plain"`
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
}
