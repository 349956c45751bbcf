// Package names holds a fix whose first names are taken by declarations
// of the package's test file: the fix must not use them, whether or not
// the test files are analyzed.
package names

import "net/http"

func fetch(url string) (*http.Response, error) {
	return (&http.Client{Transport: &http.Transport{}}).Get(url) // want `http.Transport built on every call`
}
