// Package families has a token of every family the secrets rule knows,
// in the places tokens are written. Every token in this package was
// generated at random for this test; none was ever issued by the service
// it imitates.
package families

import "net/http"

// Each family, on its own.
var tokens = []string{
	"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",                                                                                      // want `^GitHub personal access token \(ghp_…\) hard-coded: anyone with the source has it; read it from the environment \(GITHUB_TOKEN\)$`
	"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",                                                                                      // want `GitHub OAuth access token \(gho_…\) hard-coded.*\(GITHUB_TOKEN\)`
	"ghu_0gFZ59YM99QHftdYKx8c1nqCLBl0a13GebQ8",                                                                                      // want `GitHub user-to-server token \(ghu_…\)`
	"ghs_LugcgSGCAaobo9bctpZECN3FCw3MNR0X3xPD",                                                                                      // want `GitHub server-to-server token \(ghs_…\)`
	"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",                                                                                      // want `GitHub refresh token \(ghr_…\)`
	"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",                                 // want `GitHub fine-grained personal access token \(gith…\)`
	"glpat-FAVWBIxx_Ej2FTtzMc2L",                                                                                                    // want `GitLab personal access token \(glpa…\).*\(GITLAB_TOKEN\)`
	"xoxb-192676964784-5712333183055-SpoSQE55eg0g3MIUsnNm1U0N",                                                                      // want `Slack bot token \(xoxb…\).*\(SLACK_TOKEN\)`
	"xoxp-529504466217-164482602209-1215464512810-a3df699145f49d479cd9788d9f3739b8",                                                 // want `Slack user token \(xoxp…\)`
	"xoxa-2-375530396130-5791643860403-55ee32613935f997d578c92211384505",                                                            // want `Slack workspace token \(xoxa…\)`
	"xoxr-586311044806-Nrwj1cbcrgXTk3i4sxEzgDbgqStbJu9G6vNImk17",                                                                    // want `Slack refresh token \(xoxr…\)`
	"xapp-1-APFX1ACITF3-4331230273083-669997e9793f171c2490c626de656097a203a2920cb0a8fdf9068e4ceea65adf",                             // want `Slack app-level token \(xapp…\).*\(SLACK_APP_TOKEN\)`
	"https://hooks.slack.com/services/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",                                               // want `Slack webhook URL \(http…\).*\(SLACK_WEBHOOK_URL\)`
	"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",                   // want `Stripe live secret key \(sk_l…\).*\(STRIPE_SECRET_KEY\)`
	"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",                   // want `Stripe live restricted key \(rk_l…\)`
	"whsec_POCcBEF8m5GkOXhiY5ydVCQkdbDovoNq",                                                                                        // want `Stripe webhook signing secret \(whse…\).*\(STRIPE_WEBHOOK_SECRET\)`
	"ASIA2IQ44ZKCJKCKVFCY",                                                                                                          // want `AWS temporary access key ID \(ASIA…\).*\(AWS_ACCESS_KEY_ID\)`
	"AIzaP8YDQXYsRe-7VBmgtmYkYtsS6FIbf-Hc7EN",                                                                                       // want `Google API key \(AIza…\).*\(GOOGLE_API_KEY\)`
	"ya29.AZCEMGO0J4QZYPJNVYgMb1uFlQML2nT7Ml7Vq6_NRQpO5ADshEmbxj72zVXOLq2oXCqad7HTaJKmlyXbF3DwEp78eRhhieTK3nJ99Cc7DHgTvpKqyY9CCtw5", // want `Google OAuth access token \(ya29…\).*\(GOOGLE_OAUTH_TOKEN\)`
	"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", // want `OpenAI API key \(sk-p…\).*\(OPENAI_API_KEY\)`
	"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",                                                          // want `OpenAI API key \(sk-w…\)`
	"sk-ant-api03-YGVXaYi4E-fLuozG3zu_jnsde9FsTenWO3236mexWpgFIc411NCTOFcLb8in32W4SAHZnVhwan8wqnoNcl478C54yvoq0AA", // want `Anthropic API key \(sk-a…\).*\(ANTHROPIC_API_KEY\)`
	"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",                                        // want `SendGrid API key \(SG\.t…\).*\(SENDGRID_API_KEY\)`
	"SK6be7bee98943c7a193d4120f96a4521f",                                                                           // want `Twilio API key \(SK6b…\).*\(TWILIO_API_KEY\)`
	"npm_j6fOXrwVc6XpMeuVPTmznwagteU64Kjo1m8j",                                                                     // want `npm access token \(npm_…\).*\(NPM_TOKEN\)`
	"pypi-AgEIcHlwaS5vcmcKqK27C3jUVuMdRFl8ZC-_HDsjret5hCGmzUTEuMfqEDhvjSzdFrWEKy6UtPnotF79EcJkshPmUENSxdqzUdW4xqd4qT5J5dEQ7wgW1BRAasJcHScbK4hmTEmgBO6flN_Fsr7XyjRv6WeAC6a9hKFuo", // want `PyPI API token \(pypi…\).*\(PYPI_TOKEN\)`
	"hf_9rijiBg3hp1DI5E9vt68KxfJKzOelkC5nw",                                                           // want `Hugging Face access token \(hf_9…\).*\(HF_TOKEN\)`
	"dop_v1_8bc16749ddf117240a2789023f2f69c531bf267dfa5acdd3a813ee484a7348c5",                         // want `DigitalOcean token \(dop_…\).*\(DIGITALOCEAN_TOKEN\)`
	"hvs.kBXEWZrT8YwWcXFlW5q9FsJa9ytM0nqr-BSGuXolr4gCMYdmhm6iuf5DmHSyPkCwQE_ndJ6ZujG1Gid5LpewT7uYInx", // want `HashiCorp Vault token \(hvs\.…\).*\(VAULT_TOKEN\)`
	"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",                                                          // want `Shopify access token \(shpa…\).*\(SHOPIFY_ACCESS_TOKEN\)`
	"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",                                                          // want `Shopify shared secret \(shps…\).*\(SHOPIFY_SHARED_SECRET\)`
	"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5MzUwMiIsInNjb3BlIjoiYWRtaW4iLCJpYXQiOjE3MTgwMDAwMDB9.WPdNMSZHtQ2gMeEYC9PYjdy1fZ2z_MozkHuoQoiJYZe", // want `JSON Web Token \(eyJh…\)`
	"-----BEGIN RSA PRIVATE KEY-----\nOndSlMQVc9yyQ++EcSOYadQjifOZl8vX588WVZx90W3CX2clTEwQuvQOgOiNYDjo\nF0hdy5pojtBq4/AZg2povsSiGP4Ku5TWbJuIlYeiRPKyS/9xDOFwTYi1/mKjhc+1\nLKfOmcgnwI2LHoBjQep4NfavkI1C5eDn+2mfRVrKuU0a8z5m4pmll1cZ4G9+A04E\nEHYC2CogFxWSIPy36mWYHEMPyW22rHqbwYJocUU3YcDgIiAjbeQ5xqBoRrL3ALnA\nMUxSiwPEUXYHtu/Te7Ngpr/FDEkjwiuHVxDuSWYiNtoFEh2ghRhrc8xSkE3E5EiI\ngCDkQUJyykYcr6Vx3m71AoYclDLmLEpVymZ5XGQberYeNnGUIRwV4UyGi4k2maRb\nN8PSBbEb4/zR4hnTFaf2y1UhlAGn+GuWdCk1euSgSU7viIMJYEm9zwAqON9VPqhz\nx6ocaRryl+VHUTq6+u5NsSHQ4hZRWqG9b/KLIZpQ8iqq6LM/t7Ga1E7wByTGhC/E\nsksHIQ2h4zbDJFxEbpD80ZpBIdZwQHsZ/hu07Pt5NrFXu/KaCf6oW3aTLtoaSxqD\nlq1ZYwceNX1q9QmNDOyWBKkAFAXOP3N8BG/oRrmrjaI2jNx6xOkijLO9eJc3COO/\naaAeRnA+DxGNEIcX1H7YupLDHK5Qo8WPopupq78fFBGIoXUQMqoGZ7LBnqptPXT+\nAWteKjh1yq69BV5fla6CP4xL75ZNmClMqnD0AYCDP89ghQvswCFxvLiJacD3QQhM\n-----END RSA PRIVATE KEY-----\n", // want `private key \(----…\).*\(PRIVATE_KEY\)`
}

