package configuredtest

import (
	"net/http"
	"testing"
)

type fake struct{}

func (fake) RoundTrip(*http.Request) (*http.Response, error) { return nil, nil }

func TestStatus(t *testing.T) {
	c := http.DefaultClient
	c.Transport = fake{}
	_, _ = status("http://example.invalid/")
}
