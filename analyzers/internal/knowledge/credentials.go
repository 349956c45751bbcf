package knowledge

// Where credentials go on a request.

// HeaderWrites set a header: the name and the value are their last two
// arguments.
var HeaderWrites = NewTable(
	Row{Pkg: "net/http", Recv: "Header", Names: []string{"Set", "Add"}, Why: "Set(key, value), Add(key, value)"},
)

// ParamWrites set a query or form parameter: the name and the value are
// their last two arguments.
var ParamWrites = NewTable(
	Row{Pkg: "net/url", Recv: "Values", Names: []string{"Set", "Add"}, Why: "Set(key, value), Add(key, value)"},
)

// BasicAuth sets a request's Authorization header from a user name and
// a password, its last argument.
var BasicAuth = NewTable(
	Row{Pkg: "net/http", Recv: "Request", Names: []string{"SetBasicAuth"}, Why: "SetBasicAuth(username, password)"},
)

// URLPasswords build URL userinfo with a password, their last argument.
var URLPasswords = NewTable(
	Row{Pkg: "net/url", Names: []string{"UserPassword"}, Why: "UserPassword(username, password)"},
)
