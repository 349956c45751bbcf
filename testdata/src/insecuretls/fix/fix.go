// Package fix checks that the fixes keep the file tidy.
package fix

import (
	"crypto/tls"
	"net/http"
)

// Removing the longest key realigns the others, and the two fixes of
// one literal compose.
func aligned() *http.Transport {
	return &http.Transport{
		TLSClientConfig: &tls.Config{
			InsecureSkipVerify: true,             // want "InsecureSkipVerify: true turns off"
			MinVersion:         tls.VersionTLS10, // want "MinVersion allows TLS 1.0"
			ServerName:         "example.com",
		},
	}
}

// The only element, alone on its line.
var only = &tls.Config{
	InsecureSkipVerify: true, // want "InsecureSkipVerify: true turns off"
}

// A comment of its own stays.
var commented = &tls.Config{
	// Only for the staging server.
	InsecureSkipVerify: true, // want "InsecureSkipVerify: true turns off"
}

// On one line, in the middle and at the end.
var (
	middle = &tls.Config{ServerName: "a", InsecureSkipVerify: true, MinVersion: tls.VersionTLS13} // want "InsecureSkipVerify: true turns off"

	end = &tls.Config{ServerName: "a", InsecureSkipVerify: true} // want "InsecureSkipVerify: true turns off"
)

// Trailing comments realign.
func comments() *http.Transport {
	return &http.Transport{
		Proxy:           http.ProxyFromEnvironment,             // from the environment
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // want "InsecureSkipVerify: true turns off"
		MaxIdleConns:    10,                                    // a small pool
	}
}

func statementComments(cfg *tls.Config) {
	cfg.ServerName = "a"          // the server
	cfg.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
	cfg.NextProtos = nil          // no ALPN
}

func versionComments() *tls.Config {
	return &tls.Config{
		ServerName: "a",    // the server
		MinVersion: 0x0302, // want "MinVersion allows TLS 1.1"
		NextProtos: nil,    // no ALPN
	}
}

// No two blank lines in a row, none at the start or end of a block.
func blankLines(cfg *tls.Config) {
	cfg.ServerName = "example.com"

	cfg.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"

	cfg.NextProtos = []string{"h2"}
}

func first(cfg *tls.Config) {
	cfg.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"

	cfg.ServerName = "example.com"
}

func last(cfg *tls.Config) {
	cfg.ServerName = "example.com"

	cfg.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
}

// Two removals between blank lines compose.
func twice(a, b *tls.Config) {
	a.ServerName = "a"

	a.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"

	b.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"

	b.ServerName = "b"
}

// Other uses keep cfg used.
func used(tr *http.Transport) {
	cfg := tr.TLSClientConfig
	cfg.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
	cfg.ServerName = "example.com"
}
