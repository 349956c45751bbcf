// Package lookalike uses a Config type that is not crypto/tls's.
package lookalike

import (
	"net/http"

	tls "insecuretls/faketls"
)

var client = &http.Client{}

func lookalike() *tls.Config {
	cfg := &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS10}
	cfg.InsecureSkipVerify = true
	cfg.MinVersion = tls.VersionTLS10
	return cfg
}
