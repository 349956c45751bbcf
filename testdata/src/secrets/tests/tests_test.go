package tests

import (
	"net/http"
	"testing"
)

const testToken = "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"

func TestClient(t *testing.T) {
	req, _ := http.NewRequest("GET", "https://api.github.com/user", nil)
	req.Header.Set("Authorization", "Bearer e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB")
	req.SetBasicAuth("ci", "edfJRnZS8w2Ma5wU")
	_ = req
}
