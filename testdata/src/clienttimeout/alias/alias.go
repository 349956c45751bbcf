package alias

import (
	nethttp "net/http"
	"time"
)

type client = nethttp.Client

func f(u string) {
	nethttp.Get(u) // want `http.Get sends`
	_ = &client{}  // want `http.Client has no Timeout`
	_ = &client{Timeout: time.Second}
	nethttp.DefaultClient.Head(u) // want `http.DefaultClient has no timeout`
}
