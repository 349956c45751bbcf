package fix

import "net/http"

// A file with a single import declaration.
func single(srv *http.Server) {
	srv.TLSConfig.MinVersion = 0x0300 // want "MinVersion allows TLS 1.0"
}
