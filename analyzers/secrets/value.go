package secrets

import (
	"math"
	"strings"
	"unicode/utf8"
)

// This file holds the judgement of values and names: what looks like a
// credential, what is a placeholder, what names a secret.

// entropy returns the Shannon entropy of s in bits per byte: about 5.2
// for long random base62, 4 for long hex, 3 or less for words.
func entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	n := float64(len(s))
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// placeholderMarks are substrings of documentation values and templates,
// never of a credential someone meant to use.
var placeholderMarks = []string{
	"example", "dummy", "fake", "sample", "test", "placeholder", "redacted", "mock",
	"your_", "your-", "yourkey", "yourtoken", "yoursecret", "yourpass", "yourapi", "<your",
	"changeme", "change_me", "change-me", "replace", "insert", "fixme", "todo", "here",
	"notreal", "not_real", "not-a-real", "notarealtoken", "invalid",
	"xxxx", "****", "....", "<", ">", "{{", "${", "$(",
}

// placeholderWords are whole values (ignoring case and separators) that
// stand for a credential in documentation and defaults.
var placeholderWords = map[string]bool{
	"password": true, "passwd": true, "secret": true, "changeme": true, "token": true,
	"apikey": true, "apitoken": true, "secretkey": true, "accesstoken": true, "credentials": true,
	"clientsecret": true, "authtoken": true, "privatekey": true, "accesskey": true,
	"hidden": true, "undefined": true, "nothing": true,
}

// placeholder reports whether s is a documentation value, a template or
// format string, or an obvious dummy.
func placeholder(s string) bool {
	lower := strings.ToLower(s)
	for _, m := range placeholderMarks {
		if strings.Contains(lower, m) {
			return true
		}
	}
	if strings.HasPrefix(s, "$") || formatVerb(s) {
		return true
	}
	return placeholderWords[dropSeparators.Replace(lower)]
}

// dropSeparators removes the separators of names: client_secret,
// client-secret and "client secret" are all clientsecret.
var dropSeparators = strings.NewReplacer("_", "", "-", "", ".", "", " ", "")

// formatVerb reports whether s holds a fmt verb such as %s or %v.
func formatVerb(s string) bool {
	for i := strings.IndexByte(s, '%'); i >= 0 && i+1 < len(s); {
		if strings.IndexByte("svdqxXT", s[i+1]) >= 0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], '%')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// regular reports whether s is mostly made of repeats and steps
// ("aaaa", "abcd1234", "121212"): keyboards, not random sources.
func regular(s string) bool {
	if len(s) < 2 {
		return true
	}
	steps := 0
	for i := 1; i < len(s); i++ {
		if d := int(s[i]) - int(s[i-1]); d >= -1 && d <= 1 {
			steps++
		}
	}
	return steps*2 > len(s)-1
}

// envName reports whether s is written like an environment variable name
// (GITHUB_TOKEN): a name of a secret, not the secret.
func envName(s string) bool {
	underscore := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z', '0' <= c && c <= '9' && i > 0:
		case c == '_' && i > 0:
			underscore = true
		default:
			return false
		}
	}
	return underscore
}

// credentialLike reports whether s, found where a credential goes (an
// Authorization header, a password argument), can be one: at least 8
// bytes without white space, not a placeholder, name, URL or path, and
// not too regular. Words are allowed: the place says it is a
// credential, and a weak one is still hard-coded.
func credentialLike(s string) bool {
	if len(s) < 8 || len(s) > 4096 || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r <= ' ' || r == 0x7f {
			return false
		}
	}
	if placeholder(s) || envName(s) || mediaType(s) || strings.Contains(s, "://") || strings.HasPrefix(s, "/") {
		return false
	}
	return entropy(s) >= 2.5 && !regular(s)
}

// mediaTypes are the top-level types of media types (RFC 6838) and the
// usual vendor trees.
var mediaTypes = map[string]bool{
	"application": true, "audio": true, "font": true, "image": true, "message": true,
	"model": true, "multipart": true, "text": true, "video": true,
}

// mediaType reports whether s is a media type (application/json,
// application/x-amz-json-1.0, application/vnd.api+json; charset=utf-8):
// the name of a format, never a credential.
func mediaType(s string) bool {
	top, _, ok := strings.Cut(s, "/")
	return ok && mediaTypes[strings.ToLower(top)]
}

