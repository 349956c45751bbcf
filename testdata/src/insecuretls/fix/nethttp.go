package fix

import (
	"fmt"
	"net/http"
)

// The file does not import crypto/tls: the fix adds it, once.
func onlyHTTP(tr *http.Transport, srv *http.Server) {
	tr.TLSClientConfig.MinVersion = 0x0301 // want "MinVersion allows TLS 1.0"

	srv.TLSConfig.MinVersion = 0x0302 // want "MinVersion allows TLS 1.1"
	fmt.Println(tr, srv)
}
