// Package creds is imported by secrets/sinks: its constant is sent
// from there.
package creds

// Token is an API token. Generated at random for this test.
const Token = "1oa8fmAeLD1gWHs4OljK"
