package a

import (
	"net/http"
	"testing"
)

// The rule skips test files by default, so a directive here is not stale.
func TestX(t *testing.T) {
	//httpvet:ignore clienttimeout -- test server
	http.Get("http://127.0.0.1/")
}
