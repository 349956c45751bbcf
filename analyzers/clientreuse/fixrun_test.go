package clientreuse_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/clientreuse"
	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

// TestFixedCodeRuns runs the fixed functions of testdata/src/clientreuse/fix
// (its golden file): a proxy that main configures after initialization is
// still used by every function, those whose transport was moved to a
// package-level variable (the proxy is read on each request) and those
// left as they were (the proxy is read when the transport is built).
func TestFixedCodeRuns(t *testing.T) {
	fixtest.RunFixed(t, filepath.Join(fixtest.TestData(), "src/clientreuse/fix/fix.go.golden"), fixedTest)
}

const fixedTest = `package fix

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"
)

func TestProxyConfiguredAfterInit(t *testing.T) {
	var hits atomic.Int32
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		io.WriteString(w, "via proxy "+r.URL.Host)
	}))
	defer proxy.Close()
	// As main does after reading its configuration.
	u, err := url.Parse(proxy.URL)
	if err != nil {
		t.Fatal(err)
	}
	proxyURL = u
	defer func() { proxyURL = nil }()

	for name, get := range map[string]func(string) (*http.Response, error){
		"proxied":      proxied,      // no fix: built per call, reads the proxy then
		"proxiedLater": proxiedLater, // moved: reads the proxy on each request
	} {
		before := hits.Load()
		resp, err := get("http://upstream.invalid/x")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if hits.Load() != before+1 || string(b) != "via proxy upstream.invalid" {
			t.Errorf("%s: the configured proxy was not used (got %q)", name, b)
		}
	}
}

func TestMovedValuesStillSend(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	for name, get := range map[string]func(string) (*http.Response, error){
		"load": load, "dial": dial,
	} {
		for range 2 { // the shared transport serves more than one call
			resp, err := get(srv.URL)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			resp.Body.Close()
		}
	}
	pollEach([]string{srv.URL, srv.URL})
	poll([]string{srv.URL})
	w := httptest.NewRecorder()
	ServeStatus(w, httptest.NewRequest("GET", "/", nil))
}
`

// TestConverges checks that the fixes leave nothing for a second run:
// on the fixed packages (their golden files), no finding has a fix.
func TestConverges(t *testing.T) {
	src := filepath.Join(fixtest.TestData(), "src")
	tmp := t.TempDir()
	err := filepath.Walk(filepath.Join(src, "clientreuse"), func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if strings.HasSuffix(path, ".go") {
			if _, err := os.Stat(path + ".golden"); err == nil {
				return nil // replaced by its golden file
			}
		}
		rel = strings.TrimSuffix(rel, ".golden")
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(tmp, "src", rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	var ignored recorder // the golden files' expectations are those of the first run
	n := 0
	for _, res := range analysistest.Run(&ignored, tmp, clientreuse.New(), packages...) {
		for _, d := range res.Diagnostics {
			n++
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: a second run fixes again: %s", res.Pass.Fset.Position(d.Pos), d.SuggestedFixes[0].Message)
			}
		}
	}
	if n == 0 {
		t.Error("no finding on the fixed packages: were they analyzed?")
	}
}
