package sharednolint

import "net/http"

func fetch(u string) (*http.Response, error) {
	return http.Get(u) // want `http.Get sends`
}
