// Package statuscheck defines an Analyzer that reports response bodies
// read as data before the status code is checked.
//
// # Analyzer statuscheck
//
// statuscheck: report response bodies read before the status is checked
//
// A server that fails still sends a body: an HTML error page, a JSON
// error envelope, an empty object. Code that decodes it without looking
// at the status first takes the error for the result, and the corrupted
// data surfaces far from the call.
//
//	resp, err := client.Do(req)
//	if err != nil {
//		return nil, err
//	}
//	defer resp.Body.Close()
//	var u User
//	err = json.NewDecoder(resp.Body).Decode(&u) // reported: a 500 decodes as a zero User
//
// Check the status before reading:
//
//	if resp.StatusCode != http.StatusOK {
//		return nil, fmt.Errorf("get user: %s", resp.Status)
//	}
//	err = json.NewDecoder(resp.Body).Decode(&u)
//
// Reported, at the read: json, xml, gob and csv decoders, io.ReadAll,
// io.Copy into anything but io.Discard, bufio readers and scanners,
// resp.Write, and readers wrapped around the body (io.LimitReader,
// gzip.NewReader, ...), when no look at resp.StatusCode or resp.Status
// comes before the read on some path from the call. A look counts when it
// decides the path: an if or switch on it, a comparison whose result is
// assigned or returned, or passing the response to a function that
// decides on it — a function of this package that looks at the status, or
// a function of another package that takes the *http.Response and returns
// an error or a bool, such as go-github's CheckResponse(r).
//
// Not reported: draining the body to io.Discard; reading it inside the
// branch that handles a bad status, to put it into an error message; a
// response returned to the caller, or received as a parameter, which are
// the caller's to check; a response from a function of this package that
// checked the status before returning it; the path on which the call
// failed. A check that comes after the read does not count.
//
// A read that decodes the body into an envelope — a struct with a bool
// field Ok, OK, Success or Successful, also promoted from an embedded
// struct — is not reported: APIs built that way (Telegram's Bot API,
// Slack's Web API) say in the body whether the call failed, and the code
// checks that field instead of the status.
//
// Functions of other packages analyzed in the same run (with ./..., the
// whole module) are judged by what they do, through analysis facts: a
// helper that sends and returns the response without a look at the
// status hands over an unchecked response, and one that takes the
// response and only prints its status is no check. ctxhttp's Do, Get,
// Head, Post and PostForm and go-retryablehttp's Client methods are known
// to return any status.
//
// Known limit: any other function of a package not analyzed in the run
// that returns an *http.Response is taken to have checked its status (API
// clients such as twilio-go do), so only responses of net/http, of a
// RoundTrip, of an interface method, of the model and of functions whose
// code was analyzed are followed. A function
// value that a helper hands its response to (nomad's requireStatusIn
// filters) is trusted the same way.
//
// Fix: insert before the read a guard that returns an error for a status
// outside 2xx, with zero values for the function's other results:
//
//	if resp.StatusCode < 200 || resp.StatusCode > 299 {
//		return nil, fmt.Errorf("unexpected status: %s", resp.Status)
//	}
//
// In a function with no error result, the guard takes the form that fits:
// t.Fatalf in a test, log.Fatalf in main, http.Error and return in an HTTP
// handler. Elsewhere, and where the read is not a statement of the
// function that made the call, no fix is offered.
//
// The guard lets through every status that the function goes on to handle
// itself after the read (in the text of the function, after the read):
// one it compares the status code, or a copy of it (code :=
// resp.StatusCode), with by == or != or names in a case of a switch on
// it, such as a 304 with an ETag, a 404 meaning absent, a 409 "already
// exists" or a 429 with a retry hint in the body:
//
//	if (resp.StatusCode < 200 || resp.StatusCode > 299) && resp.StatusCode != http.StatusNotModified {
//		return nil, fmt.Errorf("unexpected status: %s", resp.Status)
//	}
//
// The function's own errors are kept. No fix is offered when, after the
// read, the function returns an error of its own built from the response
// (a composite literal of a type of the package, such as &APIError{…},
// or a call of a function of the package given the response, its status
// or what the read produced, such as newAPIError(resp.StatusCode, body)):
// the guard would turn the typed error that callers look for into
// "unexpected status". The same when the read itself decodes the body
// into a value of an error type (Decode(apiErr), json.Unmarshal(b,
// &APIError{})), as a client that retries an error response does. A
// guard placed after such a path (a body read into
// bytes is reported where the bytes are used as data, which may follow
// the function's own error path) leaves it as it is. No fix either when
// the function handles bad statuses after the read in a way a simple
// guard cannot let through: a range (resp.StatusCode >= 400), != 200, a
// comparison with a value that is not a constant, a default case of a
// switch on the status, a look at resp.Status other than printing it, or
// the status or the response handed to a function that does not only
// format it (a helper of the package that builds the error, a library's
// CheckResponse).
package statuscheck
