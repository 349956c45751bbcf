package knowledge

import (
	"go/types"
	"slices"
)

// The types the rules follow.
var (
	Client         = Type{"net/http", "Client"}
	Transport      = Type{"net/http", "Transport"}
	Request        = Type{"net/http", "Request"}
	Response       = Type{"net/http", "Response"}
	Header         = Type{"net/http", "Header"}
	ResponseWriter = Type{"net/http", "ResponseWriter"}
	TLSConfig      = Type{"crypto/tls", "Config"}
	URLValues      = Type{"net/url", "Values"}

	// DefaultClient is the variable http.DefaultClient: a Client with no
	// Timeout, which the package-level helpers send with.
	DefaultClient = Type{"net/http", "DefaultClient"}
	// NoBody is http.NoBody, the body that is known to be empty.
	NoBody = Type{"net/http", "NoBody"}
)

// HTTPPackages are the packages whose direct import lets a package hold
// clients, requests and responses. A package that imports none of them
// has nothing to report for the rules about clients: they return early.
var HTTPPackages = []string{"net/http"}

// IsHTTPFunc reports whether fn is a function or method of one of
// HTTPPackages: every function the send and request tables list is one,
// so that an index of a package's calls need only look these up.
func IsHTTPFunc(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && slices.Contains(HTTPPackages, fn.Pkg().Path())
}

// A SendKind says how a call sends a request.
type SendKind int

const (
	NotSend SendKind = iota
	// ClientSend is a method of a client: it follows redirects, and the
	// client's Timeout bounds it.
	ClientSend
	// DefaultClientSend is a package-level helper that sends with
	// http.DefaultClient, which has no Timeout.
	DefaultClientSend
	// RoundTrip is one exchange on a transport: no redirects, no client
	// Timeout; what bounds it is the transport's own timeouts or the
	// request's context.
	RoundTrip
)

var sends = map[SendKind]*Table{
	ClientSend: NewTable(
		Row{Pkg: "net/http", Recv: "Client", Names: []string{"Do", "Get", "Head", "Post", "PostForm"},
			Why: "the methods of http.Client that send a request"},
	),
	DefaultClientSend: NewTable(
		Row{Pkg: "net/http", Names: []string{"Get", "Head", "Post", "PostForm"},
			Why: "documented as wrappers around DefaultClient's methods"},
	),
	RoundTrip: NewTable(
		Row{Pkg: "net/http", Recv: "Transport", Names: []string{"RoundTrip"}, Why: "the standard transport"},
		Row{Pkg: "net/http", Recv: "RoundTripper", Names: []string{"RoundTrip"}, Why: "any transport, behind the interface"},
	),
}

// Send returns how a call of fn sends a request, or NotSend.
func Send(fn *types.Func) SendKind {
	for _, k := range []SendKind{ClientSend, DefaultClientSend, RoundTrip} {
		if sends[k].Has(fn) {
			return k
		}
	}
	return NotSend
}

// IsDoer reports whether fn is a Do or RoundTrip method of an interface
// with the signature of http.Client.Do: the usual `type Doer interface`
// that code declares so that tests can swap the client. Whatever is
// behind it sends the request.
func IsDoer(fn *types.Func) bool {
	if fn == nil || fn.Name() != "Do" && fn.Name() != "RoundTrip" {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) &&
		sig.Params().Len() == 1 && Request.IsPointer(sig.Params().At(0).Type()) &&
		sig.Results().Len() == 2 && Response.IsPointer(sig.Results().At(0).Type())
}

// NewRequests build a client request.
var NewRequests = NewTable(
	Row{Pkg: "net/http", Names: []string{"NewRequest", "NewRequestWithContext"}, Why: "the documented constructors of a client request"},
)

// ContextRequests build a request that carries the context passed as
// their first argument.
var ContextRequests = NewTable(
	Row{Pkg: "net/http", Names: []string{"NewRequestWithContext"}, Why: "the request carries ctx"},
	Row{Pkg: "net/http", Recv: "Request", Names: []string{"WithContext", "Clone"}, Why: "a copy of the request that carries ctx"},
)

// RequestCopies return a copy of their receiver with another context.
var RequestCopies = NewTable(
	Row{Pkg: "net/http", Recv: "Request", Names: []string{"WithContext", "Clone"},
		Why: "a shallow (WithContext) or deep (Clone) copy of the request with the given context"},
)

// BodySinks take a request body to send, and only read it.
var BodySinks = NewTable(
	Row{Pkg: "net/http", Names: []string{"NewRequest", "NewRequestWithContext", "Post"}, Why: "the body argument becomes the request's body"},
	Row{Pkg: "net/http", Recv: "Client", Names: []string{"Post"}, Why: "the body argument becomes the request's body"},
	Row{Pkg: "net/http/httptest", Names: []string{"NewRequest", "NewRequestWithContext"}, Why: "the body argument becomes the request's body"},
)

// RequestObservers only look at a request: print, log or dump it.
var RequestObservers = NewTable(
	Row{Pkg: "net/http/httputil", Names: []string{"DumpRequest", "DumpRequestOut"}, Why: "copies the body back before returning"},
)

// observerPackages are packages whose functions only format what they
// are given.
var observerPackages = []string{"fmt", "log", "log/slog", "testing"}

// ObservesRequest reports whether a call of fn only looks at a request
// it is given.
func ObservesRequest(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && slices.Contains(observerPackages, fn.Pkg().Path()) || RequestObservers.Has(fn)
}

