package names

import "os"

// Names of secrets given values that are not secrets, and secret-looking
// values given names of other things.
const (
	tokenURL        = "https://oauth2.googleapis.com/token"
	passwordReset   = "/account/password_reset"
	secretName      = "1oa8fmAeLD1gWHs4OljK"
	csrfToken       = "Q6HpOne3ONwcZny9q5ENMksi"
	nextPageToken   = "e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB"
	apiKeyHeader    = "X-Api-Key"
	githubTokenEnv  = "GITHUB_TOKEN"
	passwordRegex   = "^[a-zA-Z0-9]{8,64}$"
	tokenFormat     = "Bearer %s"
	publicKey       = "JCHb5HCNBfTSfVjP94BotJLOA7hRDA0c5G6UyFcI"
	cacheKey        = "Q6HpOne3ONwcZny9q5ENMksi"
	requestID       = "e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB"
	secretsPath     = "config/secrets/prod-2024.yaml"
	tokenKind2      = "TOKEN_KIND_IDENT2"
	privateKeyFile  = "id_rsa_2048.pem"
	accessKeyPrefix = "AKIA"
)

var (
	apiKey2       = "YOUR_API_KEY"
	password      = "Passw0rd2024!"
	password2     = "hunter2"
	adminPassword = "P@ssw0rd123"
	token         = "public_tokens.route"
	secret        = "${SECRET}"
	secret2       = "{{.Secret}}"
	dbPassword    = "correct-horse-battery-staple"
	apiKey3       = "abcdef1234567890"
	sessionToken  = "00000000-0000-0000-0000-000000000000"
	releaseToken  = "v2.14.3-beta.1"
	authToken     = os.Getenv("AUTH_TOKEN")
	clientSecret2 = "test-client-secret-123456"
	apiSecret     = "sample_secret_0123456789abcdef"
	userPassword  = "aaaaaaaaaaaaaaaaaaaa1"
	apiToken      = "api-token-2024-prod"
	accessToken   = "access_token_placeholder"
	secretKey     = "my-app-secret-v2"
	authSecret    = "SecretKey1234"
	dsnPassword   = "Summer2024Winter2025"
	awsSecretKey  = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	signingSecret = "sha256:9f86d081884c7d659a2feaa0c55ad015"
	tokenSecret   = "sk_test_Q6HpOne3ONwcZny9q5ENMksi"
)

type settings struct {
	Token       string
	TokenType   string
	TokenURL    string
	PasswordEnv string
	SecretRef   string
	Password    string
	KeyID       string
}

var defaults = settings{
	Token:       "",
	TokenType:   "Bearer",
	TokenURL:    "https://auth.acme.io/oauth/token",
	PasswordEnv: "DB_PASSWORD",
	SecretRef:   "Q6HpOne3ONwcZny9q5ENMksi",
	Password:    "changeme",
	KeyID:       "1oa8fmAeLD1gWHs4OljK",
}

func lookups(m map[string]string, id string) {
	m["password"] = id
	m["token"] = "Bearer " + id
	m["secret_name"] = "1oa8fmAeLD1gWHs4OljK"
	login("admin", "short1")
	login("admin", os.Getenv("PASSWORD"))
	store("Q6HpOne3ONwcZny9q5ENMksi")
	// Keys that are variables named like secrets: the value is not theirs.
	apiToken := id
	m[apiToken] = "Q6HpOne3ONwcZny9q5ENMksi"
	_ = map[string]string{apiToken: "e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB"}
}

func login(user, password string) {}
func store(value string)          {}

// Names of things passed to parameters named like secrets (issue 14: a
// header name handed to HeaderValuesContainsToken(h, token) was
// replaced with os.Getenv("TOKEN")).
func namesOfThings(h map[string][]string) {
	headerValuesContainsToken(h["Connection"], "HTTP2-Settings")
	headerValuesContainsToken(h["Connection"], "HTTP2Settings")
	headerValuesContainsToken(h["Upgrade"], "Sec-WebSocket-Key")
	headerValuesContainsToken(h["X"], "X-Amz-Security-Token")
	headerValuesContainsToken(h["X"], "Content-MD5")
	withSecret("application/vnd.api+json")
	withSecret("application/x-amz-json-1.0")
	withSecret("application/x-ndjson; charset=utf-8")
	withAPIKey("com.acme.auth.SigningKey2")
	withAPIKey("tokens.refresh_v2.json")
	withPassword("TLS13-Resumption")
}

func headerValuesContainsToken(values []string, token string) bool {
	return len(values) > 0 && token != ""
}
func withSecret(secret string)     {}
func withAPIKey(apiKey string)     {}
func withPassword(password string) {}

// Header names and media types given the names of secrets.
var (
	tokenHeader2 = "HTTP2-Settings"
	authToken2   = "X-Auth-Token-V2"
	secretType   = "application/vnd.acme.secret.v2+json"
)
