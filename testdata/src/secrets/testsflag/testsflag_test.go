package testsflag

import (
	"net/http"
	"testing"
)

const testToken = "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" // want `GitHub personal access token`

func TestClient(t *testing.T) {
	req, _ := http.NewRequest("GET", "https://api.github.com/user", nil)
	req.Header.Set("Authorization", "Bearer e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB") // want `credential in the Authorization header`
	_ = req
}
