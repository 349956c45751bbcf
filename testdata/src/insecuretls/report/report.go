// Package report holds configurations that insecuretls must report.
package report

import (
	"crypto/tls"
	"net/http"
)

const insecure = true

// A literal value, the only element.
var value = tls.Config{InsecureSkipVerify: true} // want "InsecureSkipVerify: true turns off TLS certificate verification"

// A pointer to a literal, on one line with other elements.
var pointer = &tls.Config{InsecureSkipVerify: true, ServerName: "example.com"} // want "InsecureSkipVerify: true turns off"

// A literal nested in an http.Transport.
func transport() *http.Transport {
	return &http.Transport{
		TLSClientConfig: &tls.Config{
			InsecureSkipVerify: true, // want "InsecureSkipVerify: true turns off"
			ServerName:         "example.com",
		},
	}
}

// An assignment through a pointer.
func viaPointer(cfg *tls.Config) {
	cfg.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
}

// An assignment through nested fields.
func nested(tr *http.Transport) {
	tr.TLSClientConfig.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
}

type embedded struct {
	tls.Config
	name string
}

type embeddedPointer struct {
	*tls.Config
}

// Assignments to a promoted field.
func promoted(e *embedded, p embeddedPointer) {
	e.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
	p.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
}

// A named constant.
var named = &tls.Config{InsecureSkipVerify: insecure} // want "InsecureSkipVerify: true turns off"

// A constant expression.
var expression = &tls.Config{InsecureSkipVerify: !false} // want "InsecureSkipVerify: true turns off"

// MinVersion below TLS 1.2, in literals.
var (
	tls10 = &tls.Config{MinVersion: tls.VersionTLS10} // want "MinVersion allows TLS 1.0, a protocol version with known attacks"
	tls11 = &tls.Config{MinVersion: tls.VersionTLS11} // want "MinVersion allows TLS 1.1"
	ssl30 = &tls.Config{MinVersion: tls.VersionSSL30} // want "MinVersion allows TLS 1.0"
	hex   = &tls.Config{MinVersion: 0x0301}           // want "MinVersion allows TLS 1.0"
)

// MinVersion in an assignment.
func minVersion(tr *http.Transport) {
	tr.TLSClientConfig.MinVersion = tls.VersionTLS11 // want "MinVersion allows TLS 1.1"
}

// A server's config.
func server() *http.Server {
	return &http.Server{
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS10}, // want "MinVersion allows TLS 1.0"
	}
}

// In a closure, and in a closure of one line.
func closure(cfg *tls.Config) func() *tls.Config {
	func() { cfg.InsecureSkipVerify = true }() // want "InsecureSkipVerify: true turns off"
	return func() *tls.Config {
		return &tls.Config{InsecureSkipVerify: true} // want "InsecureSkipVerify: true turns off"
	}
}

// In a generic function, and through a generic struct.
func generic[T any](v T) *tls.Config {
	return &tls.Config{InsecureSkipVerify: true} // want "InsecureSkipVerify: true turns off"
}

type box[T any] struct {
	tls.Config
	v T
}

func boxed(b *box[int]) {
	b.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
}

// A method value of a literal.
var clone = (&tls.Config{InsecureSkipVerify: true}).Clone // want "InsecureSkipVerify: true turns off"

// Elided types in a slice literal, and an alias.
type alias = tls.Config

var (
	elided  = []*tls.Config{{InsecureSkipVerify: true}} // want "InsecureSkipVerify: true turns off"
	aliased = alias{MinVersion: tls.VersionTLS10}       // want "MinVersion allows TLS 1.0"
)

// A loop body is not a branch: it always runs.
func loop(cfgs []*tls.Config) {
	for _, cfg := range cfgs {
		cfg.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
	}
}

// A nil callback does not verify anything.
var nilCallback = &tls.Config{InsecureSkipVerify: true, VerifyConnection: nil} // want "InsecureSkipVerify: true turns off"

// The init of an if always runs.
func ifInit() {
	if cfg := (&tls.Config{InsecureSkipVerify: true}); cfg != nil { // want "InsecureSkipVerify: true turns off"
		_ = cfg
	}
}
