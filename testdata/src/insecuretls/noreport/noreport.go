// Package noreport holds configurations that insecuretls must not report.
package noreport

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
	"net/http"
)

var insecureFlag = flag.Bool("k", false, "skip certificate verification")

type options struct {
	Insecure bool
	Min      uint16
	Legacy   bool
}

// The default, spelt out.
var explicitFalse = &tls.Config{InsecureSkipVerify: false}

func assignFalse(cfg *tls.Config) {
	cfg.InsecureSkipVerify = false
}

// Values chosen at run time.
var fromFlag = &tls.Config{InsecureSkipVerify: *insecureFlag}

func fromOptions(opts options) *tls.Config {
	cfg := &tls.Config{InsecureSkipVerify: opts.Insecure, MinVersion: opts.Min}
	cfg.InsecureSkipVerify = opts.Insecure
	cfg.MinVersion = opts.Min
	return cfg
}

// Constants set only in a branch.
func conditional(cfg *tls.Config, opts options) {
	if opts.Insecure {
		cfg.InsecureSkipVerify = true
	}
	if opts.Legacy {
		cfg.MinVersion = tls.VersionTLS10
	}
}

func elseBranch(opts options) *tls.Config {
	if !opts.Insecure {
		return &tls.Config{}
	} else {
		return &tls.Config{InsecureSkipVerify: true}
	}
}

func switchCase(tr *http.Transport, mode string) {
	switch mode {
	case "insecure":
		tr.TLSClientConfig.InsecureSkipVerify = true
	case "legacy":
		tr.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS11}
	}
}

func selectCase(insecureCh chan bool, cfg *tls.Config) {
	select {
	case <-insecureCh:
		cfg.InsecureSkipVerify = true
	default:
	}
}

// Verification replaced, not dropped.
func verifyConnection(cs tls.ConnectionState) error { return nil }

func verifyPeer(rawCerts [][]byte, chains [][]*x509.Certificate) error { return nil }

var (
	withVerifyConnection = &tls.Config{InsecureSkipVerify: true, VerifyConnection: verifyConnection}
	withVerifyPeer       = &tls.Config{InsecureSkipVerify: true, VerifyPeerCertificate: verifyPeer}
)

func verifyAssignedLater() *tls.Config {
	cfg := &tls.Config{InsecureSkipVerify: true}
	cfg.VerifyPeerCertificate = verifyPeer
	return cfg
}

func verifyAssignedBefore() *tls.Config {
	cfg := &tls.Config{VerifyConnection: verifyConnection}
	cfg.InsecureSkipVerify = true
	return cfg
}

func verifySameField(tr *http.Transport) {
	tr.TLSClientConfig.VerifyConnection = verifyConnection
	tr.TLSClientConfig.InsecureSkipVerify = true
}

func verifyNested() *http.Transport {
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	tr.TLSClientConfig.VerifyConnection = verifyConnection
	return tr
}

type wrapped struct{ tls.Config }

func verifyPromoted(w *wrapped) {
	w.InsecureSkipVerify = true
	w.Config.VerifyConnection = verifyConnection
}

func verifyInClosure() *tls.Config {
	var cfg tls.Config
	cfg.InsecureSkipVerify = true
	func() {
		cfg.VerifyConnection = verifyConnection
	}()
	return &cfg
}

// Safe versions.
var (
	tls12   = &tls.Config{MinVersion: tls.VersionTLS12}
	tls13   = &tls.Config{MinVersion: tls.VersionTLS13}
	zero    = &tls.Config{MinVersion: 0}
	maxOnly = &tls.Config{MaxVersion: tls.VersionTLS10}
)

func assignSafe(cfg *tls.Config) {
	cfg.MinVersion = tls.VersionTLS13
}

// Reading the fields.
func read(cfg *tls.Config) bool {
	if cfg.InsecureSkipVerify {
		return true
	}
	return cfg.MinVersion == tls.VersionTLS10
}

// Silenced with a reason.
func silenced(cfg *tls.Config) {
	//httpvet:ignore insecuretls -- talks to a device with a fixed self-signed certificate
	cfg.InsecureSkipVerify = true
}

// Another type's field of the same name.
type legacy struct {
	InsecureSkipVerify bool
	MinVersion         uint16
}

func otherStruct(l *legacy) *legacy {
	l.InsecureSkipVerify = true
	return &legacy{InsecureSkipVerify: true, MinVersion: tls.VersionTLS10}
}
