package configured

import "net/http"

func status(u string) (int, error) {
	resp, err := http.Get(u) // want `http.Get sends with http.DefaultClient.*no automatic fix: the package configures http.DefaultClient`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
