package bodyclose_test

import (
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// TestNoBodyStatusesNeedNoClose backs the rule's exception for 204 and
// 304 responses: net/http puts their connection back by itself, so three
// requests whose responses are never closed share one connection, while
// three unclosed 200 responses with a body open three.
func TestNoBodyStatusesNeedNoClose(t *testing.T) {
	for code, want := range map[int]int32{http.StatusOK: 3, http.StatusNoContent: 1, http.StatusNotModified: 1} {
		var conns atomic.Int32
		srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(code)
			if code == http.StatusOK {
				w.Write([]byte("a body"))
			}
		}))
		srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
			if s == http.StateNew {
				conns.Add(1)
			}
		}
		srv.Start()
		client := &http.Client{Transport: &http.Transport{}}
		for range 3 {
			if _, err := client.Get(srv.URL); err != nil { // deliberately never closed
				t.Fatal(err)
			}
		}
		srv.Close()
		if got := conns.Load(); got != want {
			t.Errorf("status %d: 3 unclosed responses used %d connections, want %d", code, got, want)
		}
	}
}
