// Package insecuretls defines an Analyzer that reports TLS configurations
// that turn off certificate verification or allow broken protocol
// versions.
//
// # Analyzer insecuretls
//
// insecuretls: report tls.Configs that skip certificate verification or allow TLS below 1.2
//
// A crypto/tls.Config with InsecureSkipVerify set accepts any certificate
// for any host name: whoever sits on the network path (a café's Wi-Fi, a
// compromised router, a cloud neighbour) can present their own
// certificate, read the traffic and change it. TLS still encrypts, so
// nothing looks wrong. Typically it was set once to get past a
// self-signed test certificate and then shipped:
//
//	tr := &http.Transport{
//		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // reported
//	}
//
// Trust the certificate authority that signed the server's certificate
// instead:
//
//	pool := x509.NewCertPool()
//	pool.AppendCertsFromPEM(caPEM)
//	tr := &http.Transport{
//		TLSClientConfig: &tls.Config{RootCAs: pool},
//	}
//
// A MinVersion below tls.VersionTLS12 lets a connection use TLS 1.0 or
// 1.1, which have known attacks and which RFC 8996 deprecates (SSL 3.0
// is not implemented at all, so tls.VersionSSL30 means TLS 1.0). The
// default, a zero MinVersion, is TLS 1.2:
//
//	cfg := &tls.Config{MinVersion: tls.VersionTLS10} // reported
//	cfg := &tls.Config{MinVersion: tls.VersionTLS12} // not reported
//
// Reported: InsecureSkipVerify set to a constant true, and MinVersion set
// to a nonzero constant below tls.VersionTLS12, in a tls.Config composite
// literal (also &tls.Config{...} and one nested in another literal, such
// as an http.Transport's TLSClientConfig) or in an assignment to the
// field, also through pointers, nested fields and structs that embed
// tls.Config (cfg.InsecureSkipVerify = true,
// tr.TLSClientConfig.MinVersion = tls.VersionTLS11). Also reported:
// InsecureSkipVerify set from a variable or field that the same function
// (or a package-level initializer) sets to a constant true, outside a
// branch named like a user's choice (skip := true; ...
// InsecureSkipVerify: skip).
//
// A constant set inside an if, switch or select branch is the user's
// choice only when the branch's condition (or a switch's tag and case
// values), or the enclosing function, is named like one: for
// InsecureSkipVerify a name containing insecure, verif(y), validat(e),
// self-signed or trust — the guard names of CodeQL's
// go/disabled-certificate-check (if opts.Insecure, if !cfg.VerifyTLS,
// case "self-signed", func insecureClient); for MinVersion also legacy,
// compat or version. A constant set under any other branch (on the URL's
// scheme, on "SSL enabled", on a channel) is reported.
//
// Not reported:
//
//   - InsecureSkipVerify with a VerifyPeerCertificate or VerifyConnection
//     callback on the same config, in the same literal or assigned to the
//     same variable or field anywhere in the same top-level function:
//     verification is replaced, not dropped.
//   - InsecureSkipVerify where the code checks the peer itself after the
//     handshake (certificate pinning): the top-level function, or a
//     function of the package it calls (directly or through others),
//     reads PeerCertificates or VerifiedChains of a tls.ConnectionState
//     (conn.ConnectionState(), resp.TLS). Removing the field there would
//     make the handshake reject the certificate the code pins.
//   - InsecureSkipVerify on a server's config, where it has no effect: a
//     config that is http.Server's TLSConfig, httptest.Server's TLS, the
//     config argument of tls.Listen, tls.NewListener or tls.Server, or a
//     local variable used only to configure it and hand it to those.
//     MinVersion on a server is reported: it lets clients use TLS 1.0.
//   - A value chosen at run time, like curl's -k option: a value that is
//     not a constant (InsecureSkipVerify: *insecure, MinVersion: opts.Min),
//     unless it is a variable set to a constant true as above, and a
//     constant set only inside a branch named like a choice (if
//     opts.Insecure { cfg.InsecureSkipVerify = true }). Letting the user
//     opt in is a legitimate feature. With -insecuretls.runtime these
//     are reported too, as chosen at run time and without a fix, to audit
//     every place where verification can be turned off.
//   - InsecureSkipVerify: false, MinVersion 0 (the default) and versions
//     from TLS 1.2 on; reading the fields (if cfg.InsecureSkipVerify).
//   - Types of other packages that look like tls.Config.
//   - _test.go files, where a test server's self-signed certificate is
//     common, unless -insecuretls.tests is set.
//
// A constant set after an early return (if !insecure { return };
// cfg.InsecureSkipVerify = true) is reported: it is not in a branch.
// Silence it with //httpvet:ignore insecuretls -- reason.
//
// Fixes (behaviour-changing: applied by the command only with -fix=all):
// the InsecureSkipVerify element is removed from the literal, or
// the assignment statement is removed, unless that would leave a
// variable or an import unused, or the assignment is not a statement of
// its own (the init of an if, say). MinVersion is raised to
// tls.VersionTLS12, adding an import of crypto/tls where the file has
// none. The edits keep a gofmt-clean file gofmt-clean, realigning the
// neighbouring lines where needed.
package insecuretls
