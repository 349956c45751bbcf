// Package fix has secrets whose fixes read them from the environment,
// and secrets that must stay constant and get no fix. Every value here
// was generated at random for this test.
package fix

import (
	"net/http"
	"net/url"

	"github.com/golang-jwt/jwt/v5"
)

// The whole literal is the secret.
var npmToken = "npm_j6fOXrwVc6XpMeuVPTmznwagteU64Kjo1m8j" // want `npm access token`

// Part of the literal is: the rest is kept.
func send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer 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") // want `GitHub personal access token`
	req.Header.Set("X-Api-Key", "E5sMV4kCL4XQpIk0")                                    // want `credential in the X-Api-Key header`
	use("token glpat-FAVWBIxx_Ej2FTtzMc2L for CI")                                     // want `GitLab personal access token`
}

func use(string) {}

// A secret in the middle of a URL.
const forecastURL = "https://api.weather.io/v1/forecast?api_key=1oa8fmAeLD1gWHs4OljK&units=metric" // want `credential in query parameter api_key`

// A constant sent in a header becomes a variable.
const apiToken = "Q6HpOne3ONwcZny9q5ENMksi" // want `credential in the Authorization header`

func authorize(h http.Header) {
	h.Set("Authorization", "Bearer "+apiToken)
	switch h.Get("X-Token") {
	case apiToken:
	}
}

// A constant used in another constant must stay one: no fix.
const stripeKey = "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" // want `Stripe live secret key`

const stripeAuth = "Bearer " + stripeKey

// A constant in a group: no fix.
const (
	slackToken = "xoxb-192676964784-5712333183055-SpoSQE55eg0g3MIUsnNm1U0N" // want `Slack bot token`
	slackTeam  = "T0001"
)

// An exported constant may be used as one elsewhere: no fix.
const HuggingFaceToken = "hf_9rijiBg3hp1DI5E9vt68KxfJKzOelkC5nw" // want `Hugging Face access token`

// A literal of a named string type: os.Getenv's string would not do.
type Key string

var openAI Key = "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" // want `OpenAI API key`

// Two secrets in one literal, each from its variable.
var awsCredentials = "AKIAMARFIAU6446I27X2:C6He+bRf3tfHZ1MVX1GmXtrLy/t8DXOlXa7orwrM" // want `AWS access key ID \(AKIA…\) and another secret`

// A field, a basic-auth password and a URL password.
type Config struct {
	User     string
	Password string
}

var cfg = Config{
	User:     "reports",
	Password: "edfJRnZS8w2Ma5wU", // want `secret assigned to Password`
}

func basic(req *http.Request) {
	req.SetBasicAuth("reports", "DfGintt0ovwalYxP4u")   // want `password of SetBasicAuth`
	_ = url.UserPassword("svc", "Aof3fYrxGoZx0KcDnEYG") // want `password of url.UserPassword`
}

// A JWT key and a local constant.
func sign(tok *jwt.Token) {
	const signingKey = "GuUmKi919WnwGOnv31Ej7S" // want `JWT signing key`
	tok.SignedString([]byte(signingKey))
	tok.SignedString([]byte("e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB")) // want `JWT signing key`
}

// A local os shadows the package: no fix.
func shadowed() {
	os := "linux"
	_ = os
	use("SK6be7bee98943c7a193d4120f96a4521f") // want `Twilio API key`
}

// An unused local constant cannot become an unused variable: no fix.
func unused() {
	const hfToken = "hf_9rijiBg3hp1DI5E9vt68KxfJKzOelkC5nw" // want `Hugging Face access token`
}

// A struct tag is no value: no fix.
type tagged struct {
	Token string `default:"npm_j6fOXrwVc6XpMeuVPTmznwagteU64Kjo1m8j"` // want `npm access token`
}
