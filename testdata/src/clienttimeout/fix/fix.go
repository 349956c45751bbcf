package fix

import (
	"net/http"
)

func empty() *http.Client {
	return &http.Client{} // want `no Timeout`
}

func oneLine(tr http.RoundTripper) *http.Client {
	return &http.Client{Transport: tr} // want `no Timeout`
}

func multiLine(tr http.RoundTripper) *http.Client {
	return &http.Client{ // want `no Timeout`
		Transport: tr,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return nil
		},
	}
}

func zero() *http.Client {
	return &http.Client{Timeout: 0} // want `zero Timeout`
}

func newClient() *http.Client {
	return new(http.Client) // want `no Timeout`
}

func varClient(u string) {
	var c http.Client // want `has no Timeout`
	c.Get(u)
}
