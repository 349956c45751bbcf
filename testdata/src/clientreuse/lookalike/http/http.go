// Package http has types named like those of net/http.
package http

type Transport struct{ MaxIdleConns int }

func (t *Transport) Clone() *Transport { return &Transport{MaxIdleConns: t.MaxIdleConns} }

type Client struct{ Transport *Transport }

func (c *Client) Get(url string) error { return nil }

var DefaultTransport any = &Transport{}
