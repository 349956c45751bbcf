package report

import (
	"crypto/tls"
	"net/http"
)

// Reported, but removing the assignment would leave cfg unused.
func onlyUse(tr *http.Transport) {
	cfg := tr.TLSClientConfig
	cfg.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
}

// Reported, but the assignment is the init of an if.
func initStmt(tr *http.Transport, debug bool) {
	if tr.TLSClientConfig.InsecureSkipVerify = true; debug { // want "InsecureSkipVerify: true turns off"
		println("debug")
	}
}

// Reported, but a local tls hides the package.
func shadowed(cfg *tls.Config) {
	tls := "v1.0"
	cfg.MinVersion = 0x0301 // want "MinVersion allows TLS 1.0"
	_ = tls
}

// Reported, but one of two assignments in one statement.
func pair(cfg *tls.Config) {
	cfg.ServerName, cfg.InsecureSkipVerify = "example.com", true // want "InsecureSkipVerify: true turns off"
}
