package insecuretls_test

import (
	"path/filepath"
	"testing"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

// TestFixedCodeRuns runs the fixed functions of
// testdata/src/insecuretls/misses (its golden file, which TestReport
// checks is what the fixes produce) against a server with a self-signed
// certificate: the pinned flow, which has no fix, still connects and
// still rejects a wrong pin; every fixed client now rejects the server.
func TestFixedCodeRuns(t *testing.T) {
	fixtest.RunFixed(t, filepath.Join(fixtest.TestData(), "src/insecuretls/misses/misses.go.golden"), fixedTest)
}

const fixedTest = `package misses

import (
	"crypto/tls"
	"errors"
	"crypto/x509"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

func server(t *testing.T) *httptest.Server {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok"))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestPinnedStillWorks(t *testing.T) {
	srv := server(t)
	resp, err := pinnedGet(&http.Client{}, srv.URL, srv.Certificate().Raw)
	if err != nil {
		t.Fatalf("pinned request to the self-signed server failed: %v", err)
	}
	resp.Body.Close()
	if _, err := pinnedGet(&http.Client{}, srv.URL, []byte("another certificate")); err == nil {
		t.Fatal("a wrong pin was accepted")
	}
}

// rejected checks that the client refuses the self-signed certificate.
func rejected(t *testing.T, name string, c *http.Client, u string) {
	t.Helper()
	resp, err := c.Get(u)
	if err == nil {
		resp.Body.Close()
		t.Errorf("%s: the fixed client accepted a self-signed certificate", name)
		return
	}
	var unknown x509.UnknownAuthorityError
	if !errors.As(err, &unknown) {
		t.Errorf("%s: got %v, want an unknown authority error", name, err)
	}
}

func TestFixedClientsVerify(t *testing.T) {
	srv := server(t)
	u, _ := url.Parse(srv.URL)
	rejected(t, "schemeClient", schemeClient(u), srv.URL)
	rejected(t, "sslClient", sslClient(settings{SSLEnabled: true}), srv.URL)
	rejected(t, "fromVariable", fromVariable(srv.URL), srv.URL)
	rejected(t, "fromField", &http.Client{Transport: &http.Transport{TLSClientConfig: fromField(settings{}, u)}}, srv.URL)
	rejected(t, "unpinned", &http.Client{Transport: &http.Transport{TLSClientConfig: unpinned()}}, srv.URL)

	cfg := &tls.Config{}
	selected(closedChan(), cfg)
	rejected(t, "selected", &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}, srv.URL)
	oldestBySwitch("https", cfg)
	if cfg.MinVersion < tls.VersionTLS12 {
		t.Errorf("MinVersion = %x, want at least TLS 1.2", cfg.MinVersion)
	}
}

func closedChan() chan bool {
	ch := make(chan bool)
	close(ch)
	return ch
}
`
