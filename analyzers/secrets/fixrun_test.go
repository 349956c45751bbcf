package secrets_test

import (
	"path/filepath"
	"testing"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

// TestFixedCodeRuns runs the fixed functions of testdata/src/secrets/fixrun
// (its golden file, which TestFixes checks is what the fixes produce):
// with the credentials in the environment (t.Setenv), the fixed code
// sends each of them where the literal went; the header name handed to a
// parameter named token was left alone and still matches.
func TestFixedCodeRuns(t *testing.T) {
	fixtest.RunFixed(t, filepath.Join(fixtest.TestData(), "src/secrets/fixrun/fixrun.go.golden"), fixedTest)
}

const fixedTest = `package fixrun

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestCredentialsFromEnvironment(t *testing.T) {
	t.Setenv("API_TOKEN", "env-token")
	t.Setenv("API_KEY", "env-key")
	t.Setenv("BASIC_AUTH_PASSWORD", "env-password")
	var got *http.Request
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r
	}))
	defer srv.Close()
	resp, err := fetch(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if a := got.Header.Get("Authorization"); a != "Bearer env-token" {
		t.Errorf("Authorization = %q, want the token from the environment", a)
	}
	if k := got.Header.Get("X-Api-Key"); k != "env-key" {
		t.Errorf("X-Api-Key = %q", k)
	}
	if k := got.URL.Query().Get("api_key"); k != "env-key" {
		t.Errorf("api_key = %q", k)
	}
	resp, err = login(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if u, p, ok := got.BasicAuth(); !ok || u != "reports" || p != "env-password" {
		t.Errorf("basic auth = %q, %q, %v", u, p, ok)
	}
}

func TestHeaderNameKept(t *testing.T) {
	h := http.Header{"Connection": {"Upgrade, HTTP2-Settings"}}
	if !upgrades(h) {
		t.Error("the header name was changed")
	}
}
`
