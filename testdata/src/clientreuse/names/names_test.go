package names

import (
	fetchTransport2 "net/http"
	"testing"
)

var fetchTransport = &fetchTransport2.Transport{}

func TestFetch(t *testing.T) {
	_ = fetchTransport
}