// UnownedResponses return a response whose body nobody waits for the
// caller to close.
var UnownedResponses = NewTable(
	Row{Pkg: "net/http/httptest", Recv: "ResponseRecorder", Names: []string{"Result"},
		Why: "a recorded response: its body is a bytes.Reader"},
	Row{Pkg: "net/http", Names: []string{"ReadResponse"},
		Why: "parsed off a connection the caller owns (a proxy CONNECT, a hijacked conn): its body reads that connection, and no transport waits for it to be closed"},
	Row{Pkg: "github.com/dghubble/sling", Recv: "Sling", Names: []string{"Do", "Receive", "ReceiveSuccess"},
		Why: "Do defers resp.Body.Close() (after draining it) and decodes the body itself; the response comes back for its status and headers"},
)

// ResponseSends are functions of other modules that send a request and
// return the response as net/http's client does: the body is the
// caller's to close, and nobody looked at the status. They are what a
// call of them is judged by when their package is not analyzed in the
// same run (with its code, the analysis facts say the same); without a
// row, a function of another package that returns a response is taken to
// have checked its status, as API clients usually do.
var ResponseSends = NewTable(
	Row{Pkg: "golang.org/x/net/context/ctxhttp", Names: []string{"Do", "Get", "Head", "Post", "PostForm"},
		Why: "client.Do(req.WithContext(ctx)) and nothing else: any status, body open"},
	Row{Pkg: "github.com/hashicorp/go-retryablehttp", Recv: "Client", Names: []string{"Do", "Get", "Head", "Post", "PostForm"},
		Why: "retries connection errors, 5xx and 429 under DefaultRetryPolicy, and returns any other status (a 404) with a nil error and the body open; drains only the bodies it retries"},
	Row{Pkg: "github.com/hashicorp/go-retryablehttp", Names: []string{"Get", "Head", "Post", "PostForm"},
		Why: "the same through a package-level default client"},
)

// BuildsTransport reports whether a call of fn returns a new transport,
// with a connection pool of its own.
func BuildsTransport(fn *types.Func) bool { return transportBuilders.Has(fn) }

var transportBuilders = NewTable(
	Row{Pkg: "net/http", Recv: "Transport", Names: []string{"Clone"}, Why: "a deep copy with an empty connection pool"},
)

// IsHandler reports whether sig is that of an http.HandlerFunc: a
// function that serves one incoming request.
func IsHandler(sig *types.Signature) bool {
	return sig != nil && sig.Params().Len() == 2 &&
		ResponseWriter.IsValue(sig.Params().At(0).Type()) &&
		Request.IsPointer(sig.Params().At(1).Type())
}

// TestingT is testing.T or testing.B: a test that can fail with Fatalf.
func TestingT(t types.Type) bool {
	return testingT.IsPointer(t) || testingB.IsPointer(t)
}

var (
	testingT = Type{"testing", "T"}
	testingB = Type{"testing", "B"}
)

// TakesRequest reports whether a call of fn sends the request it is
// given: Client.Do, a round trip, or a Doer interface's method.
func TakesRequest(fn *types.Func) bool {
	switch Send(fn) {
	case ClientSend:
		return fn.Name() == "Do"
	case RoundTrip:
		return true
	}
	return IsDoer(fn)
}

// IsRoundTripper reports whether fn is a RoundTrip method of a type of
// the package being analyzed or another: a transport that may change the
// requests it sends (set headers, sign them).
func IsRoundTripper(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	return fn.Name() == "RoundTrip" && sig.Recv() != nil && sig.Params().Len() == 1 &&
		Request.IsPointer(sig.Params().At(0).Type())
}

// HeaderKeys canonicalize a header name: the name is their argument.
var HeaderKeys = NewTable(
	Row{Pkg: "net/http", Names: []string{"CanonicalHeaderKey"}, Why: "returns its argument in canonical form"},
	Row{Pkg: "net/textproto", Names: []string{"CanonicalMIMEHeaderKey"}, Why: "returns its argument in canonical form"},
)

// FormEncodings return a form-encoded body.
var FormEncodings = NewTable(
	Row{Pkg: "net/url", Recv: "Values", Names: []string{"Encode"}, Why: "application/x-www-form-urlencoded"},
)

// JSONEncodings return the bytes of a JSON document as their first
// result: a body made of them is JSON.
var JSONEncodings = NewTable(
	Row{Pkg: "encoding/json", Names: []string{"Marshal", "MarshalIndent"}, Why: "the standard library's JSON encoding"},
	Row{Pkg: "google.golang.org/protobuf/encoding/protojson", Names: []string{"Marshal"}, Why: "a protobuf message in its canonical JSON mapping"},
	Row{Pkg: "google.golang.org/protobuf/encoding/protojson", Recv: "MarshalOptions", Names: []string{"Marshal"}, Why: "protojson.Marshal with options"},
	Row{Pkg: "github.com/goccy/go-json", Names: []string{"Marshal", "MarshalIndent"}, Why: "a drop-in replacement of encoding/json"},
)

// A TypeRow is a type with the reason it is listed.
type TypeRow struct {
	Type
	Why string
}

// HeaderNeutralTransports are RoundTrippers of other packages known to
// send a request's Content-Type as they are given it. Any other
// transport of another package may set it, as SDKs do for their
// protocol's own JSON type (application/x-amz-json-1.0).
var HeaderNeutralTransports = []TypeRow{
	{Type{"net/http", "Transport"}, "sends the request as it is"},
	{Type{"golang.org/x/oauth2", "Transport"}, "adds only the Authorization header"},
	{Type{"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "Transport"}, "adds only trace context headers"},
	{Type{"github.com/hashicorp/go-retryablehttp", "RoundTripper"}, "retries the request as it is given"},
}

// HeaderNeutralTransport reports whether t (or what it points to) is a
// transport listed in HeaderNeutralTransports.
func HeaderNeutralTransport(t types.Type) bool {
	for _, r := range HeaderNeutralTransports {
		if r.Is(t) {
			return true
		}
	}
	return false
}
