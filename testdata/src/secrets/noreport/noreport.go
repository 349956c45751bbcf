// Package noreport holds strings that look a little like credentials,
// or sit where credentials go, and are none. The secrets rule must
// report none of them.
package noreport

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
)

// Placeholders and documentation examples.
var placeholders = []string{
	"YOUR_API_KEY",
	"<token>",
	"<YOUR_GITHUB_TOKEN>",
	"changeme",
	"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	"XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
	"****************",
	"0000000000000000000000000000000000000000",
	"${GITHUB_TOKEN}",
	"$GITHUB_TOKEN",
	"{{.Token}}",
	"{{ .Values.apiKey }}",
	"%s",
	"Bearer %s",
	"token %v",
	"AKIAIOSFODNN7EXAMPLE",
	"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	"sk_test_4eC39HqLyjWDarjtT1zdp7dc",
	"pk_live_51H8xYzKp3mN2qR7sT9uV4wX6yZ1aB3cD5eF7gH9iJ",
	"pk_test_TYooMQauvdEDq54NiTphI7jx",
	"example-api-key-0123456789",
	"dummy-token-abcdef123456",
	"fake_secret_9f86d081884c7d65",
	"sample-password-1234",
	"test-secret-key-do-not-use",
	"placeholder-token-value",
	"[REDACTED]",
	"REDACTED-0f3a9c",
	"insert-your-key-here",
	"replace-with-your-token",
	"<paste your token here>",
}

// Names: of headers, environment variables, parameters, routes.
var names = []string{
	"Authorization",
	"Proxy-Authorization",
	"X-API-Key",
	"X-Auth-Token",
	"WWW-Authenticate",
	"GITHUB_TOKEN",
	"AWS_SECRET_ACCESS_KEY",
	"OPENAI_API_KEY",
	"STRIPE_SECRET_KEY",
	"SLACK_BOT_TOKEN",
	"client_secret",
	"access_token",
	"refresh_token",
	"api_key",
	"public_tokens.route",
	"password_reset",
	"passwordResetToken",
	"secretsmanager.GetSecretValue",
	"github.com/acme/secrets-manager/v2",
	"x-amz-security-token",
	"oauth2.googleapis.com",
	"kubernetes.io/service-account-token",
	"app.kubernetes.io/part-of",
}

// Endpoint URLs, with and without queries.
var endpoints = []string{
	"https://oauth2.googleapis.com/token",
	"https://github.com/login/oauth/access_token",
	"https://slack.com/api/oauth.v2.access",
	"https://api.stripe.com/v1/charges",
	"https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15",
	"https://login.microsoftonline.com/common/oauth2/v2.0/token",
	"https://api.github.com/repos/%s/%s/pulls?state=open&per_page=100",
	"https://www.googleapis.com/auth/cloud-platform",
	"https://example.com/callback?code=abc123def456ghi789",
	"https://acme.io/reset?token=",
	"https://acme.io/search?q=api_key+rotation&page=2",
	"https://user@acme.io/",
	"wss://stream.acme.io/v1/events?format=json",
	"s3://acme-backups/2024/06/01/db.sql.gz",
	"file:///etc/ssl/certs/ca-certificates.crt",
	"unix:///var/run/docker.sock",
}

// Hashes, IDs, UUIDs and other random strings that are no credential
// of a known form and go nowhere credentials go.
var ids = []string{
	"7caea6468679a107cdd6b6d8090ac3584a127dac",
	"5f6484ddc56227c91472b74a1b8348ed",
	"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	"sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	"9b2f1c4e-7d3a-4f8e-b6c5-2a1d0e9f8c7b",
	"123e4567-e89b-12d3-a456-426614174000",
	"00000000-0000-0000-0000-000000000000",
	"e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB",
	"Q6HpOne3ONwcZny9q5ENMksi",
	"JCHb5HCNBfTSfVjP94BotJLOA7hRDA0c5G6UyFcI",
	"01HZX3K9M2N4P6Q8R0S2T4V6W8",
	"AC6be7bee98943c7a193d4120f96a4521f",
	"arn:aws:iam::123456789012:role/DeployRole",
	"projects/acme-prod/secrets/db-password/versions/latest",
	"U023BECGF",
	"C024BE91L",
	"T0001ABCD",
	"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
	"dGhpcyBpcyBub3QgYSBzZWNyZXQsIGp1c3QgYmFzZTY0",
	"a1b2c3d4e5f6g7h8i9j0",
	"v1.2.3-0.20240601120000-abcdef123456",
	"go1.22.4",
	"2024-06-01T12:00:00.000000000Z",
	"4111111111111111",
}

