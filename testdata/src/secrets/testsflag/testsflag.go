// Package testsflag has secrets in a test file, reported with
// -secrets.tests.
package testsflag

var prod = "npm_j6fOXrwVc6XpMeuVPTmznwagteU64Kjo1m8j" // want `npm access token`
