package report

import xtls "crypto/tls"

// An aliased import of crypto/tls.
func aliasedImport() *xtls.Config {
	cfg := &xtls.Config{
		MinVersion: xtls.VersionTLS10, // want "MinVersion allows TLS 1.0"
	}
	cfg.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
	return cfg
}
