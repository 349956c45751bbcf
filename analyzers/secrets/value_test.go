package secrets

import (
	"regexp"
	"slices"
	"testing"
	"unicode/utf8"
)

func TestBase62CRC32(t *testing.T) {
	// The random part and checksum of a revoked token that a public
	// test of the format uses: an independent check of the encoding.
	if got := base62CRC32("fIkRGaBu5PeKsznMzXQOg3kETH1Sgx"); got != "2oIfSC" {
		t.Errorf("base62CRC32 = %q, want 2oIfSC", got)
	}
	body := "fIkRGaBu5PeKsznMzXQOg3kETH1Sgx"
	if !githubChecksum("ghp_" + body + "2oIfSC") {
		t.Error("valid checksum rejected")
	}
	if githubChecksum("ghp_" + body + "2oIfSD") {
		t.Error("invalid checksum accepted")
	}
}

var envVar = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)

func TestFamilyTable(t *testing.T) {
	for _, f := range families {
		if f.name == "" || !envVar.MatchString(f.env) {
			t.Errorf("family %q: bad name or variable %q", f.name, f.env)
		}
		if f.re.NumSubexp() < 2 {
			t.Errorf("family %q: regexp needs a token and a random group", f.name)
		}
		if len(f.hints) == 0 && !f.near {
			t.Errorf("family %q: no hint", f.name)
		}
		if f.entropy <= 0 {
			t.Errorf("family %q: no entropy threshold", f.name)
		}
	}
}

func TestSplitWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"apiKey", []string{"api", "key"}},
		{"APIKey", []string{"api", "key"}},
		{"clientSecret", []string{"client", "secret"}},
		{"CLIENT_SECRET", []string{"client", "secret"}},
		{"x-api-key", []string{"x", "api", "key"}},
		{"DBPassword", []string{"db", "password"}},
		{"oauth2Token", []string{"oauth", "2", "token"}},
		{"tokenURL", []string{"token", "url"}},
	} {
		if got := splitWords(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestScreamingSnake(t *testing.T) {
	for in, want := range map[string]string{
		"apiKey": "API_KEY", "clientSecret": "CLIENT_SECRET", "DBPassword": "DB_PASSWORD",
		"api_key": "API_KEY", "X-Goog-Api-Key": "X_GOOG_API_KEY", "oauth2Token": "OAUTH2_TOKEN",
	} {
		if got := screamingSnake(in); got != want {
			t.Errorf("screamingSnake(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSecretName(t *testing.T) {
	for _, name := range []string{
		"password", "dbPassword", "DB_PASSWORD", "clientSecret", "secret", "apiKey", "APIKey",
		"api_key", "apikey", "authToken", "accessToken", "githubToken", "privateKey", "signingKey",
		"SecretAccessKey", "passphrase", "credentials", "myapitoken",
	} {
		if !secretName(name) {
			t.Errorf("secretName(%q) = false", name)
		}
	}
	for _, name := range []string{
		"tokenURL", "passwordReset", "secretName", "csrfToken", "nextPageToken", "cacheKey",
		"publicKey", "keyID", "tokenType", "apiKeyHeader", "passwordEnv", "key", "tokens", "",
	} {
		if secretName(name) {
			t.Errorf("secretName(%q) = true", name)
		}
	}
}

func TestValues(t *testing.T) {
	for _, tc := range []struct {
		s                  string
		credential, random bool
	}{
		{"E5sMV4kCL4XQpIk0", true, true},
		{"7caea6468679a107cdd6b6d8090ac3584a127dac", true, true},
		{"Xk9#mP2$qR7!vL4@", true, true},
		{"hunter2hunter2", true, false}, // words are credentials where credentials go
		{"password123", true, false},    // but not random
		{"correct-horse-battery", true, false},
		{"Passw0rd2024!", true, false},
		{"my-app-secret-v2", true, false},
		{"id_rsa_2048.pem", true, false},
		{"sha256:9f86d081884c7d659a2feaa0c55ad015", true, false},
		{"abcd1234", false, false},
		{"aaaaaaaaaaaa", false, false},
		{"password", false, false},
		{"changeme", false, false},
		{"YOUR_API_KEY", false, false},
		{"GITHUB_TOKEN", false, false},
		{"${TOKEN}", false, false},
		{"$TOKEN_VALUE", false, false},
		{"{{.Token}}", false, false},
		{"token-%s-value", false, false},
		{"https://x.io/a?b=c", false, false},
		{"/var/run/secrets/token", false, false},
		{"has space inside", false, false},
		{"short1", false, false},
		{"dummy-api-key-1234", false, false},
		{"AKIAIOSFODNN7EXAMPLE", false, false},
	} {
		if got := credentialLike(tc.s); got != tc.credential {
			t.Errorf("credentialLike(%q) = %v", tc.s, got)
		}
		if got := randomLike(tc.s); got != tc.random {
			t.Errorf("randomLike(%q) = %v", tc.s, got)
		}
	}
}

func TestEntropy(t *testing.T) {
	if e := entropy("aaaa"); e != 0 {
		t.Errorf("entropy(aaaa) = %v", e)
	}
	if e := entropy("abcd"); e != 2 {
		t.Errorf("entropy(abcd) = %v", e)
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"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": "ghp_…",
		"hunter2hunter2": "hun…",
		"abcdefgh":       "ab…",
		"abc":            "…",
		"é1é2é3é4é5é6":   "é1é…",
	} {
		got := redact(in)
		if got != want {
			t.Errorf("redact(%q) = %q, want %q", in, got, want)
		}
		if utf8.RuneCountInString(got) > 5 {
			t.Errorf("redact(%q) shows too much", in)
		}
	}
}

func TestURLSecrets(t *testing.T) {
	for in, want := range map[string]string{
		"https://api.acme.io/v1?api_key=E5sMV4kCL4XQpIk0&x=1":  "E5sMV4kCL4XQpIk0",
		"postgres://app:E5sMV4kCL4XQpIk0@db.internal:5432/app": "E5sMV4kCL4XQpIk0",
		"/search?q=go&token=E5sMV4kCL4XQpIk0#top":              "E5sMV4kCL4XQpIk0",
		"postgres://app:E5sMV4kCL4XQpIk0@localhost/app":        "",
		"https://user:E5sMV4kCL4XQpIk0@example.com/":           "",
		"https://app:P@ssw0rd2024@db.acme.io/":                 "",
		"https://x.io/?api_key=%s":                             "",
		"https://x.io/?state=E5sMV4kCL4XQpIk0":                 "",
	} {
		spans, _ := urlSecrets(in)
		got := ""
		if len(spans) > 0 {
			got = in[spans[0].start:spans[0].end]
		}
		if got != want {
			t.Errorf("urlSecrets(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNameOfThing(t *testing.T) {
	for _, s := range []string{
		"HTTP2-Settings", "X-Amz-Security-Token", "Sec-WebSocket-Key", "Content-MD5", "WWW-Authenticate",
		"application/json", "application/vnd.api+json", "application/x-amz-json-1.0", "text/event-stream",
		"com.acme.auth.SigningKey2", "tokens.refresh_v2.json",
	} {
		if !nameOfThing(s) {
			t.Errorf("nameOfThing(%q) = false, want true", s)
		}
		if randomLike(s) {
			t.Errorf("randomLike(%q) = true, want false", s)
		}
	}
	for _, s := range []string{
		"Q6HpOne3ONwcZny9q5ENMksi", "550E8400-E29B-41D4-A716-446655440000", "tk3Vq9LmZ0pXr7Wc2Yb8",
		"Xk9#mP2$qR7!vL4@", "a8f5f167f44f4964e6c998dee827110c", "Rk2v-Q9xL-mT4p-Z8cW",
	} {
		if nameOfThing(s) {
			t.Errorf("nameOfThing(%q) = true, want false", s)
		}
	}
	if wordy("HTTP2Settings") != true {
		t.Error("HTTP2Settings is not wordy")
	}
}
