package bodyclose_test

import (
	"path/filepath"
	"testing"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

// TestFixedCodeRuns runs the fixed functions of testdata/src/bodyclose/fix
// (its golden file, which TestFixes checks is what the fixes produce):
// against a transport that fails, none may panic on the inserted close;
// against a server, every body the fixes close is closed, and a response
// handed to the caller is not.
func TestFixedCodeRuns(t *testing.T) {
	fixtest.RunFixed(t, filepath.Join(fixtest.TestData(), "src/bodyclose/fix/fix.go.golden"), fixedTest)
}

const fixedTest = `package fix

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

// down fails every request, as a network error does: the client returns
// a nil response and a non-nil error.
type down struct{}

func (down) RoundTrip(*http.Request) (*http.Response, error) { return nil, errors.New("connection refused") }

// tracker records whether each response body it hands out was closed.
type tracker struct {
	mu     sync.Mutex
	bodies []*body
}

type body struct {
	io.ReadCloser
	closed bool
}

func (b *body) Close() error { b.closed = true; return b.ReadCloser.Close() }

func (tr *tracker) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err == nil {
		b := &body{ReadCloser: resp.Body}
		resp.Body = b
		tr.mu.Lock()
		tr.bodies = append(tr.bodies, b)
		tr.mu.Unlock()
	}
	return resp, err
}

func (tr *tracker) open() int {
	n := 0
	for _, b := range tr.bodies {
		if !b.closed {
			n++
		}
	}
	tr.bodies = nil
	return n
}

func TestFailedCallsDoNotPanic(t *testing.T) {
	c := &http.Client{Transport: down{}}
	u := "http://127.0.0.1:1/"
	req, _ := http.NewRequest("GET", u, nil)
	_ = afterErrCheck(c, u)
	_ = someBranches(c, u)
	_ = discarded(c, u)
	discardedStmt(c, u)
	_ = inSwitch(c, u, 1)
	_ = timedDiscarded(c, req)
	timedStatement(c, req)
	_ = checkedLater(c, u)
	_ = logsOnly(c, u)
	_, _ = escapesOnSuccess(c, u)
	_, _ = pacer(c, u, func(f func() error) error { return f() })
}

func TestBodiesClosed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "payload")
	}))
	defer srv.Close()
	tr := &tracker{}
	c := &http.Client{Transport: tr}
	u := srv.URL
	req, _ := http.NewRequest("GET", u, nil)
	for name, call := range map[string]func(){
		"afterErrCheck":  func() { afterErrCheck(c, u) },
		"noErrCheck":     func() { noErrCheck(c, req) },
		"someBranches":   func() { someBranches(c, u) },
		"discarded":      func() { discarded(c, u) },
		"discardedStmt":  func() { discardedStmt(c, u) },
		"inSwitch":       func() { inSwitch(c, u, 1) },
		"timedDiscarded": func() { timedDiscarded(c, req) },
		"timedStatement": func() { timedStatement(c, req) },
		"checkedLater":   func() { checkedLater(c, u) },
		"logsOnly":       func() { logsOnly(c, u) },
	} {
		call()
		if n := tr.open(); n != 0 {
			t.Errorf("%s: %d body left open after the fix", name, n)
		}
	}
	resp, err := escapesOnSuccess(c, u)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := io.ReadAll(resp.Body); err != nil || string(b) != "payload" {
		t.Errorf("escapesOnSuccess: the caller reads %q, %v: the response it was handed was closed", b, err)
	}
	resp.Body.Close()
}
`
