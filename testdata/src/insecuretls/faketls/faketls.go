// Package tls looks like crypto/tls but is not.
package tls

const VersionTLS10 = 0x0301

type Config struct {
	InsecureSkipVerify bool
	MinVersion         uint16
}
