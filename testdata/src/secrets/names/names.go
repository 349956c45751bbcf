// Package names gives random values the names of secrets. Every value
// here was generated at random for this test.
package names

const apiKey = "1oa8fmAeLD1gWHs4OljK" // want `^secret assigned to apiKey \(1oa8…\) hard-coded: anyone with the source has it; read it from the environment \(API_KEY\)$`

var clientSecret = "DfGintt0ovwalYxP4u" // want `secret assigned to clientSecret \(DfGi…\).*\(CLIENT_SECRET\)`

var signingKey = []byte("JCHb5HCNBfTSfVjP94BotJLOA7hRDA0c5G6UyFcI") // want `secret assigned to signingKey \(JCHb…\).*\(SIGNING_KEY\)`

const AWS_SECRET_ACCESS_KEY = "+hwBZwSawp5AqSnWxFxQsoJO0W4zGVuDvXsuGrHW" // want `AWS secret access key \(\+hwB…\).*\(AWS_SECRET_ACCESS_KEY\)`

var githubToken = "7caea6468679a107cdd6b6d8090ac3584a127dac" // want `secret assigned to githubToken \(7cae…\).*\(GITHUB_TOKEN\)`

type Config struct {
	User      string
	Password  string
	AuthToken string
	Settings  map[string]string
}

func configure(cfg *Config) {
	dbPassword := "zpt3qlfDlH9us1" // want `secret assigned to dbPassword \(zpt…\).*\(DB_PASSWORD\)`
	_ = dbPassword
	cfg.AuthToken = "Q6HpOne3ONwcZny9q5ENMksi" // want `secret assigned to AuthToken \(Q6Hp…\).*\(AUTH_TOKEN\)`
	*cfg = Config{
		User:     "svc-reports",
		Password: "edfJRnZS8w2Ma5wU", // want `secret assigned to Password \(edfJ…\).*\(PASSWORD\)`
	}
	cfg.Settings = map[string]string{
		"region":        "eu-west-1",
		"client_secret": "e2WYXhaY0yR5AzHm9QNPkM0V62WcNWXB", // want `secret assigned to client_secret \(e2WY…\).*\(CLIENT_SECRET\)`
	}
	cfg.Settings["api_key"] = "E5sMV4kCL4XQpIk0"   // want `secret assigned to api_key \(E5sM…\).*\(API_KEY\)`
	connect("svc-reports", "Aof3fYrxGoZx0KcDnEYG") // want `secret assigned to password \(Aof3…\).*\(PASSWORD\)`
	var (
		privateKey   = "5f6484ddc56227c91472b74a1b8348ed" // want `secret assigned to privateKey \(5f64…\)`
		sessionToken = "Xk9#mP2$qR7!vL4@"                 // want `secret assigned to sessionToken \(Xk9#…\)`
	)
	_, _ = privateKey, sessionToken
}

func connect(user, password string) {}

// A random value passed to a parameter named token is still reported.
func useToken(token string) {}

func tokens() {
	useToken("tk3Vq9LmZ0pXr7Wc2Yb8") // want `secret assigned to token \(tk3V…\).*\(TOKEN\)`
}
