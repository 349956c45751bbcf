package noreport

import (
	"bytes"
	"crypto/tls"
	"errors"
	"flag"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
)

// Server-side configs: InsecureSkipVerify only affects clients.
func serverLiteral() *http.Server {
	return &http.Server{TLSConfig: &tls.Config{InsecureSkipVerify: true}}
}

func serverVariable(cert tls.Certificate) error {
	cfg := &tls.Config{InsecureSkipVerify: true}
	cfg.Certificates = []tls.Certificate{cert}
	srv := &http.Server{Addr: ":8443", TLSConfig: cfg}
	return srv.ListenAndServeTLS("", "")
}

func serverAssigned(srv *http.Server) {
	cfg := &tls.Config{}
	cfg.InsecureSkipVerify = true
	srv.TLSConfig = cfg
	srv.TLSConfig.InsecureSkipVerify = true
}

func serverServeTLS(l net.Listener) error {
	srv := http.Server{}
	srv.TLSConfig = &tls.Config{InsecureSkipVerify: true}
	return srv.ServeTLS(l, "cert.pem", "key.pem")
}

func listeners(l net.Listener, c net.Conn) {
	_, _ = tls.Listen("tcp", ":8443", &tls.Config{InsecureSkipVerify: true})
	var cfg tls.Config
	cfg.InsecureSkipVerify = true
	_ = tls.NewListener(l, &cfg)
	_ = tls.Server(c, &tls.Config{InsecureSkipVerify: true})
}

func testServer(s *httptest.Server) {
	s.TLS = &tls.Config{InsecureSkipVerify: true}
}

// Certificate pinning: the code checks the peer itself after the
// handshake (issue 12 cause 6).
func pinnedDial(addr string, pin []byte) (*tls.Conn, error) {
	conn, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true})
	if err != nil {
		return nil, err
	}
	certs := conn.ConnectionState().PeerCertificates
	if len(certs) == 0 || !bytes.Equal(certs[0].Raw, pin) {
		conn.Close()
		return nil, errors.New("certificate does not match the pin")
	}
	return conn, nil
}

func pinnedResponse(u string, pin []byte) error {
	tr := &http.Transport{TLSClientConfig: &tls.Config{}}
	tr.TLSClientConfig.InsecureSkipVerify = true
	resp, err := (&http.Client{Transport: tr}).Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return checkPin(resp, pin)
}

// checkPin is the same-package helper that pins.
func checkPin(resp *http.Response, pin []byte) error {
	return matchPeer(resp.TLS, pin)
}

func matchPeer(state *tls.ConnectionState, pin []byte) error {
	for _, cert := range state.PeerCertificates {
		if bytes.Equal(cert.Raw, pin) {
			return nil
		}
	}
	return errors.New("no pinned certificate")
}

// A pinned CA read from the verified chains: verification on, checked
// further.
func pinnedChain(conn *tls.Conn, pin []byte) bool {
	for _, chain := range conn.ConnectionState().VerifiedChains {
		if bytes.Equal(chain[len(chain)-1].Raw, pin) {
			return true
		}
	}
	return false
}

func dialChain(addr string, pin []byte) (*tls.Conn, error) {
	conn, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true})
	if err != nil || !pinnedChain(conn, pin) {
		return nil, errors.New("not pinned")
	}
	return conn, nil
}

// Branches named like the user's choice (CodeQL's guard names).
var skipTLSVerify = flag.Bool("skip-tls-verify", false, "")

type clientOptions struct {
	SkipVerify      bool
	TrustAll        bool
	ValidateCerts   bool
	AllowSelfSigned bool
}

func guarded(cfg *tls.Config, opts clientOptions, mode string) {
	if *skipTLSVerify {
		cfg.InsecureSkipVerify = true
	}
	if opts.TrustAll {
		cfg.InsecureSkipVerify = true
	}
	if !opts.ValidateCerts {
		cfg.InsecureSkipVerify = true
	}
	if opts.AllowSelfSigned {
		cfg.InsecureSkipVerify = true
	}
	switch mode {
	case "self-signed":
		cfg.InsecureSkipVerify = true
	}
}

// The enclosing function says what the branch is for.
func insecureClient(debug bool) *tls.Config {
	if debug {
		return &tls.Config{InsecureSkipVerify: true}
	}
	return &tls.Config{}
}

// A variable named like the choice, or set to true only under one.
func fromChoice(u *url.URL) *tls.Config {
	insecure := false
	if u.Scheme == "https+insecure" {
		insecure = true
	}
	skip := false
	if *skipTLSVerify {
		skip = true
	}
	cfg := &tls.Config{InsecureSkipVerify: insecure}
	cfg.InsecureSkipVerify = skip
	return cfg
}
