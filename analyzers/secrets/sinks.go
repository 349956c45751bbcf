package secrets

import (
	"encoding/base64"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// This file finds credentials by where they go, whatever their form:
// headers, basic auth, query parameters, URL userinfo, OAuth2 client
// secrets and JWT signing keys.

const (
	oauth2Path            = "golang.org/x/oauth2"
	clientCredentialsPath = "golang.org/x/oauth2/clientcredentials"
)

// jwtPaths are the JWT libraries whose (*Token).SignedString takes the
// signing key.
var jwtPaths = []string{
	"github.com/golang-jwt/jwt/v5",
	"github.com/golang-jwt/jwt/v4",
	"github.com/golang-jwt/jwt",
	"github.com/dgrijalva/jwt-go",
}

// sinkPackages are the packages whose import makes a package worth
// searching for sinks.
var sinkPackages = append([]string{"net/http", "net/url", oauth2Path, clientCredentialsPath}, jwtPaths...)

// A sinkKind says what a value is sent as, and how to find the secret
// in it.
type sinkKind struct {
	name   string // the header or parameter, which is no value for itself
	what   string
	env    string
	harm   string
	secret func(v string) (start, end int, ok bool)
}

var (
	authorization = &sinkKind{what: "credential in the Authorization header", env: "API_TOKEN", secret: authCredential}
	basicAuth     = &sinkKind{what: "password of SetBasicAuth", env: "BASIC_AUTH_PASSWORD", secret: whole}
	userPassword  = &sinkKind{what: "password of url.UserPassword", env: "URL_PASSWORD", secret: whole}
	clientSecret  = &sinkKind{what: "OAuth2 client secret", env: "OAUTH_CLIENT_SECRET", secret: whole}
	signingKey    = &sinkKind{what: "JWT signing key", env: "JWT_SIGNING_KEY", harm: "anyone with the source can forge tokens", secret: whole}
)

// headerKind returns how a header carries a credential, or nil.
func headerKind(name string) *sinkKind {
	n := strings.ToLower(name)
	if n == "authorization" || n == "proxy-authorization" {
		return authorization
	}
	if !credentialHeader(n) {
		return nil
	}
	env := screamingSnake(strings.TrimPrefix(n, "x-"))
	return &sinkKind{name: name, what: "credential in the " + name + " header", env: env, secret: whole}
}

// credentialHeader reports whether a lower-case header name is one that
// APIs read a key or token from: X-API-Key, X-Auth-Token, Api-Key,
// X-Goog-Api-Key, PRIVATE-TOKEN, X-Vault-Token...
func credentialHeader(n string) bool {
	n = dropSeparators.Replace(strings.TrimPrefix(n, "x-"))
	switch n {
	case "token", "secret", "password", "apikey":
		return true
	}
	for _, s := range []string{"apikey", "apisecret", "authkey", "clientsecret", "secretkey", "accesskey", "token"} {
		if strings.HasSuffix(n, s) && !strings.HasPrefix(n, "csrf") && !strings.HasPrefix(n, "xsrf") {
			return true
		}
	}
	return false
}

// credentialParams are the query parameters that carry a credential,
// lower case and without separators.
var credentialParams = map[string]bool{
	"apikey": true, "accesstoken": true, "token": true, "key": true, "secret": true,
	"clientsecret": true, "password": true, "passwd": true, "pwd": true, "authtoken": true,
	"privatetoken": true, "refreshtoken": true, "apisecret": true, "apitoken": true,
	"secretkey": true, "accesskey": true, "sessiontoken": true, "appsecret": true, "auth": true,
}

func credentialParam(name string) bool {
	return credentialParams[dropSeparators.Replace(strings.ToLower(name))]
}

// paramSink returns how a query parameter carries a credential.
func paramSink(name string) *sinkKind {
	env := screamingSnake(name)
	switch env {
	case "KEY", "APIKEY":
		env = "API_KEY"
	case "TOKEN":
		env = "API_TOKEN"
	}
	return &sinkKind{name: name, what: "credential in query parameter " + name, env: env, secret: whole}
}

func whole(v string) (int, int, bool) {
	return 0, len(v), credentialLike(v)
}

// authCredential finds the credential in an Authorization header value:
// what follows the scheme (Bearer, Basic, token...), or the whole value
// if it has none. A Basic credential must decode to user:password.
func authCredential(v string) (int, int, bool) {
	start := 0
	if scheme, rest, ok := strings.Cut(v, " "); ok {
		start = len(v) - len(strings.TrimLeft(rest, " "))
		if strings.EqualFold(scheme, "basic") {
			// The base64 of user:password: judge the password.
			if dec, err := base64.StdEncoding.DecodeString(v[start:]); err == nil {
				_, pass, ok := strings.Cut(string(dec), ":")
				return start, len(v), ok && credentialLike(pass)
			}
		}
	}
	return start, len(v), credentialLike(v[start:])
}

// urlSecrets returns the credentials in a URL written as a literal: the
// password of its userinfo and the values of credential query
// parameters. URLs are where documentation writes its examples, so
// development defaults (a password to localhost or an example host,
// equal to the user name, or a common password) are not credentials.
func urlSecrets(v string) ([]span, string) {
	var spans []span
	what := ""
	if i := strings.Index(v, "://"); i >= 0 {
		authority := v[i+3:]
		if j := strings.IndexAny(authority, "/?#"); j >= 0 {
			authority = authority[:j]
		}
		if at := strings.LastIndexByte(authority, '@'); at >= 0 {
			user, pass, ok := strings.Cut(authority[:at], ":")
			host := authority[at+1:]
			if p, err := url.PathUnescape(pass); ok && err == nil && p != user && !devHost(host) && !placeholder(host) &&
				credentialLike(p) && !commonPassword(p) {
				start := i + 3 + len(user) + 1
				spans = append(spans, span{start, start + len(pass), "URL_PASSWORD"})
				what = "password in URL"
			}
		}
	}
	q := strings.IndexByte(v, '?')
	if q < 0 {
		return spans, what
	}
	end := len(v)
	if h := strings.IndexByte(v[q:], '#'); h >= 0 {
		end = q + h
	}
	for pos := q + 1; pos < end; {
		param := v[pos:end]
		if amp := strings.IndexByte(param, '&'); amp >= 0 {
			param = param[:amp]
		}
		name, value, ok := strings.Cut(param, "=")
		if ok && credentialParam(name) {
			if u, err := url.QueryUnescape(value); err == nil && credentialLike(u) {
				start := pos + len(name) + 1
				k := paramSink(name)
				spans = append(spans, span{start, start + len(value), k.env})
				if what == "" {
					what = k.what
				}
			}
		}
		pos += len(param) + 1
	}
	return spans, what
}

// devHost reports whether a URL's host is a development machine, whose
// passwords are defaults.
func devHost(host string) bool {
	h := host
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.HasSuffix(h, "]") {
		h = h[:i]
	}
	h = strings.ToLower(strings.Trim(h, "[]"))
	return h == "localhost" || h == "::1" || strings.HasPrefix(h, "127.") || h == "0.0.0.0" ||
		strings.HasSuffix(h, ".local") || strings.HasSuffix(h, ".localhost") || strings.HasSuffix(h, ".test") ||
		strings.HasSuffix(h, ".example") || strings.HasSuffix(h, ".invalid")
}

// sink checks a call, composite literal or assignment that sends a
// value somewhere credentials go.
func (c *checker) sink(cur inspector.Cursor) {
	info := c.pass.TypesInfo
	switch n := cur.Node().(type) {
	case *ast.CallExpr:
		fn := match.Callee(info, n)
		if fn == nil || len(n.Args) == 0 {
			return
		}
		args := n.Args
		last := args[len(args)-1]
		switch {
		case knowledge.HeaderWrites.Has(fn) && len(args) >= 2:
			if name, ok := c.constString(args[len(args)-2]); ok {
				if k := headerKind(name); k != nil {
					c.check(last, k)
				}
			}
		case knowledge.BasicAuth.Has(fn) && len(args) >= 2:
			c.check(last, basicAuth)
		case knowledge.URLPasswords.Has(fn) && len(args) == 2:
			c.check(last, userPassword)
		case knowledge.ParamWrites.Has(fn) && len(args) >= 2:
			if name, ok := c.constString(args[len(args)-2]); ok && credentialParam(name) {
				c.check(last, paramSink(name))
			}
		case isSignedString(fn):
			if key := c.byteKey(last); key != nil {
				c.check(key, signingKey)
			}
		}
	case *ast.CompositeLit:
		t := info.TypeOf(n)
		switch {
		case knowledge.Header.IsValue(t):
			c.mapLit(n, headerKind)
		case knowledge.URLValues.IsValue(t):
			c.mapLit(n, func(name string) *sinkKind {
				if credentialParam(name) {
					return paramSink(name)
				}
				return nil
			})
		case match.IsValueOf(t, oauth2Path, "Config") || match.IsValueOf(t, clientCredentialsPath, "Config"):
			if kv := match.KeyedField(n, "ClientSecret"); kv != nil {
				c.check(kv.Value, clientSecret)
			}
		}
	case *ast.AssignStmt:
		if len(n.Lhs) != len(n.Rhs) {
			return
		}
		for i, lhs := range n.Lhs {
			switch lhs := match.Unparen(lhs).(type) {
			case *ast.IndexExpr: // h["Authorization"] = []string{...}
				name, ok := c.constString(lhs.Index)
				if !ok {
					continue
				}
				var k *sinkKind
				switch t := info.TypeOf(lhs.X); {
				case knowledge.Header.IsValue(t):
					k = headerKind(name)
				case knowledge.URLValues.IsValue(t) && credentialParam(name):
					k = paramSink(name)
				}
				if k != nil {
					c.stringsLit(n.Rhs[i], k)
				}
			case *ast.SelectorExpr: // conf.ClientSecret = "..."
				field, owner := match.SelectedField(info, lhs)
				if field != nil && (match.IsField(field, owner, oauth2Path, "Config", "ClientSecret") ||
					match.IsField(field, owner, clientCredentialsPath, "Config", "ClientSecret")) {
					c.check(n.Rhs[i], clientSecret)
				}
			}
		}
	}
}

// mapLit checks the values of an http.Header or url.Values literal.
func (c *checker) mapLit(lit *ast.CompositeLit, kind func(string) *sinkKind) {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if name, ok := c.constString(kv.Key); ok {
			if k := kind(name); k != nil {
				c.stringsLit(kv.Value, k)
			}
		}
	}
}

