package report

import nethttp "net/http"

// Through an import under another name.
func aliased(url string) error {
	c := &nethttp.Client{Transport: &nethttp.Transport{}} // want `http.Transport built on every call`
	_, err := c.Get(url)
	return err
}
