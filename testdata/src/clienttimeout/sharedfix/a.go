package sharedfix

import "net/http"

func a(u string) error {
	resp, err := http.Get(u) // want `http.Get sends`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func b(u string) {
	http.Post(u, "text/plain", nil) // want `http.Post sends`
}