// stringsLit checks the elements of a []string literal.
func (c *checker) stringsLit(e ast.Expr, k *sinkKind) {
	if lit, ok := match.Unparen(e).(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			c.check(elt, k)
		}
	}
}

func isSignedString(fn *types.Func) bool {
	for _, p := range jwtPaths {
		if match.IsMethod(fn, p, "Token", "SignedString") {
			return true
		}
	}
	return false
}

// byteKey returns the constant string expression behind a JWT key:
// []byte("..."), or a variable initialized so.
func (c *checker) byteKey(e ast.Expr) ast.Expr {
	info := c.pass.TypesInfo
	for range 3 {
		if _, ok := c.constString(e); ok {
			return e
		}
		switch x := match.Unparen(e).(type) {
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				return x.Args[0]
			}
			return nil
		case *ast.Ident:
			v, ok := info.Uses[x].(*types.Var)
			if !ok || v.Pkg() != c.pass.Pkg {
				return nil
			}
			init := c.initializer(v)
			if init == nil {
				return nil
			}
			e = init
		default:
			return nil
		}
	}
	return nil
}

// initializer returns the expression a variable or constant of this
// package is declared with, or nil.
func (c *checker) initializer(obj types.Object) ast.Expr {
	cur, ok := c.insp.Root().FindByPos(obj.Pos(), obj.Pos()+token.Pos(len(obj.Name())))
	if !ok {
		return nil
	}
	spec, ok := cur.Parent().Node().(*ast.ValueSpec)
	if !ok || len(spec.Names) != len(spec.Values) {
		return nil
	}
	for i, name := range spec.Names {
		if name.Pos() == obj.Pos() {
			return spec.Values[i]
		}
	}
	return nil
}