// Where tokens are written: constants, fields, arguments, headers,
// inside longer strings.
const gitHubToken = "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" // want `GitHub personal access token \(ghp_…\)`

type config struct {
	Key    string
	Region string
}

var stripe = config{Key: "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", Region: "eu"} // want `Stripe live secret key`

func call(req *http.Request) {
	req.Header.Set("Authorization", "Bearer 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")                                 // want `GitHub personal access token \(ghp_…\)`
	use("npm_j6fOXrwVc6XpMeuVPTmznwagteU64Kjo1m8j")                                                                    // want `npm access token`
	use("https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=AIzaP8YDQXYsRe-7VBmgtmYkYtsS6FIbf-Hc7EN") // want `Google API key \(AIza…\)`
	use("token glpat-FAVWBIxx_Ej2FTtzMc2L for the CI")                                                                 // want `GitLab personal access token`
}

func use(string) {}

// An AWS secret access key is reported next to its access key ID, and
// both in one string.
var aws = []string{
	"AKIAMARFIAU6446I27X2",                     // want `AWS access key ID \(AKIA…\).*\(AWS_ACCESS_KEY_ID\)`
	"C6He+bRf3tfHZ1MVX1GmXtrLy/t8DXOlXa7orwrM", // want `AWS secret access key \(C6He…\).*\(AWS_SECRET_ACCESS_KEY\)`
}

