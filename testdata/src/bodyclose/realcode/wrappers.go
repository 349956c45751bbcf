package realcode

import (
	"bufio"
	"context"
	"net"
	"net/http"
)

// A response parsed off a connection the function owns (gorilla/websocket's
// proxy dialer reading the answer to CONNECT): no transport waits for its
// body, the connection is closed or handed on instead.
func connectProxy(conn net.Conn, req *http.Request) (net.Conn, error) {
	if err := req.Write(conn); err != nil {
		conn.Close()
		return nil, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), req)
	if err != nil {
		conn.Close()
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		conn.Close()
		return nil, &net.OpError{Op: "proxy", Err: net.ErrClosed}
	}
	return conn, nil
}

// A client that hands back the body it read next to the response
// (prometheus's api.Client) has closed it; a method of this package that
// returns such a response returns nothing open either.
type readingClient interface {
	Do(ctx context.Context, req *http.Request) (*http.Response, []byte, error)
}

type api struct{ client readingClient }

func (a *api) do(ctx context.Context, req *http.Request) (*http.Response, []byte, error) {
	resp, body, err := a.client.Do(ctx, req)
	if err != nil {
		return resp, nil, err
	}
	return resp, body, nil
}

func (a *api) fallback(ctx context.Context, req *http.Request) (*http.Response, []byte, error) {
	resp, body, err := a.do(ctx, req)
	if resp != nil && resp.StatusCode == http.StatusMethodNotAllowed {
		return a.do(ctx, req)
	}
	return resp, body, err
}
