package sinks

import (
	"fmt"
	"net/http"
	"net/url"
	"os"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Values that go where credentials go but are none: read at run time,
// templates, placeholders, names, weak defaults too short to matter,
// headers and parameters that carry no credential.
func notHeaders(req *http.Request, h http.Header, token string) {
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", token))
	h.Set("Authorization", "Bearer ${API_TOKEN}")
	h.Set("Authorization", "Bearer $API_TOKEN")
	h.Set("Authorization", "Bearer {{.Token}}")
	h.Set("Authorization", "Bearer <token>")
	h.Set("Authorization", "Bearer YOUR_API_KEY")
	h.Set("Authorization", "Bearer xxxxxxxxxxxxxxxx")
	h.Set("Authorization", "Bearer aaaaaaaaaaaaaaaa")
	h.Set("Authorization", "Bearer abcd1234")
	h.Set("Authorization", "Bearer 12345678")
	h.Set("Authorization", "Bearer")
	h.Set("Authorization", "Bearer short")
	h.Set("Authorization", "token changeme")
	h.Set("Authorization", "Basic dXNlcjpwYXNz")
	h.Set("Authorization", "Basic dXNlcjpwYXNzd29yZA==")
	h.Set("Authorization", "GITHUB_TOKEN")
	h.Set("Authorization", "Bearer test-token-1234")
	h.Set("Authorization", "Bearer dummy-access-token")
	h.Set("Authorization", `Digest username="Mufasa", realm="testrealm@host.com"`)
	h.Set("Authorization", "Bearer "+"sample"+"Token2024")
	h.Set("Content-Type", "application/x-www-form-urlencoded")
	h.Set("X-Request-Id", "e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB")
	h.Set("X-CSRF-Token", "Q6HpOne3ONwcZny9q5ENMksi")
	h.Set("User-Agent", "acme-client/E5sMV4kCL4XQpIk0")
	h.Set("Accept", "application/vnd.github.v3+json")
	h.Set("X-API-Key", "")
	h.Set("X-API-Key", os.Getenv("API_KEY"))
	h.Set("X-API-Key", "X-API-Key")
	h.Set("X-Api-Key", "<api-key>")
	h.Set(headerName(), "Q6HpOne3ONwcZny9q5ENMksi")
	h["Authorization"] = []string{"Bearer " + token}
	h["Authorization"] = []string{"Bearer <token>"}
	h.Set("Proxy-Authorization", "Basic "+token)
	h.Set("Proxy-Authorization", "Bearer ${PROXY_TOKEN}")
	http.Header.Set(h, "Authorization", "Bearer "+token)
	http.Header.Set(h, "X-Request-Id", "E5sMV4kCL4XQpIk0")
	h["X-Trace"] = []string{"1oa8fmAeLD1gWHs4OljK"}
	_ = http.Header{"Authorization": {"Bearer " + token}, "Cache-Control": {"no-cache"}}
}

func headerName() string { return "Authorization" }

func notPasswords(req *http.Request, user, pass string) {
	req.SetBasicAuth(user, pass)
	req.SetBasicAuth("admin", "password")
	req.SetBasicAuth("admin", "changeme")
	req.SetBasicAuth("admin", "admin")
	req.SetBasicAuth("guest", "")
	req.SetBasicAuth("user", os.Getenv("PASSWORD"))
	req.SetBasicAuth("1oa8fmAeLD1gWHs4OljK", os.Getenv("PASSWORD"))
	_ = url.UserPassword("guest", "guest")
	_ = url.UserPassword("u", os.Getenv("URL_PASSWORD"))
	_ = url.UserPassword("u", "%s")
	_ = url.User("Q6HpOne3ONwcZny9q5ENMksi")
}

func notQuery(v url.Values, key string) {
	v.Set("q", "Q6HpOne3ONwcZny9q5ENMksi")
	v.Set("page_token", "e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB")
	v.Set("client_id", "1oa8fmAeLD1gWHs4OljK")
	v.Set("state", "edfJRnZS8w2Ma5wU")
	v.Set("api_key", "%s")
	v.Set("api_key", key)
	v.Set("token", "")
	v.Set("key", "value")
	v.Set(key, "1oa8fmAeLD1gWHs4OljK")
	v["code"] = []string{"DfGintt0ovwalYxP4u"}
	_ = url.Values{"grant_type": {"client_credentials"}, "scope": {"read:org repo"}}
}

// URLs with no credential, or a development default.
var notURLs = []string{
	"https://oauth2.googleapis.com/token",
	"https://github.com/login/oauth/access_token",
	"https://api.weather.io/v1/forecast?api_key=",
	"https://api.weather.io/v1/forecast?api_key=%s&units=metric",
	"https://api.weather.io/v1/forecast?key=${WEATHER_KEY}",
	"https://api.weather.io/v1/forecast?token={{.Token}}",
	"https://accounts.acme.io/authorize?response_type=token&client_id=1oa8fmAeLD1gWHs4OljK",
	"https://api.acme.io/v1/items?page=1oa8fmAeLD1gWHs4OljK&per_page=100",
	"postgres://postgres:postgres@localhost:5432/app?sslmode=disable",
	"postgres://app:Aof3fYrxGoZx0KcDnEYG@localhost:5432/app",
	"mysql://root:edfJRnZS8w2Ma5wU@127.0.0.1:3306/test",
	"amqp://guest:guest@rabbitmq:5672/",
	"redis://:{{.Password}}@cache:6379/0",
	"mongodb://admin:<password>@cluster0.mongodb.net/",
	"https://edfJRnZS8w2Ma5wU:edfJRnZS8w2Ma5wU@proxy.acme.io",
	"https://user@git.acme.io/infra.git",
	"https://git.acme.io/user@corp/infra.git",
	"https://registry.acme.io/v2/?token",
	"ftp://anonymous:anonymous@ftp.acme.io/pub",
	"https://ci.acme.io/?password=",
}

func notClients(secret string) {
	_ = oauth2.Config{ClientID: "1oa8fmAeLD1gWHs4OljK", ClientSecret: os.Getenv("CLIENT_SECRET")}
	_ = oauth2.Config{ClientSecret: "YOUR_CLIENT_SECRET"}
	_ = oauth2.Config{ClientSecret: ""}
	_ = oauth2.Config{ClientSecret: secret, RedirectURL: "https://app.acme.io/callback?state=xyz"}
	_ = clientcredentials.Config{ClientID: "svc", ClientSecret: os.Getenv("CLIENT_SECRET"), TokenURL: "https://acme.io/oauth/token"}
	var conf clientcredentials.Config
	conf.ClientSecret = secret
	conf.ClientID = "Q6HpOne3ONwcZny9q5ENMksi"
	_ = oauth2.Endpoint{AuthURL: "https://acme.io/oauth/authorize", TokenURL: "https://acme.io/oauth/token"}
}

func notSigning(tok *jwt.Token, key []byte) {
	tok.SignedString([]byte(os.Getenv("JWT_SIGNING_KEY")))
	tok.SignedString(key)
	tok.SignedString([]byte("secret"))
	tok.SignedString([]byte("changeme"))
	tok.SignedString([]byte("your-256-bit-secret"))
	jwt4.NewWithClaims(jwt4.SigningMethodHS256, nil).SignedString([]byte(os.Getenv("JWT_SIGNING_KEY")))
	jwt4.NewWithClaims(jwt4.SigningMethodHS256, nil).SignedString(key)
}
