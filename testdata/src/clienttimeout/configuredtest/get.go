// Package configuredtest's tests install a transport on
// http.DefaultClient, through a variable: rerouting the package's
// requests would send the tests to the network. Reported, with no fix.
package configuredtest

import "net/http"

func status(u string) (int, error) {
	resp, err := http.DefaultClient.Get(u) // want `http.DefaultClient has no timeout.*no automatic fix`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
