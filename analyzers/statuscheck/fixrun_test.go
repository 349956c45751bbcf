package statuscheck_test

import (
	"path/filepath"
	"testing"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
)

// TestFixedCodeRuns runs the fixed functions of
// testdata/src/statuscheck/fix/handled.go (its golden file) against a
// server: a status the function handles itself after the read (304, 404,
// 409, 429) gives what it gave before the fix, a typed error of the
// function's own is still returned, a 500 is now an error instead of
// data, and a 200 still decodes.
func TestFixedCodeRuns(t *testing.T) {
	fixtest.RunFixed(t, filepath.Join(fixtest.TestData(), "src/statuscheck/fix/handled.go.golden"), fixedTest)
}

const fixedTest = `package fix

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
)

// server answers with the status in the path's query (?s=404) and body b.
func server(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, _ := strconv.Atoi(r.URL.Query().Get("s"))
		w.WriteHeader(s)
		io.WriteString(w, r.URL.Query().Get("b"))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestHandledStatusesUnchanged(t *testing.T) {
	srv := server(t)
	c := srv.Client()
	u := func(status int, body string) string {
		return srv.URL + "/?s=" + strconv.Itoa(status) + "&b=" + body
	}
	cached := &Doc{Version: 7}

	// 304: the cached copy, as before.
	if d, err := getCached(c, u(304, ""), "v7", cached); err != nil || d != cached {
		t.Errorf("getCached 304: %v, %v; want the cached copy", d, err)
	}
	// 200 decodes.
	if d, err := getCached(c, u(200, "%7B%22version%22:8%7D"), "v7", cached); err != nil || d == nil || d.Version != 8 {
		t.Errorf("getCached 200: %v, %v", d, err)
	}
	// 500 with a body that decodes: now an error, not data.
	if d, err := getCached(c, u(500, "%7B%22version%22:0%7D"), "v7", cached); err == nil {
		t.Errorf("getCached 500: %v, nil error", d)
	}

	// 404: no user and no error, as before.
	if usr, err := lookupUser(c, u(404, "%7B%22error%22:%22nope%22%7D")); usr != nil || err != nil {
		t.Errorf("lookupUser 404: %v, %v; want nil, nil", usr, err)
	}
	if usr, err := lookupUser(c, u(200, "%7B%22name%22:%22ann%22%7D")); err != nil || usr == nil || usr.Name != "ann" {
		t.Errorf("lookupUser 200: %v, %v", usr, err)
	}
	if usr, err := lookupUser(c, u(500, "%7B%22name%22:%22%22%7D")); err == nil {
		t.Errorf("lookupUser 500: %v, nil error", usr)
	}

	// 409: exists; 429: the retry hint from the body.
	if id, err := create(c, u(409, "%7B%22id%22:%22x1%22%7D")); id != "exists:x1" || err != nil {
		t.Errorf("create 409: %q, %v", id, err)
	}
	if _, err := create(c, u(429, "%7B%22retry%22:%2230s%22%7D")); !errors.Is(err, ErrRetry) || err.Error() != "retry later in 30s" {
		t.Errorf("create 429: %v; want the retry hint", err)
	}
	if id, err := create(c, u(201, "%7B%22id%22:%22x2%22%7D")); id != "x2" || err != nil {
		t.Errorf("create 201: %q, %v", id, err)
	}
	if id, err := create(c, u(500, "%7B%22id%22:%22bad%22%7D")); err == nil {
		t.Errorf("create 500: %q, nil error", id)
	}

	// The plain guard.
	if n, err := name(c, u(200, "%7B%22name%22:%22bo%22%7D")); n != "bo" || err != nil {
		t.Errorf("name 200: %q, %v", n, err)
	}
	if n, err := name(c, u(502, "%7B%22name%22:%22proxy%22%7D")); err == nil {
		t.Errorf("name 502: %q, nil error", n)
	}
}

func TestTypedErrorsKept(t *testing.T) {
	srv := server(t)
	c := srv.Client()
	// No fix: a 402 card_declined is still an *APIError.
	_, err := charge(c, srv.URL+"/?s=402&b=%7B%22error%22:%22card_declined%22%7D")
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Code != "card_declined" || apiErr.Status != 402 {
		t.Errorf("charge 402: %v; want *APIError card_declined", err)
	}
	_, err = refund(c, srv.URL+"/?s=409&b=%7B%22error%22:%22already_refunded%22%7D")
	if !errors.As(err, &apiErr) || apiErr.Code != "already_refunded" {
		t.Errorf("refund 409: %v; want *APIError", err)
	}
	// The guard placed after the typed error path: it still runs first.
	_, err = fetchRaw(c, srv.URL+"/?s=402&b=!card_declined")
	if !errors.As(err, &apiErr) || apiErr.Code != "card_declined" {
		t.Errorf("fetchRaw 402: %v; want *APIError", err)
	}
	if b, err := fetchRaw(c, srv.URL+"/?s=500&b=oops"); err == nil {
		t.Errorf("fetchRaw 500: %q, nil error", b)
	}
	if b, err := fetchRaw(c, srv.URL+"/?s=200&b=data"); err != nil || string(b) != "data" {
		t.Errorf("fetchRaw 200: %q, %v", b, err)
	}
}
`
