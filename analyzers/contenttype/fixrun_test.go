package contenttype_test

import (
	"path/filepath"
	"testing"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

// TestFixedCodeRuns runs the fixed functions of testdata/src/contenttype/fix
// (its golden file, which TestFixes checks is what the fixes produce)
// against a server: every fixed request arrives with Content-Type
// application/json (or the form type) and its body intact, whatever its
// method; a request that cannot be built fails without a panic.
func TestFixedCodeRuns(t *testing.T) {
	fixtest.RunFixed(t, filepath.Join(fixtest.TestData(), "src/contenttype/fix/fix.go.golden"), fixedTest)
}

const fixedTest = `package fix

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

type seen struct {
	method, ct, body string
	headers          http.Header
}

func server(t *testing.T) (*httptest.Server, *seen) {
	s := new(seen)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		*s = seen{r.Method, r.Header.Get("Content-Type"), string(b), r.Header}
	}))
	t.Cleanup(srv.Close)
	return srv, s
}

func TestJSONArrives(t *testing.T) {
	srv, s := server(t)
	c := srv.Client()
	e := event{Name: "deploy"}
	want, _ := json.Marshal(e)
	check := func(name, method string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if s.method != method || s.ct != "application/json" || s.body != string(want) {
			t.Errorf("%s: got %s %q %q, want %s application/json %q", name, s.method, s.ct, s.body, method, want)
		}
	}
	resp, err := post(srv.URL, e)
	if err == nil {
		resp.Body.Close()
	}
	check("post", "POST", err)
	check("afterErrCheck", "POST", afterErrCheck(context.Background(), c, srv.URL, e))
	if s.headers.Get("Accept") != "application/json" {
		t.Errorf("afterErrCheck: Accept lost")
	}
	check("noErrCheck", "PUT", noErrCheck(c, srv.URL, e))
	check("wrongValue", "POST", wrongValue(c, srv.URL, e))
	check("inSwitch", "PATCH", inSwitch(c, srv.URL, e, 1))
	check("varDecl", "DELETE", varDecl(c, srv.URL, e))
	check("inClosure", "POST", inClosure(c, srv.URL, e)())
	check("withMethod", "PUT", withMethod(c, "PUT", srv.URL, e))
	check("withHeaders", "POST", withHeaders(c, srv.URL, "r1", e))
	if s.headers.Get("X-Request-Id") != "r1" || s.headers.Get("Accept") != "application/json" {
		t.Errorf("withHeaders: headers from the map lost: %v", s.headers)
	}
}

func TestFormArrives(t *testing.T) {
	srv, s := server(t)
	v := url.Values{"a": {"1"}, "b": {"x y"}}
	if err := form(srv.Client(), srv.URL, v); err != nil {
		t.Fatal(err)
	}
	if s.ct != "application/x-www-form-urlencoded" || s.body != v.Encode() {
		t.Errorf("form: got %q %q", s.ct, s.body)
	}
}

func TestBadRequestDoesNotPanic(t *testing.T) {
	c := &http.Client{}
	if err := withMethod(c, "BAD METHOD", "http://127.0.0.1:1/", event{}); err == nil {
		t.Error("an invalid method was accepted")
	}
	if err := withHeaders(c, "::bad url", "", event{}); err == nil {
		t.Error("an invalid URL was accepted")
	}
}
`
