// Package other has types and functions named like the sinks of
// net/http, net/url, oauth2 and jwt.
package other

type Header map[string][]string

func (h Header) Set(key, value string) {}

type Request struct{}

func (*Request) SetBasicAuth(username, p string) {}

func UserPassword(username, p string) {}

type Values map[string][]string

func (v Values) Set(key, value string) {}

type Config struct{ ClientSecret string }

type Token struct{}

func (*Token) SignedString(key any) (string, error) { return "", nil }