// headerName reports whether s is written like an HTTP header name:
// two or more words joined by '-', each starting with an upper-case
// letter and made of letters with at most a few trailing digits
// (HTTP2-Settings, X-Amz-Security-Token, Sec-WebSocket-Key,
// Content-MD5). A random token, a UUID or a slug is not.
func headerName(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 24 || p[0] < 'A' || p[0] > 'Z' {
			return false
		}
		letters := strings.TrimRight(p, "0123456789")
		if len(p)-len(letters) > 2 {
			return false
		}
		for i := 0; i < len(letters); i++ {
			if c := letters[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				return false
			}
		}
	}
	return true
}

// dottedName reports whether s is a dotted identifier (a Java-style
// class or package name, a config key, a file name: com.acme.Token,
// tokens.refresh_v2, keys2.json): every part starts with a letter, and
// at least one part is a word.
func dottedName(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) < 2 {
		return false
	}
	word := false
	for _, p := range parts {
		if p == "" || !('a' <= p[0] && p[0] <= 'z' || 'A' <= p[0] && p[0] <= 'Z') {
			return false
		}
		for i := 0; i < len(p); i++ {
			if c := p[i]; !(isAlnum(c) || c == '_' || c == '-') {
				return false
			}
		}
		word = word || wordy(p)
	}
	return word
}

// nameOfThing reports whether s names something rather than being a
// secret: a header name, a media type, a dotted identifier.
func nameOfThing(s string) bool {
	return headerName(s) || mediaType(s) || dottedName(s)
}

// randomLike is the stricter test for a value known only by the name it
// is given: at least 12 bytes with letters and digits, 3 bits of entropy
// per byte, and not made of words (identifiers, slugs, host names,
// versions, "Passw0rd2024").
func randomLike(s string) bool {
	if len(s) < 12 || !credentialLike(s) || entropy(s) < 3 || digest(s) || nameOfThing(s) {
		return false
	}
	var letter, digit bool
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			letter = true
		case '0' <= c && c <= '9':
			digit = true
		}
	}
	return letter && digit && !wordy(s)
}

// digest reports whether s is a hash named by its algorithm
// (sha256:9f86…), a checksum or content reference rather than a secret.
func digest(s string) bool {
	alg, _, ok := strings.Cut(s, ":")
	if !ok {
		return false
	}
	switch strings.ToLower(alg) {
	case "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake3", "h1":
		return true
	}
	return false
}

// wordy reports whether most letters of s belong to word-like parts, or
// s is a common password dressed up with digits and symbols.
func wordy(s string) bool {
	letters, inWords := 0, 0
	for _, part := range splitWords(s) {
		n := 0
		for i := 0; i < len(part); i++ {
			if 'a' <= part[i] && part[i] <= 'z' {
				n++
			}
		}
		if n == 0 {
			continue
		}
		letters += n
		if n == len(part) && (wordLike(part) || acronyms[part]) {
			inWords += n
		}
	}
	if letters == 0 || inWords*10 >= letters*7 {
		return true
	}
	return commonPassword(s)
}

// wordLike reports whether a lower-case part reads like a word: three or
// more letters, with vowels, and no long consonant or vowel runs.
func wordLike(w string) bool {
	if len(w) < 3 {
		return false
	}
	vowels, cons, vrun := 0, 0, 0
	for i := 0; i < len(w); i++ {
		if strings.IndexByte("aeiouy", w[i]) >= 0 {
			vowels++
			vrun++
			cons = 0
		} else {
			cons++
			vrun = 0
		}
		if cons >= 4 || vrun >= 3 {
			return false
		}
	}
	return vowels > 0 && vowels*10 <= len(w)*7
}

// acronyms are the protocol and format names written without vowels or
// with long consonant runs, which read as words in a name (HTTP2Settings,
// TLSCert, gRPC-Status) though wordLike does not take them.
var acronyms = map[string]bool{
	"http": true, "https": true, "tls": true, "ssl": true, "tcp": true, "udp": true, "dns": true,
	"grpc": true, "xml": true, "html": true, "url": true, "uri": true, "sql": true, "ssh": true,
	"jwt": true, "jwks": true, "crl": true, "csr": true, "pkcs": true, "cbor": true,
	"sha": true, "hmac": true, "rsa": true, "ecdsa": true, "mtls": true, "wss": true,
}

var commonPasswords = []string{
	"password", "passwd", "secret", "admin", "qwerty", "letmein", "welcome", "changeme",
	"default", "master", "login", "dragon", "monkey", "iloveyou", "sunshine", "hunter", "trustno",
}

