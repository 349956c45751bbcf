// Package lookalike uses types that share their names with net/http's:
// none of them is reported.
package lookalike

import (
	nethttp "net/http"

	"clientreuse/lookalike/http"
)

func fetch(url string) error {
	tr := &http.Transport{MaxIdleConns: 1}
	c := &http.Client{Transport: tr}
	return c.Get(url)
}

func cloned(url string) error {
	t := http.DefaultTransport.(*http.Transport).Clone()
	c := &http.Client{Transport: t}
	return c.Get(url)
}

func fetchAll(urls []string) {
	for _, u := range urls {
		c := new(http.Client)
		c.Get(u)
	}
}

func handle(w nethttp.ResponseWriter, r *nethttp.Request) {
	c := http.Client{Transport: new(http.Transport)}
	c.Get(r.URL.String())
}
