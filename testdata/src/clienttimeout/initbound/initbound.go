package initbound

import (
	"net/http"
	"time"
)

func init() {
	http.DefaultClient.Timeout = 30 * time.Second
}

// The package's init gave the default client a timeout.
func get(u string) {
	http.Get(u)
	http.DefaultClient.Get(u)
}
