// Package clientcredentials is a stand-in for
// golang.org/x/oauth2/clientcredentials in analysistest packages.
package clientcredentials

// Config is a two-legged OAuth 2.0 client's configuration.
type Config struct {
	ClientID     string
	ClientSecret string
	TokenURL     string
	Scopes       []string
}
