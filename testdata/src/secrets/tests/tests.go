// Package tests has a secret only in a test file, which the rule skips
// by default.
package tests