// commonPassword reports whether the letters of s, read through leet
// speak, are mostly a well-known password ("P@ssw0rd123!").
func commonPassword(s string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case '0':
			r = 'o'
		case '1', '!':
			r = 'i'
		case '3':
			r = 'e'
		case '4', '@':
			r = 'a'
		case '5', '$':
			r = 's'
		case '7':
			r = 't'
		}
		if 'a' <= r && r <= 'z' {
			b.WriteRune(r)
		}
	}
	letters := b.String()
	for _, w := range commonPasswords {
		if strings.Contains(letters, w) && len(w)*2 >= len(letters) {
			return true
		}
	}
	return false
}

// splitWords splits a name or value into lower-case words at
// separators, lower-to-upper case changes, the end of an acronym
// (APIKey: api, key) and letter-digit changes: clientSecret, CLIENT_SECRET
// and client-secret all give client, secret.
func splitWords(s string) []string {
	var words []string
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(s[start:end]))
		}
		start = -1
	}
	class := func(c byte) int {
		switch {
		case 'a' <= c && c <= 'z':
			return 1
		case 'A' <= c && c <= 'Z':
			return 2
		case '0' <= c && c <= '9':
			return 3
		}
		return 0
	}
	for i := 0; i < len(s); i++ {
		k := class(s[i])
		if k == 0 {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := class(s[i-1])
		switch {
		case prev == 1 && k == 2, // fooBar
			(prev == 3) != (k == 3),                                   // foo2, 2foo
			prev == 2 && k == 2 && i+1 < len(s) && class(s[i+1]) == 1: // APIKey
			flush(i)
			start = i
		}
	}
	flush(len(s))
	return words
}

// screamingSnake writes a name as an environment variable: apiKey is
// API_KEY.
func screamingSnake(name string) string {
	var b strings.Builder
	for i, w := range splitWords(name) {
		if i > 0 && !(w[0] >= '0' && w[0] <= '9') {
			b.WriteByte('_')
		}
		b.WriteString(strings.ToUpper(w))
	}
	return b.String()
}

// tokenNotSecret are the words that, before "token", name something
// other than a credential.
var tokenNotSecret = map[string]bool{
	"csrf": true, "xsrf": true, "page": true, "next": true, "continuation": true, "cancel": true,
	"cancellation": true, "sync": true, "idempotency": true, "lexer": true, "parser": true, "start": true, "end": true,
}

// keyQualifiers are the words that make a "key" a secret one.
var keyQualifiers = map[string]bool{
	"api": true, "secret": true, "private": true, "access": true, "signing": true, "auth": true,
	"master": true, "encryption": true, "hmac": true, "jwt": true, "license": true, "webhook": true,
}

// secretName reports whether a variable, field, parameter or key name
// says it holds a secret: its last word is password, secret, token,
// apikey, or key after api, secret, private, access...; tokenURL,
// passwordReset and secretName are names of other things.
func secretName(name string) bool {
	words := splitWords(name)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	prev := ""
	if len(words) > 1 {
		prev = words[len(words)-2]
	}
	switch last {
	case "password", "passwd", "pwd", "passphrase", "secret", "apikey", "credential", "credentials":
		return true
	case "token":
		return !tokenNotSecret[prev]
	case "key":
		return keyQualifiers[prev]
	}
	for _, suffix := range []string{"password", "secret", "apikey", "apitoken", "authtoken", "accesstoken", "secretkey", "privatekey"} {
		if strings.HasSuffix(last, suffix) {
			return true
		}
	}
	return false
}

// awsSecretName reports whether a name says it holds an AWS secret
// access key: it has the word secret and the word aws or access.
func awsSecretName(name string) bool {
	var secret, aws bool
	for _, w := range splitWords(name) {
		switch w {
		case "secret":
			secret = true
		case "aws", "access":
			aws = true
		}
	}
	return secret && aws
}

// redact returns the first characters of a secret, at most 4 and at most
// a quarter of it, followed by an ellipsis: enough to find it, never
// enough to use it.
func redact(secret string) string {
	n := min(4, utf8.RuneCountInString(secret)/4)
	i := 0
	for ; n > 0; n-- {
		_, size := utf8.DecodeRuneInString(secret[i:])
		i += size
	}
	return secret[:i] + "…"
}
