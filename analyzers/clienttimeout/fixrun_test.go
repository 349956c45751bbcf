package clienttimeout_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/clienttimeout"
	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

// TestFixedCodeRuns applies the fixes of testdata/src/clienttimeout/
// streamrun with a 200 ms timeout (checked against its golden file) and
// runs the fixed code: a body streamed for 600 ms still arrives whole
// through the client whose fix bounds only the headers, and a stalled
// server now fails each fixed call within about the timeout.
func TestFixedCodeRuns(t *testing.T) {
	a := clienttimeout.New()
	if err := a.Flags.Set("default", "200ms"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, fixtest.TestData(), a, "clienttimeout/streamrun", "clienttimeout/configuredrun")
	fixtest.RunFixed(t, filepath.Join(fixtest.TestData(), "src/clienttimeout/streamrun/streamrun.go.golden"), streamTest)
	fixtest.RunFixed(t, filepath.Join(fixtest.TestData(), "src/clienttimeout/configuredrun/configuredrun.go.golden"), configuredTest)
}

const streamTest = `package streamrun

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// streaming writes six lines 100 ms apart: 600 ms, three times the fix's
// timeout.
func streaming() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for i := range 6 {
			fmt.Fprintf(w, "line %d\n", i)
			w.(http.Flusher).Flush()
			time.Sleep(100 * time.Millisecond)
		}
	}))
}

// stalled never answers until the test ends; if headers, it sends the
// headers first and then stalls the body.
func stalled(t *testing.T, headers bool) string {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if headers {
			w.WriteHeader(http.StatusOK)
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) })
	return srv.URL
}

func TestStreamLongerThanTimeout(t *testing.T) {
	srv := streaming()
	defer srv.Close()
	var buf bytes.Buffer
	start := time.Now()
	n, err := newDownloader().fetch(srv.URL, &buf)
	if err != nil {
		t.Fatalf("download of a 600 ms stream failed after %v: %v", time.Since(start), err)
	}
	if want := strings.Count(buf.String(), "\n"); want != 6 || int(n) != buf.Len() {
		t.Errorf("download: %d bytes, %d lines, want 6 lines", n, want)
	}
	got, err := lines(srv.URL)
	if err != nil || len(got) != 6 {
		t.Errorf("lines: %d lines, %v; want 6 and no error", len(got), err)
	}
}

func TestStalledServerFails(t *testing.T) {
	check := func(name string, call func() error) {
		t.Helper()
		start := time.Now()
		err := call()
		if err == nil {
			t.Errorf("%s: no error from a stalled server", name)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: returned after %v, want about 200 ms", name, d)
		}
	}
	noHeaders := stalled(t, false)
	check("downloader, no headers", func() error { _, err := newDownloader().fetch(noHeaders, new(bytes.Buffer)); return err })
	check("fetchAll, no headers", func() error { _, err := fetchAll(noHeaders); return err })
	check("newAPIClient, no headers", func() error {
		resp, err := newAPIClient().Get(noHeaders)
		if err == nil {
			resp.Body.Close()
		}
		return err
	})
	stalledBody := stalled(t, true)
	check("fetchAll, stalled body", func() error { _, err := fetchAll(stalledBody); return err })
}
`

const configuredTest = `package configuredrun

import (
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// The session set on http.DefaultClient at login is still the one status
// uses after -fix.
func TestKeepsSession(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/login" {
			http.SetCookie(w, &http.Cookie{Name: "session", Value: "s1", Path: "/"})
			return
		}
		if c, err := r.Cookie("session"); err != nil || c.Value != "s1" {
			w.WriteHeader(http.StatusUnauthorized)
		}
	}))
	defer srv.Close()
	jar, _ := cookiejar.New(nil)
	login(jar)
	defer func() { http.DefaultClient.Jar = nil }()
	resp, err := http.DefaultClient.Get(srv.URL + "/login")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if code, err := status(srv.URL + "/status"); err != nil || code != http.StatusOK {
		t.Errorf("status = %d, %v; want 200: the session was lost", code, err)
	}
}

type counting struct{ n atomic.Int32 }

func (c *counting) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

// The transport installed on http.DefaultClient still carries status's
// request after -fix.
func TestKeepsTransport(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	defer srv.Close()
	rt := &counting{}
	install(rt)
	defer func() { http.DefaultClient.Transport = nil }()
	if _, err := status(srv.URL); err != nil {
		t.Fatal(err)
	}
	if rt.n.Load() != 1 {
		t.Errorf("the installed transport saw %d requests, want 1", rt.n.Load())
	}
}
`
