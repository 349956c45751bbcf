// Package configured sets a cookie jar on http.DefaultClient at login:
// every request of the package rides on that session, so rerouting one to
// a new client would lose it. Reported, with no fix.
package configured

import (
	"net/http"
	"net/http/cookiejar"
)

func login() error {
	jar, err := cookiejar.New(nil)
	if err != nil {
		return err
	}
	http.DefaultClient.Jar = jar
	return nil
}
