package knowledge

import (
	"go/types"
	"slices"
)

// PureFuncs return a value that depends on their arguments only: called
// with constants, they give the same result whenever they run. A fix may
// move such a call to package initialization (clientreuse hoists a
// transport built with them).
var PureFuncs = NewTable(
	Row{Pkg: "net/http", Names: []string{"ProxyURL"},
		Why: "returns a function that always returns the URL it was given; reads no environment"},
	Row{Pkg: "crypto/x509", Names: []string{"NewCertPool"},
		Why: "returns a new, empty pool; reads no file (unlike SystemCertPool)"},
)

// IsPure reports whether fn is listed in PureFuncs.
func IsPure(fn *types.Func) bool { return PureFuncs.Has(fn) }

// IdleClosers close the idle connections of a transport, or of a
// client's transport. A transport closed that way when its function
// returns leaves no connection lingering.
var IdleClosers = NewTable(
	Row{Pkg: "net/http", Recv: "Transport", Names: []string{"CloseIdleConnections"},
		Why: "closes the connections of its pool that are idle"},
	Row{Pkg: "net/http", Recv: "Client", Names: []string{"CloseIdleConnections"},
		Why: "calls CloseIdleConnections of its Transport when it has one"},
)

// StatusFormatters turn a status into text and do nothing else with it.
var StatusFormatters = NewTable(
	Row{Pkg: "strconv", Names: []string{"Itoa", "FormatInt", "Quote"},
		Why: "formats its argument"},
	Row{Pkg: "net/http", Names: []string{"StatusText"},
		Why: "returns the text of a status code"},
)

// FormatsOnly reports whether a call of fn only formats, prints or logs
// what it is given (fmt, log, log/slog, testing, StatusFormatters): a
// status handed to it is not handled there.
func FormatsOnly(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && slices.Contains(observerPackages, fn.Pkg().Path()) || StatusFormatters.Has(fn)
}