// Format strings and templates.
var formats = []string{
	"Authorization: Bearer %s",
	"token=%s&secret=%s",
	"%s:%s@%s",
	"password=%q",
	"Bearer {{ .AccessToken }}",
	"export GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}",
	"api_key={api_key}",
	"Basic %s",
	"--password=$(cat /run/secrets/db)",
}

// Sinks given what is no credential.
func sinks(req *http.Request, token, user, pass string) {
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Authorization", fmt.Sprintf("token %s", token))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("Accept", "application/vnd.github+json")
	req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	req.Header.Set("User-Agent", "go-github/v66.0.0")
	req.Header.Set("If-None-Match", `W/"5f6484ddc56227c91472b74a1b8348ed"`)
	req.Header.Set("X-Request-Id", "Q6HpOne3ONwcZny9q5ENMksi")
	req.Header.Set("Idempotency-Key", "e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB")
	req.Header.Set("X-Xsrf-Token", "1oa8fmAeLD1gWHs4OljK")
	req.SetBasicAuth(user, pass)
	req.SetBasicAuth(user, os.Getenv("PASSWORD"))
	req.SetBasicAuth("admin", "admin")
	_ = url.UserPassword(user, pass)
	_ = url.User("git")
	v := url.Values{}
	v.Set("grant_type", "client_credentials")
	v.Set("client_id", "1oa8fmAeLD1gWHs4OljK")
	v.Set("client_secret", os.Getenv("CLIENT_SECRET"))
	v.Set("scope", "repo read:org")
	v.Set("redirect_uri", "https://app.acme.io/oauth/callback")
	v.Set("code_challenge", "JCHb5HCNBfTSfVjP94BotJLOA7hRDA0c5G6UyFcI")
	v.Set("state", "edfJRnZS8w2Ma5wU")
	v.Set("nonce", "Q6HpOne3ONwcZny9q5ENMksi")
	v.Set("password", pass)
	v.Set("token", token)
	_ = http.Header{"Accept-Encoding": {"gzip"}, "Authorization": {"Bearer " + token}}
}

// Names of secrets given values that are not secrets.
type options struct {
	Token        string
	APIKey       string
	Password     string
	ClientSecret string
	SecretName   string
	TokenSource  string
	TokenPath    string
	AuthMethod   string
}

var opts = options{
	Token:        os.Getenv("TOKEN"),
	APIKey:       "",
	Password:     "secret",
	ClientSecret: "${CLIENT_SECRET}",
	SecretName:   "Q6HpOne3ONwcZny9q5ENMksi",
	TokenSource:  "env:GITHUB_TOKEN",
	TokenPath:    "/var/run/secrets/kubernetes.io/serviceaccount/token",
	AuthMethod:   "client_secret_basic",
}

const (
	defaultTokenURL  = "https://oauth2.googleapis.com/token"
	tokenHeader      = "X-Auth-Token"
	passwordMinLen   = "12"
	secretVolume     = "/etc/secrets/app"
	apiKeyEnv        = "ACME_API_KEY"
	tokenCacheFile   = ".cache/acme/token-v2.json"
	passwordPolicyID = "Q6HpOne3ONwcZny9q5ENMksi"
)

// Tags and import paths are not values.
type tagged struct {
	APIKey string `json:"api_key" env:"ACME_API_KEY" default:""`
	Secret string `yaml:"client_secret,omitempty" validate:"required,min=12"`
}
