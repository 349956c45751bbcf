// Package tests has an insecure config in a _test.go file only.
package tests

import "crypto/tls"

func Config() *tls.Config { return &tls.Config{} }
