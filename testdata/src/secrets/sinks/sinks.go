// Package sinks sends credentials of no known form where credentials
// go. Every value here was generated at random for this test.
package sinks

import (
	"net/http"
	"net/url"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"

	"secrets/sinks/creds"
)

// Authorization headers, however they are set.
func headers(req *http.Request, h http.Header) {
	req.Header.Set("Authorization", "Bearer e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB") // want `^credential in the Authorization header \(e2WY…\) hard-coded: anyone with the source has it; read it from the environment \(API_TOKEN\)$`
	req.Header.Add("authorization", "token "+apiToken)
	h.Set("Authorization", "Basic c3ZjLWRlcGxveTplZGZKUm5aUzh3Mk1hNXdV")    // want `credential in the Authorization header \(c3Zj…\)`
	h.Set("Proxy-Authorization", "Bearer Q6HpOne3ONwcZny9q5ENMksi")         // want `credential in the Authorization header \(Q6Hp…\)`
	h.Set("Authorization", "1oa8fmAeLD1gWHs4OljK")                          // want `credential in the Authorization header \(1oa8…\)`
	req.Header["Authorization"] = []string{"Bearer GuUmKi919WnwGOnv31Ej7S"} // want `credential in the Authorization header \(GuUm…\)`
	http.Header.Set(h, "Authorization", "Bearer DfGintt0ovwalYxP4u")        // want `credential in the Authorization header \(DfGi…\)`
	h.Set("Authorization", "Bearer "+creds.Token)                           // want `credential in the Authorization header \(1oa8…\)`
}

const apiToken = "Q6HpOne3ONwcZny9q5ENMksi" // want `credential in the Authorization header \(Q6Hp…\).*\(API_TOKEN\)`

// API-key headers, in any case.
func apiKeys(h http.Header) {
	h.Set("X-API-Key", "E5sMV4kCL4XQpIk0")                      // want `credential in the X-API-Key header \(E5sM…\).*\(API_KEY\)`
	h.Set("x-auth-token", "edfJRnZS8w2Ma5wU")                   // want `credential in the x-auth-token header \(edfJ…\).*\(AUTH_TOKEN\)`
	h.Add("Api-Key", "DfGintt0ovwalYxP4u")                      // want `credential in the Api-Key header`
	h.Set("X-Api-Token", "Aof3fYrxGoZx0KcDnEYG")                // want `credential in the X-Api-Token header`
	h.Set("PRIVATE-TOKEN", "Q6HpOne3ONwcZny9q5ENMksi")          // want `credential in the PRIVATE-TOKEN header \(Q6Hp…\).*\(PRIVATE_TOKEN\)`
	h.Set("X-Goog-Api-Key", "e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB") // want `credential in the X-Goog-Api-Key header.*\(GOOG_API_KEY\)`
	_ = http.Header{
		"Authorization": {"Bearer JCHb5HCNBfTSfVjP94BotJLOA7hRDA0c5G6UyFcI"}, // want `credential in the Authorization header \(JCHb…\)`
		"X-Vault-Token": []string{"Aof3fYrxGoZx0KcDnEYG"},                    // want `credential in the X-Vault-Token header`
		"Accept":        {"application/json"},
	}
}

// Passwords: weak ones too, the place says they are passwords.
func passwords(req *http.Request) {
	req.SetBasicAuth("admin", "hunter2hunter2")       // want `^password of SetBasicAuth \(hun…\) hard-coded: .*\(BASIC_AUTH_PASSWORD\)$`
	req.SetBasicAuth("deploy", "password123")         // want `password of SetBasicAuth \(pa…\)`
	_ = url.UserPassword("svc", "DfGintt0ovwalYxP4u") // want `password of url.UserPassword \(DfGi…\).*\(URL_PASSWORD\)`
	_ = url.UserPassword("svc", dbPassword)
}

const dbPassword = "zpt3qlfDlH9us1" // want `password of url.UserPassword \(zpt…\).*\(DB_PASSWORD\)`

// Query parameters.
func query(v url.Values) {
	v.Set("api_key", "E5sMV4kCL4XQpIk0")                  // want `credential in query parameter api_key \(E5sM…\).*\(API_KEY\)`
	v.Add("access_token", "Q6HpOne3ONwcZny9q5ENMksi")     // want `credential in query parameter access_token.*\(ACCESS_TOKEN\)`
	v["client_secret"] = []string{"Aof3fYrxGoZx0KcDnEYG"} // want `credential in query parameter client_secret`
	_ = url.Values{
		"key":   {"e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB"}, // want `credential in query parameter key \(e2WY…\).*\(API_KEY\)`
		"q":     {"golang"},
		"token": []string{"edfJRnZS8w2Ma5wU"}, // want `credential in query parameter token.*\(API_TOKEN\)`
	}
}

// Credentials written into URLs.
var urls = []string{
	"https://api.weather.io/v1/forecast?city=Paris&api_key=1oa8fmAeLD1gWHs4OljK&units=metric", // want `credential in query parameter api_key \(1oa8…\)`
	"https://api.acme.io/v2/items?access_token=GuUmKi919WnwGOnv31Ej7S",                        // want `credential in query parameter access_token \(GuUm…\)`
	"postgres://app:Aof3fYrxGoZx0KcDnEYG@db.internal:5432/app?sslmode=disable",                // want `password in URL \(Aof3…\).*\(URL_PASSWORD\)`
	"https://deploy:edfJRnZS8w2Ma5wU@git.acme.io/infra.git",                                   // want `password in URL \(edfJ…\)`
	"/v1/search?q=go&apikey=Q6HpOne3ONwcZny9q5ENMksi",                                         // want `credential in query parameter apikey`
}

// OAuth2 client secrets.
func clients() {
	_ = oauth2.Config{ClientID: "1234-app", ClientSecret: "DfGintt0ovwalYxP4u"} // want `^OAuth2 client secret \(DfGi…\) hard-coded: .*\(OAUTH_CLIENT_SECRET\)$`
	_ = &clientcredentials.Config{
		ClientID:     "svc",
		ClientSecret: "hunter2hunter2", // want `OAuth2 client secret \(hun…\)`
	}
	var conf oauth2.Config
	conf.ClientSecret = "1oa8fmAeLD1gWHs4OljK" // want `OAuth2 client secret`
}

// JWT signing keys, however they are passed.
var jwtKey = []byte("edfJRnZS8w2Ma5wU") // want `^JWT signing key \(edfJ…\) hard-coded: anyone with the source can forge tokens; read it from the environment \(JWT_SIGNING_KEY\)$`

func sign(claims jwt.MapClaims) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	tok.SignedString([]byte("my_secret_key")) // want `JWT signing key \(my_…\)`
	tok.SignedString(jwtKey)
	jwt4.NewWithClaims(jwt4.SigningMethodHS256, nil).SignedString([]byte(signingSecret))
	tok.SignedString("E5sMV4kCL4XQpIk0") // want `JWT signing key \(E5sM…\)`
}

const signingSecret = "GuUmKi919WnwGOnv31Ej7S" // want `JWT signing key \(GuUm…\).*\(SIGNING_SECRET\)`
