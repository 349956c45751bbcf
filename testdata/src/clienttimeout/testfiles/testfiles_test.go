package testfiles

import (
	"net/http"
	"testing"
)

func TestGet(t *testing.T) {
	http.Get("http://127.0.0.1/")
	_ = &http.Client{}
}
