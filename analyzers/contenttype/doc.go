// Package contenttype defines an Analyzer that reports request bodies
// sent with a Content-Type that does not say what they are.
//
// # Analyzer contenttype
//
// contenttype: report JSON and form bodies sent with a missing or mismatched Content-Type
//
// A server reads a body by its Content-Type. JSON sent as text/plain, as
// a form or with no type at all is rejected by any server that checks,
// often with a bare 400 that does not say why, and the body bytes look
// right in every log. The mirror mistake, a url.Values form sent as
// application/json, fails the same way; and a form sent with no type is
// silently ignored by the server's r.ParseForm.
//
//	b, err := json.Marshal(event)
//	resp, err := http.Post(url, "text/plain", bytes.NewReader(b)) // reported
//
//	req, err := http.NewRequest("POST", url, bytes.NewReader(b)) // reported
//	if err != nil {
//		return err
//	}
//	resp, err := client.Do(req)
//
// Say what the body is:
//
//	resp, err := http.Post(url, "application/json", bytes.NewReader(b))
//
//	req, err := http.NewRequest("POST", url, bytes.NewReader(b))
//	if err != nil {
//		return err
//	}
//	req.Header.Set("Content-Type", "application/json")
//	resp, err := client.Do(req)
//
// A body is JSON when it is bytes.NewReader, bytes.NewBuffer or
// strings.NewReader(string(b)) over the bytes of a JSON encoder
// (json.Marshal, json.MarshalIndent, protojson.Marshal and
// protojson.MarshalOptions.Marshal, goccy/go-json's Marshal: knowledge's
// JSONEncodings); a bytes.Buffer that a json.Encoder wrote into and
// nothing else did; or a constant JSON object or array (`{"a": 1}`). It is
// a form when it is strings.NewReader (or bytes.NewBufferString) of a
// net/url Values' Encode(). Bodies are followed through the local
// variables of the function (and its closures) when every value assigned
// to them is of the same kind; nil on some paths does not change the kind.
// A JSON media type is any type whose subtype mentions json:
// application/json, the +json suffix (application/problem+json,
// application/vnd.api+json, application/merge-patch+json), text/json,
// application/x-ndjson; with or without parameters, in any case.
//
// Reported:
//   - http.Post and Client.Post with a JSON body and a constant content
//     type that is not a JSON type (text/plain, a form type, ""), or with
//     a form body and a JSON type;
//   - a request from http.NewRequest or NewRequestWithContext with a
//     constant POST, PUT, PATCH or DELETE method, or a method that is not
//     a constant (a helper's parameter: it may be any of them, and such
//     helpers are where real code forgets the type), and a JSON or form
//     body,
//     bound to a local variable and sent by this function (Client.Do, a
//     RoundTrip, the Do method of an interface such as `type Doer`, or a
//     same-package function that sends it), when no Content-Type is set
//     before it is sent; or when every Content-Type set is a constant
//     that contradicts the body (a JSON body as text/plain; a form as
//     JSON).
//
// Set means req.Header.Set or Add with the name Content-Type in any case
// (a constant, or http.CanonicalHeaderKey of one), req.Header["Content-Type"]
// assigned, or a header literal assigned to req.Header. Headers copied in
// a loop from a map (for k, v := range headers { req.Header.Set(k, v) })
// do not set it when the map is a local one whose keys are all known
// constants other than Content-Type (a literal or make, written only with
// such keys, never passed on). Where it is set,
// the rule looks at source order, not control flow: a set anywhere in the
// function before the first send counts, even in one branch of an if,
// so the rule never guesses at paths. A set after the request was sent
// is too late. Sets and sends in closures count wherever they are, since
// when a closure runs is not known. Copies by req.WithContext and
// req.Clone are the same request; a new request assigned to the same
// variable is another one.
//
// Not reported, because the Content-Type may be set where the rule does
// not look, or the body may be something else:
//   - a Content-Type set to a value that is not a constant, a header set
//     with a name that is not a constant (a loop over a header map that
//     may hold it: a parameter, a map filled elsewhere), a
//     header assigned from anything but a literal, req.Header passed to a
//     function or aliased;
//   - a request passed to a same-package function that sets (or may set)
//     the type, found by a summary of that function (a cycle of helpers
//     is assumed to set it), or to a function value; a request variable
//     used by a closure written before the request is built, which may
//     run after;
//   - a request handed on: returned, stored in a field, a global or a
//     composite literal, sent on a channel, or passed to a function of
//     another package (except Client.Do, RoundTrip, and the fmt, log and
//     httputil.DumpRequest functions, which only look at it) — whoever
//     receives it may set the type;
//   - a request built but not sent by this function, or whose Body is
//     replaced;
//   - a constant GET, HEAD or other method, where a body is unusual
//     enough to be deliberate (Elasticsearch searches);
//   - bodies of unknown content: an io.Reader or []byte parameter, a
//     field, a buffer that anything but a json.Encoder writes into, bytes
//     changed after json.Marshal, a constant that is not a JSON object or
//     array;
//   - a content type that is not a constant, in http.Post: the caller's
//     choice;
//   - a form sent with a type that is wrong but not JSON: not this
//     mistake;
//   - every request and Post of a package that declares a RoundTrip
//     method that may set the Content-Type, or that gives an http.Client
//     a transport of another package (a value of a named type of another
//     package than net/http, other than the transports known to leave the
//     type alone: oauth2.Transport, otelhttp.Transport,
//     retryablehttp.RoundTripper): its clients may set it for every
//     request, as SDKs set their protocol's own JSON type
//     (application/x-amz-json-1.0), and the rule cannot tell which
//     clients use it;
//   - httptest.NewRequest: it builds a request for a handler in a server
//     test, where a missing type is the test's business (often its
//     point);
//   - a Content-Type written in another case (content-type): Go sends
//     it, servers match header names in any case;
//   - look-alike functions and types of other packages.
//
// Test files are checked too: a test client that posts JSON as text
// fails against a real server just the same.
//
// Fixes: in http.Post and Client.Post, the content type is replaced by
// "application/json" (or "application/x-www-form-urlencoded" for a
// form). For a request without a type,
// req.Header.Set("Content-Type", "application/json") (or the form type)
// is inserted on its own line after the error check that follows
// NewRequest when that check leaves the function (`if err != nil {
// return … }` or `if req == nil { return … }`), or right after the
// NewRequest statement when it binds no error. No fix is offered when
// the error is checked later or not in a way that leaves (the request
// may be nil where the header would be set), nor when the request is
// bound in an if statement's init, where it is not in scope afterwards.
// A contradicting constant type is replaced by the right one. No fix
// writes application/json in a package that sends another JSON media
// type as a Content-Type (set on a header, given to Post, or held by a
// constant named like a content type: application/x-amz-json-1.1,
// application/vnd.api+json, application/x-ndjson): its protocol may want
// that type, and a server would reject application/json; the finding
// says so. The fixes are behaviour-changing: the command applies them
// only with -fix=all.
package contenttype