var awsPair = "AKIAMARFIAU6446I27X2:C6He+bRf3tfHZ1MVX1GmXtrLy/t8DXOlXa7orwrM" // want `AWS access key ID \(AKIA…\) and another secret hard-coded`

// A PEM block in a raw string, and a PKCS#8 one.
var keys = map[string]string{
	"rsa":   "-----BEGIN RSA PRIVATE KEY-----\nOndSlMQVc9yyQ++EcSOYadQjifOZl8vX588WVZx90W3CX2clTEwQuvQOgOiNYDjo\nF0hdy5pojtBq4/AZg2povsSiGP4Ku5TWbJuIlYeiRPKyS/9xDOFwTYi1/mKjhc+1\nLKfOmcgnwI2LHoBjQep4NfavkI1C5eDn+2mfRVrKuU0a8z5m4pmll1cZ4G9+A04E\nEHYC2CogFxWSIPy36mWYHEMPyW22rHqbwYJocUU3YcDgIiAjbeQ5xqBoRrL3ALnA\nMUxSiwPEUXYHtu/Te7Ngpr/FDEkjwiuHVxDuSWYiNtoFEh2ghRhrc8xSkE3E5EiI\ngCDkQUJyykYcr6Vx3m71AoYclDLmLEpVymZ5XGQberYeNnGUIRwV4UyGi4k2maRb\nN8PSBbEb4/zR4hnTFaf2y1UhlAGn+GuWdCk1euSgSU7viIMJYEm9zwAqON9VPqhz\nx6ocaRryl+VHUTq6+u5NsSHQ4hZRWqG9b/KLIZpQ8iqq6LM/t7Ga1E7wByTGhC/E\nsksHIQ2h4zbDJFxEbpD80ZpBIdZwQHsZ/hu07Pt5NrFXu/KaCf6oW3aTLtoaSxqD\nlq1ZYwceNX1q9QmNDOyWBKkAFAXOP3N8BG/oRrmrjaI2jNx6xOkijLO9eJc3COO/\naaAeRnA+DxGNEIcX1H7YupLDHK5Qo8WPopupq78fFBGIoXUQMqoGZ7LBnqptPXT+\nAWteKjh1yq69BV5fla6CP4xL75ZNmClMqnD0AYCDP89ghQvswCFxvLiJacD3QQhM\n-----END RSA PRIVATE KEY-----\n", // want `private key \(----…\)`
	"pkcs8": "-----BEGIN PRIVATE KEY-----\nOndSlMQVc9yyQ++EcSOYadQjifOZl8vX588WVZx90W3CX2clTEwQuvQOgOiNYDjo\nF0hdy5pojtBq4/AZg2povsSiGP4Ku5TWbJuIlYeiRPKyS/9xDOFwTYi1/mKjhc+1\nLKfOmcgnwI2LHoBjQep4NfavkI1C5eDn+2mfRVrKuU0a8z5m4pmll1cZ4G9+A04E\nEHYC2CogFxWSIPy36mWYHEMPyW22rHqbwYJocUU3YcDgIiAjbeQ5xqBoRrL3ALnA\nMUxSiwPEUXYHtu/Te7Ngpr/FDEkjwiuHVxDuSWYiNtoFEh2ghRhrc8xSkE3E5EiI\ngCDkQUJyykYcr6Vx3m71AoYclDLmLEpVymZ5XGQberYeNnGUIRwV4UyGi4k2maRb\nN8PSBbEb4/zR4hnTFaf2y1UhlAGn+GuWdCk1euSgSU7viIMJYEm9zwAqON9VPqhz\nx6ocaRryl+VHUTq6+u5NsSHQ4hZRWqG9b/KLIZpQ8iqq6LM/t7Ga1E7wByTGhC/E\nsksHIQ2h4zbDJFxEbpD80ZpBIdZwQHsZ/hu07Pt5NrFXu/KaCf6oW3aTLtoaSxqD\nlq1ZYwceNX1q9QmNDOyWBKkAFAXOP3N8BG/oRrmrjaI2jNx6xOkijLO9eJc3COO/\naaAeRnA+DxGNEIcX1H7YupLDHK5Qo8WPopupq78fFBGIoXUQMqoGZ7LBnqptPXT+\nAWteKjh1yq69BV5fla6CP4xL75ZNmClMqnD0AYCDP89ghQvswCFxvLiJacD3QQhM\n-----END PRIVATE KEY-----",           // want `private key`
}
