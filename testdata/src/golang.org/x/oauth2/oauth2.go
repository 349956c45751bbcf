// Package oauth2 is a stand-in for golang.org/x/oauth2 in analysistest
// packages: the types and fields the httpvet rules look for.
package oauth2

// Endpoint is an OAuth 2.0 provider's endpoints.
type Endpoint struct {
	AuthURL  string
	TokenURL string
}

// Config is an OAuth 2.0 client's configuration.
type Config struct {
	ClientID     string
	ClientSecret string
	Endpoint     Endpoint
	RedirectURL  string
	Scopes       []string
}
