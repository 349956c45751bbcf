// Package websocket is a look-alike of github.com/gorilla/websocket and
// github.com/coder/websocket: Dial returns the handshake *http.Response.
// gorilla documents that its body "does not need to be closed by the
// application"; for coder/websocket the body of a successful dial is the
// hijacked connection, and closing it drops the socket (kenn-io/forge#1153).
package websocket

import (
	"errors"
	"net/http"
)

// Conn is a websocket connection.
type Conn struct{}

// Close closes the connection.
func (c *Conn) Close() error { return nil }

// Dialer dials websocket servers.
type Dialer struct{}

// DefaultDialer is a dialer with default options.
var DefaultDialer = &Dialer{}

// Dial creates a new client connection.
func (d *Dialer) Dial(urlStr string, requestHeader http.Header) (*Conn, *http.Response, error) {
	return nil, nil, errors.New("websocket look-alike: not implemented")
}
