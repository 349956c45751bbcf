package tests

import (
	"net/http"
	"testing"
)

func get(t *testing.T, url string) {
	tr := &http.Transport{} // want `http.Transport built on every call`
	tr.MaxIdleConns = 1
	if err := Get(&http.Client{Transport: tr}, url); err != nil {
		t.Fatal(err)
	}
}
