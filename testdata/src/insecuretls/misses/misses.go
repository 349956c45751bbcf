// Package misses holds constants set under branches that are not a
// user's choice, and variables set to true that become
// InsecureSkipVerify: insecuretls must report them (issue 12's misses).
// Its fixed form is run by TestFixedCodeRuns.
package misses

import (
	"bytes"
	"crypto/tls"
	"errors"
	"net"
	"net/http"
	"net/url"
)

// A branch on the URL's scheme is not a choice to skip verification.
func schemeClient(u *url.URL) *http.Client {
	tr := &http.Transport{TLSClientConfig: &tls.Config{}}
	if u.Scheme == "https" {
		tr.TLSClientConfig.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
	}
	return &http.Client{Transport: tr}
}

type settings struct {
	SSLEnabled bool
	SkipTLS    bool
}

// Nor is "SSL enabled".
func sslClient(s settings) *http.Client {
	tr := &http.Transport{}
	if s.SSLEnabled {
		tr.TLSClientConfig = &tls.Config{
			InsecureSkipVerify: true, // want "InsecureSkipVerify: true turns off"
		}
	}
	return &http.Client{Transport: tr}
}

func oldestBySwitch(scheme string, cfg *tls.Config) {
	switch scheme {
	case "https":
		cfg.MinVersion = tls.VersionTLS10 // want "MinVersion allows TLS 1.0"
	}
}

func selected(ready chan bool, cfg *tls.Config) {
	select {
	case <-ready:
		cfg.InsecureSkipVerify = true // want "InsecureSkipVerify: true turns off"
	default:
	}
}

// A variable set to a constant true.
func fromVariable(u string) *http.Client {
	skip := true
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: skip}} // want "InsecureSkipVerify is set from skip, which this code sets to true"
	_ = skip
	return &http.Client{Transport: tr}
}

// A field set to a constant true, under a branch that is not a choice.
func fromField(s settings, u *url.URL) *tls.Config {
	if u.Scheme == "https" {
		s.SkipTLS = true
	}
	cfg := &tls.Config{}
	cfg.InsecureSkipVerify = s.SkipTLS // want "InsecureSkipVerify is set from SkipTLS, which this code sets to true"
	return cfg
}

// A config used by a client and a server is a client's.
func both(addr string) (net.Listener, *tls.Conn, error) {
	cfg := &tls.Config{InsecureSkipVerify: true} // want "InsecureSkipVerify: true turns off"
	l, err := tls.Listen("tcp", addr, cfg)
	if err != nil {
		return nil, nil, err
	}
	c, err := tls.Dial("tcp", addr, cfg)
	return l, c, err
}

// A function that pins does not cover another that does not.
func unpinned() *tls.Config {
	return &tls.Config{InsecureSkipVerify: true} // want "InsecureSkipVerify: true turns off"
}

// pinnedGet pins the server's certificate itself: not reported, and no
// fix may take its InsecureSkipVerify away.
func pinnedGet(c *http.Client, u string, pin []byte) (*http.Response, error) {
	c.Transport = &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	if certs := resp.TLS.PeerCertificates; len(certs) == 0 || !bytes.Equal(certs[0].Raw, pin) {
		resp.Body.Close()
		return nil, errors.New("certificate does not match the pin")
	}
	return resp, nil
}
