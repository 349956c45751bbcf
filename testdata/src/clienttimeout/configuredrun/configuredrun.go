// Package configuredrun configures http.DefaultClient (a cookie jar at
// login, a transport installed by main): its helpers are reported but not
// rerouted, and the fixed program (fixrun_test.go) keeps its session and
// its transport.
package configuredrun

import "net/http"

func login(jar http.CookieJar) {
	http.DefaultClient.Jar = jar
}

func install(rt http.RoundTripper) {
	http.DefaultClient.Transport = rt
}

func status(u string) (int, error) {
	resp, err := http.Get(u) // want `no automatic fix: the package configures http.DefaultClient`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
