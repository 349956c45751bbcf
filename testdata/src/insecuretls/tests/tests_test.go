package tests

import (
	"crypto/tls"
	"testing"
)

func TestConfig(t *testing.T) {
	cfg := Config()
	cfg.InsecureSkipVerify = true                 // want "InsecureSkipVerify: true turns off"
	_ = &tls.Config{MinVersion: tls.VersionTLS10} // want "MinVersion allows TLS 1.0"
}
