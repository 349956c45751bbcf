// Package runtime holds values chosen at run time, which
// -insecuretls.runtime reports.
package runtime

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
)

var insecureFlag = flag.Bool("k", false, "skip certificate verification")

type options struct {
	Insecure bool
	Min      uint16
	Legacy   bool
}

var fromFlag = &tls.Config{InsecureSkipVerify: *insecureFlag} // want "InsecureSkipVerify is chosen at run time"

func fromOptions(opts options) *tls.Config {
	cfg := &tls.Config{MinVersion: opts.Min} // want "MinVersion is chosen at run time and may allow TLS 1.0 or 1.1"
	cfg.InsecureSkipVerify = opts.Insecure   // want "InsecureSkipVerify is chosen at run time"
	return cfg
}

func conditional(cfg *tls.Config, opts options) {
	if opts.Insecure {
		cfg.InsecureSkipVerify = true // want "InsecureSkipVerify is chosen at run time"
	}
	switch {
	case opts.Legacy:
		cfg.MinVersion = tls.VersionTLS11 // want "MinVersion is chosen at run time and may allow TLS 1.1,"
	}
}

// Still not reported: false, safe versions, verification replaced.
func verifyPeer(rawCerts [][]byte, chains [][]*x509.Certificate) error { return nil }

func notReported(opts options) *tls.Config {
	if opts.Legacy {
		return &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}
	}
	return &tls.Config{InsecureSkipVerify: opts.Insecure, VerifyPeerCertificate: verifyPeer}
}
