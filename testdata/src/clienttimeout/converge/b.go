package converge

import "net/http"

func getb(u string) (int, error) {
	resp, err := http.Get(u) // want `http.Get sends`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
