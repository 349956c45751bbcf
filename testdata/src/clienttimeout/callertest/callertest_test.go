package callertest

import (
	"context"
	"testing"
)

func TestFetch(t *testing.T) {
	_ = fetch(context.Background(), "http://127.0.0.1:1/")
}
