package families

// Look-alikes of every family that the secrets rule must not report:
// placeholders, documentation examples, test-mode keys, failed checksums,
// tokens glued into longer words, too short or too regular values.
var lookalikes = []string{
	// GitHub: a wrong checksum, placeholders, a glued prefix, short.
	"ghp_gOkCQLgpF65dPJKxf7qg7wQ8WKqa6j4aQIS6",
	"ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	"ghp_000000000000000000000000000000000000",
	"ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij",
	"x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",
	"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x",
	"ghp_YOUR_TOKEN_HERE",
	"gho_16C7e42F292c6912E7710c838347Ae178B4a",
	"github_pat_11ABCDEFG0123456789_abcdef",
	"github_pat_<your-token>",
	// GitLab
	"glpat-xxxxxxxxxxxxxxxxxxxx",
	"glpat-<your-access-token>",
	"glpat-",
	// Slack: documentation tokens, webhooks of zeros and X's.
	"xoxb-not-a-real-token-this-will-not-work",
	"xoxb-1234567890-1234567890-abcdefghijklmnopqrstuvwx",
	"xoxp-XXXXXXXXXXXX-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
	"xoxa-2-your-token",
	"xoxr-",
	"xapp-1-XXXXXXXXXXX-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
	"https://hooks.slack.com/services/",
	"https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/your-webhook-token",
	// Stripe: test mode, publishable keys, placeholders.
	"sk_test_4eC39HqLyjWDarjtT1zdp7dc8fj3k2Lm0qPz",
	"pk_live_51H8xYzKp3mN2qR7sT9uV4wX6yZ1aB3cD5eF7gH9iJ",
	"pk_test_TYooMQauvdEDq54NiTphI7jx",
	"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
	"rk_live_...",
	"whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	"whsec_...",
	// AWS: the documented example pair, X's, a lone 40-character string.
	"AKIAIOSFODNN7EXAMPLE",
	"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	"AKIAXXXXXXXXXXXXXXXX",
	"ASIAAAAAAAAAAAAAAAAA",
	"+hwBZwSawp5AqSnWxFxQsoJO0W4zGVuDvXsuGrHW",
	"arn:aws:iam::123456789012:role/S3Access",
	// Google
	"AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
	"AIzaSy_your_api_key",
	"ya29.your-access-token",
	"ya29.",
	// OpenAI, Anthropic
	"sk-proj-your-api-key",
	"sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	"sk-...",
	"sk-ant-api03-...",
	"sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	// SendGrid, Twilio
	"SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	"SG.your_api_key",
	"AC6be7bee98943c7a193d4120f96a4521f",
	"MASK6be7bee98943c7a193d4120f96a4521f",
	"SK00000000000000000000000000000000",
	"SKIP_THIS_STEP_WHEN_RUNNING_LOCALLY",
	// npm, PyPI, Hugging Face
	"npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	"npm_config_registry_url_for_this_package",
	"pypi-AgEIcHlwaS5vcmc<your-token>",
	"pypi-token",
	"hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	"hf_hub_download_timeout_seconds_default",
	// DigitalOcean, Vault, Shopify
	"dop_v1_0000000000000000000000000000000000000000000000000000000000000000",
	"dop_v1_<token>",
	"hvs.XXXXXXXXXXXXXXXXXXXXXXXX",
	"hvs.your-vault-token",
	"shpat_00000000000000000000000000000000",
	"shpat_<access_token>",
	"shpss_your_shared_secret",
	// JWTs: unsigned, jwt.io's example, a header that is not JSON.
	"eyJhbGciOiJub25lIn0.eyJzdWIiOiI5MzUwMiIsInNjb3BlIjoiYWRtaW4iLCJpYXQiOjE3MTgwMDAwMDB9.ihByB4L8yKv2X-VINEFjK1ywEZ1e1AMcZ9A-_NN1wk7",
	"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
	"eyJub3RKU09OYXRhbGxhYWFhYWFh.eyJzdWIiOiI5MzUwMiIsInNjb3BlIjoiYWRtaW4ifQ.WPdNMSZHtQ2gMeEYC9PYjdy1fZ2z",
	"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
	// PEM: markers, elided and public keys.
	"-----BEGIN RSA PRIVATE KEY-----",
	"-----END PRIVATE KEY-----",
	"-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
	"-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END EC PRIVATE KEY-----",
	"-----BEGIN PUBLIC KEY-----\nGuUmKi919WnwGOnv31Ej7SJCHb5HCNBfTSfVjP94BotJLOA7hRDA0c5G6UyFcIe2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB\n-----END PUBLIC KEY-----",
	"-----BEGIN CERTIFICATE-----\nJCHb5HCNBfTSfVjP94BotJLOA7hRDA0c5G6UyFcIe2WYXhaY0yR5AzHm9QNPkM0V62WcNWXBQ6HpOne3ONwcZny9q5ENMksi\n-----END CERTIFICATE-----",
}
