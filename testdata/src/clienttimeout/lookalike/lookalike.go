package lookalike

import (
	"net/http"

	http2 "clienttimeout/lookalike/other"
)

var _ = http.StatusOK

func f(u string) {
	http2.Get(u)
	http2.DefaultClient.Get(u)
	_ = &http2.Client{}
	_ = new(http2.Client)
}