func (c *checker) constString(e ast.Expr) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// check reports the constant string e if it holds a credential for the
// sink k. The finding goes on the literal that holds the credential,
// followed through constants and concatenations, so that the fix
// replaces the secret where it is written.
func (c *checker) check(e ast.Expr, k *sinkKind) {
	v, ok := c.constString(e)
	if !ok {
		return
	}
	start, end, ok := k.secret(v)
	if !ok || strings.EqualFold(v, k.name) || len(findTokens(v)) > 0 {
		return // not a credential, or a token of a known form, reported where it is written
	}
	secret := v[start:end]
	harm := k.harm
	if harm == "" {
		harm = leaks
	}
	lit, name := c.origin(e, secret, 0)
	if lit == nil {
		c.add(&finding{node: e, value: secret, spans: []span{{0, len(secret), k.env}}, what: k.what, harm: harm, prio: bySink})
		return
	}
	value, _ := strconv.Unquote(lit.Value)
	i := strings.Index(value, secret)
	env := k.env
	if name != "" && secretName(name) {
		env = screamingSnake(name)
	}
	c.add(&finding{node: lit, lit: lit, value: value, spans: []span{{i, i + len(secret), env}}, what: k.what, harm: harm, prio: bySink})
}

// origin returns the string literal of this package that holds s in the
// constant expression e, following parentheses, concatenations and
// constants, and the name of the constant it was found through.
func (c *checker) origin(e ast.Expr, s string, depth int) (*ast.BasicLit, string) {
	if depth > 8 {
		return nil, ""
	}
	switch x := match.Unparen(e).(type) {
	case *ast.BasicLit:
		if v, err := strconv.Unquote(x.Value); err == nil && strings.Contains(v, s) {
			return x, ""
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			if lit, name := c.origin(x.X, s, depth+1); lit != nil {
				return lit, name
			}
			return c.origin(x.Y, s, depth+1)
		}
	case *ast.Ident:
		if k, ok := c.pass.TypesInfo.Uses[x].(*types.Const); ok && k.Pkg() == c.pass.Pkg {
			if init := c.initializer(k); init != nil {
				lit, name := c.origin(init, s, depth+1)
				if name == "" {
					name = k.Name()
				}
				return lit, name
			}
		}
	}
	return nil, ""
}
