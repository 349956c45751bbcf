// Command mainpkg builds its transports and clients in main, which runs
// once.
package main

import (
	"net/http"
	"os"
	"time"
)

func main() {
	tr := &http.Transport{MaxIdleConns: 10}
	for _, u := range os.Args[1:] {
		c := &http.Client{Transport: tr, Timeout: time.Second}
		c.Get(u)
	}
	helper(os.Args[0])
}

// Other functions of package main are checked.
func helper(url string) {
	tr := new(http.Transport) // want `http.Transport built on every call`
	tr.DisableCompression = true
	(&http.Client{Transport: tr}).Get(url)
}
