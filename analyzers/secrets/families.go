package secrets

import (
	"encoding/base64"
	"encoding/json"
	"hash/crc32"
	"regexp"
	"strings"
)

// A family is a kind of credential recognizable by its form alone.
//
// To add one, append an entry to families: the regexp's first group is
// the whole token (what the fix replaces), its second group the random
// part whose entropy is measured. A hint, a substring of every token,
// keeps the regexp off the many literals that cannot hold one.
type family struct {
	name    string         // what the message calls it
	env     string         // the environment variable the fix reads
	hints   []string       // one of these is in every token
	re      *regexp.Regexp // group 1: the token; group 2: its random part
	entropy float64        // minimum Shannon entropy of the random part, in bits per byte
	valid   func(token string) bool

	// random, if set, extracts the random part instead of group 2, and
	// valid alone judges placeholders.
	random func(token string) string

	// near marks a form too common to report on its own (an AWS secret
	// access key is any 40 base64 characters): it is reported only next
	// to an AWS access key ID, or where a name says it is an AWS secret.
	near bool
}

var families = []*family{
	{name: "GitHub personal access token", env: "GITHUB_TOKEN", hints: []string{"ghp_"},
		re: regexp.MustCompile(`(ghp_([0-9A-Za-z]{36}))`), entropy: 3.5, valid: githubChecksum},
	{name: "GitHub OAuth access token", env: "GITHUB_TOKEN", hints: []string{"gho_"},
		re: regexp.MustCompile(`(gho_([0-9A-Za-z]{36}))`), entropy: 3.5, valid: githubChecksum},
	{name: "GitHub user-to-server token", env: "GITHUB_TOKEN", hints: []string{"ghu_"},
		re: regexp.MustCompile(`(ghu_([0-9A-Za-z]{36}))`), entropy: 3.5, valid: githubChecksum},
	{name: "GitHub server-to-server token", env: "GITHUB_TOKEN", hints: []string{"ghs_"},
		re: regexp.MustCompile(`(ghs_([0-9A-Za-z]{36}))`), entropy: 3.5, valid: githubChecksum},
	{name: "GitHub refresh token", env: "GITHUB_TOKEN", hints: []string{"ghr_"},
		re: regexp.MustCompile(`(ghr_([0-9A-Za-z]{36}))`), entropy: 3.5, valid: githubChecksum},
	{name: "GitHub fine-grained personal access token", env: "GITHUB_TOKEN", hints: []string{"github_pat_"},
		re: regexp.MustCompile(`(github_pat_([0-9A-Za-z]{22}_[0-9A-Za-z]{59}))`), entropy: 4},
	{name: "GitLab personal access token", env: "GITLAB_TOKEN", hints: []string{"glpat-"},
		re: regexp.MustCompile(`(glpat-([0-9A-Za-z_-]{20,}(?:\.[0-9A-Za-z_-]+)*))`), entropy: 3.5},
	{name: "Slack bot token", env: "SLACK_TOKEN", hints: []string{"xoxb-"},
		re: regexp.MustCompile(`(xoxb-([0-9]{6,}-[0-9A-Za-z-]{16,}))`), entropy: 3},
	{name: "Slack user token", env: "SLACK_TOKEN", hints: []string{"xoxp-"},
		re: regexp.MustCompile(`(xoxp-([0-9]{6,}-[0-9A-Za-z-]{16,}))`), entropy: 3},
	{name: "Slack workspace token", env: "SLACK_TOKEN", hints: []string{"xoxa-"},
		re: regexp.MustCompile(`(xoxa-([0-9]+-[0-9A-Za-z-]{16,}))`), entropy: 3},
	{name: "Slack refresh token", env: "SLACK_TOKEN", hints: []string{"xoxr-"},
		re: regexp.MustCompile(`(xoxr-([0-9]+-[0-9A-Za-z-]{16,}))`), entropy: 3},
	{name: "Slack app-level token", env: "SLACK_APP_TOKEN", hints: []string{"xapp-"},
		re: regexp.MustCompile(`(xapp-([0-9]-[0-9A-Za-z-]{20,}))`), entropy: 3},
	{name: "Slack webhook URL", env: "SLACK_WEBHOOK_URL", hints: []string{"hooks.slack.com/"},
		re: regexp.MustCompile(`(https://hooks\.slack\.com/(?:services|workflows|triggers)/T[0-9A-Z]{6,}/[0-9A-Za-z]+(?:/[0-9]+)?/([0-9A-Za-z]{20,}))`), entropy: 3.5},
	{name: "Stripe live secret key", env: "STRIPE_SECRET_KEY", hints: []string{"sk_live_"},
		re: regexp.MustCompile(`(sk_live_([0-9A-Za-z]{20,}))`), entropy: 3.5},
	{name: "Stripe live restricted key", env: "STRIPE_SECRET_KEY", hints: []string{"rk_live_"},
		re: regexp.MustCompile(`(rk_live_([0-9A-Za-z]{20,}))`), entropy: 3.5},
	{name: "Stripe webhook signing secret", env: "STRIPE_WEBHOOK_SECRET", hints: []string{"whsec_"},
		re: regexp.MustCompile(`(whsec_([0-9A-Za-z+/]{32,}))`), entropy: 3.5},
	{name: "AWS access key ID", env: "AWS_ACCESS_KEY_ID", hints: []string{"AKIA"},
		re: regexp.MustCompile(`(AKIA([A-Z2-7]{16}))`), entropy: 2.8},
	{name: "AWS temporary access key ID", env: "AWS_ACCESS_KEY_ID", hints: []string{"ASIA"},
		re: regexp.MustCompile(`(ASIA([A-Z2-7]{16}))`), entropy: 2.8},
	awsSecret,
	{name: "Google API key", env: "GOOGLE_API_KEY", hints: []string{"AIza"},
		re: regexp.MustCompile(`(AIza([0-9A-Za-z_-]{35}))`), entropy: 3.5},
	{name: "Google OAuth access token", env: "GOOGLE_OAUTH_TOKEN", hints: []string{"ya29."},
		re: regexp.MustCompile(`(ya29\.([0-9A-Za-z_-]{30,}))`), entropy: 3.5},
	{name: "OpenAI API key", env: "OPENAI_API_KEY", hints: []string{"sk-proj-", "sk-svcacct-", "sk-admin-"},
		re: regexp.MustCompile(`(sk-(?:proj|svcacct|admin)-([0-9A-Za-z_-]{40,}))`), entropy: 3.5},
	{name: "OpenAI API key", env: "OPENAI_API_KEY", hints: []string{"T3BlbkFJ"},
		re: regexp.MustCompile(`(sk-([0-9A-Za-z]{20}T3BlbkFJ[0-9A-Za-z]{20}))`), entropy: 3.5},
	{name: "Anthropic API key", env: "ANTHROPIC_API_KEY", hints: []string{"sk-ant-"},
		re: regexp.MustCompile(`(sk-ant-(?:api03|admin01)-([0-9A-Za-z_-]{60,}))`), entropy: 3.5},
	{name: "SendGrid API key", env: "SENDGRID_API_KEY", hints: []string{"SG."},
		re: regexp.MustCompile(`(SG\.([0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}))`), entropy: 3.5},
	{name: "Twilio API key", env: "TWILIO_API_KEY", hints: []string{"SK"},
		re: regexp.MustCompile(`(SK([0-9a-f]{32}))`), entropy: 3},
	{name: "npm access token", env: "NPM_TOKEN", hints: []string{"npm_"},
		re: regexp.MustCompile(`(npm_([0-9A-Za-z]{36}))`), entropy: 3.5},
	{name: "PyPI API token", env: "PYPI_TOKEN", hints: []string{"pypi-AgEIcHlwaS5vcmc"},
		re: regexp.MustCompile(`(pypi-AgEIcHlwaS5vcmc([0-9A-Za-z_-]{50,}))`), entropy: 3.5},
	{name: "Hugging Face access token", env: "HF_TOKEN", hints: []string{"hf_"},
		re: regexp.MustCompile(`(hf_([0-9A-Za-z]{34}))`), entropy: 3.5},
	{name: "DigitalOcean token", env: "DIGITALOCEAN_TOKEN", hints: []string{"_v1_"},
		re: regexp.MustCompile(`(do[opr]_v1_([0-9a-f]{64}))`), entropy: 3.2},
	{name: "HashiCorp Vault token", env: "VAULT_TOKEN", hints: []string{"hvs.", "hvb.", "hvr."},
		re: regexp.MustCompile(`(hv[sbr]\.([0-9A-Za-z_-]{24,}))`), entropy: 3.5},
	{name: "Shopify access token", env: "SHOPIFY_ACCESS_TOKEN", hints: []string{"shpat_", "shpca_", "shppa_"},
		re: regexp.MustCompile(`(shp(?:at|ca|pa)_([0-9a-fA-F]{32}))`), entropy: 3},
	{name: "Shopify shared secret", env: "SHOPIFY_SHARED_SECRET", hints: []string{"shpss_"},
		re: regexp.MustCompile(`(shpss_([0-9a-fA-F]{32}))`), entropy: 3},
	{name: "JSON Web Token", env: "JWT", hints: []string{"eyJ"},
		re: regexp.MustCompile(`(eyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\.([0-9A-Za-z_-]{16,}))`), entropy: 3.5, valid: jwtHeader},
	{name: "private key", env: "PRIVATE_KEY", hints: []string{"PRIVATE KEY"},
		re: regexp.MustCompile(`(-----BEGIN[A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----((?s:.)+?)-----END[A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----)`), entropy: 4.5, valid: pemBody, random: pemBase64},
}

