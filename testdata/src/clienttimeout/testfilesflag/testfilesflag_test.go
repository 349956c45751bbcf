package testfilesflag

import (
	"net/http"
	"testing"
)

func TestGet(t *testing.T) {
	http.Get("http://127.0.0.1/") // want `http.Get sends`
	_ = &http.Client{}            // want `http.Client has no Timeout`
}
