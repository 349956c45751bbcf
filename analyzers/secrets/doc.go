// Package secrets defines an Analyzer that reports credentials written
// into source code.
//
// # Analyzer secrets
//
// secrets: report API keys, tokens, passwords and private keys hard-coded in string literals
//
// A credential in the source is a credential in every clone, fork, CI
// log, container image and backup of it, and in the repository's history
// after it is deleted. It cannot be rotated without a release, and it is
// the same in development and production. Scanners that look for leaked
// tokens in public repositories find them within minutes.
//
//	req.Header.Set("Authorization", "Bearer ghp_…")   // reported
//	const stripeKey = "sk_live_…"                     // reported
//
// Read credentials from the environment (or a secret manager) at run
// time:
//
//	req.Header.Set("Authorization", "Bearer "+os.Getenv("GITHUB_TOKEN"))
//
// Reported, anywhere (the package need not use net/http): a string
// literal holding a token of a known form, recognized by its prefix and
// shape, with enough randomness, and a valid checksum where the form has
// one: GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_ with their CRC32
// checksum; github_pat_), GitLab (glpat-), Slack tokens (xoxb-, xoxp-,
// xoxa-, xoxr-, xapp-) and webhook URLs, Stripe live secret and
// restricted keys and webhook secrets (whsec_), AWS access key IDs (AKIA, ASIA) and secret access keys
// (40 base64 characters, only within three lines of an access key ID or
// given a name such as awsSecretAccessKey), Google API keys (AIza) and
// OAuth tokens (ya29.), OpenAI (sk-proj-, sk-…T3BlbkFJ…), Anthropic
// (sk-ant-api03-), SendGrid (SG.), Twilio API keys (SK + 32 hex), npm
// (npm_), PyPI (pypi-AgEIcHlwaS5vcmc…), Hugging Face (hf_), DigitalOcean
// (dop_v1_), HashiCorp Vault (hvs.), Shopify (shpat_, shpss_), signed
// JWTs whose header names an algorithm, and PEM private key blocks.
//
// Reported where a value is sent as a credential, whatever its form
// (following constants and constant concatenations): the value of an
// Authorization or Proxy-Authorization header (what follows Bearer,
// token..., or the password inside a Basic credential) and of API-key
// headers such as X-API-Key, X-Auth-Token or Api-Key, set with
// http.Header Set or Add, by index, or in an http.Header literal; the
// password of (*http.Request).SetBasicAuth and url.UserPassword; a
// credential query parameter (api_key, access_token, token, key, secret,
// client_secret, password...) set with url.Values Set or Add, in a
// url.Values literal, or written in a URL literal (anywhere); the
// password of a URL literal's userinfo (anywhere); the ClientSecret of a golang.org/x/oauth2 (or
// clientcredentials) Config; the key passed to (*jwt.Token).SignedString
// of github.com/golang-jwt/jwt (v3 to v5) and dgrijalva/jwt-go. Such a
// value must have at least 8 characters, no white space and 2.5 bits of
// entropy per character. Words are allowed there ("hunter2hunter",
// "password123"): the place proves it is a credential, and a weak one is
// still hard-coded.
//
// Reported by name, strictly: a literal assigned or passed to a variable,
// constant, field, map key or parameter whose name ends in password,
// secret, token, apikey, or key after api, secret, private, access,
// signing... (apiKey, clientSecret, DB_PASSWORD, authToken) — only if the
// value looks random: at least 12 characters mixing letters and digits,
// 3 bits of entropy per character, not a run of words, an identifier, a
// path or host name, a version, or a common password with digits
// ("Passw0rd2024"), and not the name of a thing: a header name
// (HTTP2-Settings, X-Amz-Security-Token), a media type
// (application/vnd.api+json), a dotted identifier or file name
// (com.acme.auth.SigningKey, tokens.v2.json). A parameter's name alone
// proves little (HeaderValuesContainsToken(h, "HTTP2-Settings") passes a
// header name to a parameter named token): the value must look random.
// Protocol acronyms (HTTP, TLS, gRPC, JWT...) count as words, so
// HTTP2Settings is a run of words. Names of other things (tokenURL,
// passwordReset, secretName, csrfToken, pageToken) are not secret names.
//
// Not reported: placeholders and examples (YOUR_API_KEY, <token>,
// changeme, xxxx…, runs and steps such as aaaa or abcd1234, values
// containing example, dummy, fake, sample, test, mock, placeholder or
// redacted — AWS's AKIAIOSFODNN7EXAMPLE, Stripe's sk_test_ and pk_ keys,
// jwt.io's "John Doe" token); templates and format strings (${VAR}, $VAR,
// {{.Token}}, %s); names (header names, media types, environment
// variable names such as GITHUB_TOKEN, token endpoint URLs); hashes, UUIDs and
// IDs that are neither of a credential form nor sent as one, nor given a
// secret's name; in URL literals, where documentation writes its
// examples, passwords to localhost, *.local, *.test or example hosts,
// equal to the user name, or common passwords (development defaults); a
// sink value that is not a constant (it comes from somewhere else);
// look-alike types and functions of other packages; generated files
// (the secret is reported where it was written); _test.go files, unless
// -secrets.tests is set. Messages show at most the first four characters
// of a secret (a quarter of a short one), never the secret.
//
// Fix (behaviour-changing: applied by the command only with -fix=all):
// the literal becomes os.Getenv("NAME"), keeping the rest of it
// ("Bearer " + os.Getenv("GITHUB_TOKEN")), and os is imported. NAME is
// the family's usual variable (GITHUB_TOKEN, STRIPE_SECRET_KEY,
// AWS_ACCESS_KEY_ID...), else the variable, constant or field's name in
// upper snake case (apiKey: API_KEY), else the sink's (API_TOKEN for an
// Authorization header, API_KEY for X-API-Key or api_key). A constant
// declared with the literal becomes a variable; no fix is offered where
// the value must stay constant (the constant is used in another
// constant or an array length, or is exported), for a constant in a
// group (splitting it would disturb its iota and implicit values), for an
// unused local constant, for a literal of a named string type, a struct
// tag, two secrets of one variable in one literal, or a secret written in
// another package. Setting the variable, and rotating the secret, which
// the repository's history still holds, are left to you.
package secrets