// awsSecret is 40 base64 characters; the regexp checks the boundaries
// itself, as '/' and '+' are part of the token.
var awsSecret = &family{
	name: "AWS secret access key", env: "AWS_SECRET_ACCESS_KEY",
	re:      regexp.MustCompile(`(?:^|[^0-9A-Za-z/+=])(([0-9A-Za-z/+]{40}))(?:$|[^0-9A-Za-z/+=])`),
	entropy: 4, valid: mixedCase, near: true,
}

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// githubChecksum reports whether the last 6 characters of a GitHub token
// are the base62 CRC32 of the 30 before them: a string that merely looks
// like a token fails this check 1 time in 2^32.
func githubChecksum(token string) bool {
	body := token[len(token)-36:]
	return base62CRC32(body[:30]) == body[30:]
}

// base62CRC32 returns the CRC32 of s in 6 base62 digits.
func base62CRC32(s string) string {
	sum := crc32.ChecksumIEEE([]byte(s))
	var enc [6]byte
	for i := 5; i >= 0; i-- {
		enc[i] = base62[sum%62]
		sum /= 62
	}
	return string(enc[:])
}

// jwtHeader reports whether the first part of a JWT decodes to a JSON
// header that names an algorithm, and the second is not a documentation
// example (jwt.io's "John Doe").
func jwtHeader(token string) bool {
	parts := strings.SplitN(token, ".", 3)
	header, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[0], "="))
	if err != nil {
		return false
	}
	var h map[string]any
	if json.Unmarshal(header, &h) != nil || h["alg"] == nil || h["alg"] == "none" {
		return false
	}
	if claims, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "=")); err == nil {
		if c := strings.ToLower(string(claims)); strings.Contains(c, "john doe") || placeholder(c) {
			return false
		}
	}
	return true
}

