// Package other has types and functions named like net/http's.
package other

type Client struct{ Timeout int }

func (*Client) Get(string) {}

var DefaultClient = &Client{}

func Get(string) {}
