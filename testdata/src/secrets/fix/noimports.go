package fix

var slackHook = "https://hooks.slack.com/services/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" // want `Slack webhook URL`

var dbURL = "postgres://app:Aof3fYrxGoZx0KcDnEYG@db.internal:5432/app" // want `password in URL`

func index() byte {
	return "E5sMV4kCL4XQpIk0-npm_j6fOXrwVc6XpMeuVPTmznwagteU64Kjo1m8j"[0] // want `npm access token`
}