// pemBody reports whether a PEM block holds a key body, not a marker
// string, an elided "..." example or a documentation placeholder.
func pemBody(block string) bool {
	first, _, _ := strings.Cut(block, "\n")
	body := pemBase64(block)
	return len(body) >= 64 && !placeholder(first) &&
		!strings.Contains(body, "...") && !strings.Contains(strings.ToLower(body), "xxxx")
}

// pemBase64 returns the base64 text of a PEM block, without its
// BEGIN/END lines, headers and white space.
func pemBase64(block string) string {
	var b strings.Builder
	for i, line := range strings.Split(block, "\n") {
		line = strings.TrimSpace(line)
		if i == 0 || strings.HasPrefix(line, "-----") || strings.Contains(line, ":") {
			continue
		}
		b.WriteString(line)
	}
	return b.String()
}

// mixedCase reports whether s has upper and lower case letters and
// digits, as 40 random base64 characters almost always do and hashes,
// paths and identifiers seldom do.
func mixedCase(s string) bool {
	var upper, lower, digit bool
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			upper = true
		case 'a' <= c && c <= 'z':
			lower = true
		case '0' <= c && c <= '9':
			digit = true
		}
	}
	return upper && lower && digit
}

// A tokenMatch is a token of a family in a string.
type tokenMatch struct {
	fam        *family
	start, end int // the token
}

// findTokens returns the tokens of the families (except the near ones)
// in s. Callers test the cheap preconditions first.
func findTokens(s string) []tokenMatch {
	var found []tokenMatch
	for _, f := range families {
		if f.near || !hasHint(s, f.hints) {
			continue
		}
		found = append(found, f.find(s)...)
	}
	return found
}

func hasHint(s string, hints []string) bool {
	for _, h := range hints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// find returns the tokens of f in s that stand alone (no letter or digit
// glued to either end) and pass the entropy, placeholder and validity
// checks.
func (f *family) find(s string) []tokenMatch {
	var found []tokenMatch
	for _, m := range f.re.FindAllStringSubmatchIndex(s, -1) {
		start, end := m[2], m[3]
		if start > 0 && isAlnum(s[start-1]) || end < len(s) && isAlnum(s[end]) {
			continue
		}
		token, random := s[start:end], s[m[4]:m[5]]
		if f.random != nil {
			random = f.random(token)
		} else if placeholder(token) {
			continue
		}
		if entropy(random) < f.entropy || regular(random) || (f.valid != nil && !f.valid(token)) {
			continue
		}
		found = append(found, tokenMatch{f, start, end})
	}
	return found
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
