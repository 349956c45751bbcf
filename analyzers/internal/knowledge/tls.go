package knowledge

import "go/types"

// ServerTLS lists the functions that take the tls.Config of a server (the
// config is their last argument). A server does not verify its peer's
// certificate with InsecureSkipVerify: the field only affects clients
// (crypto/tls documents it as "controls whether a client verifies the
// server's certificate chain and host name").
var ServerTLS = NewTable(
	Row{Pkg: "crypto/tls", Names: []string{"Listen", "NewListener", "Server"}, Why: "a TLS server's config: InsecureSkipVerify has no effect on a server"},
)

// A FieldOf names a field of a struct type.
type FieldOf struct {
	Type
	Field string
	Why   string
}

// ServerTLSFields are the fields that hold the tls.Config of a server.
var ServerTLSFields = []FieldOf{
	{Type{"net/http", "Server"}, "TLSConfig", "used by ServeTLS and ListenAndServeTLS: a server's config, where InsecureSkipVerify has no effect"},
	{Type{"net/http/httptest", "Server"}, "TLS", "the config of a test server, set before StartTLS"},
}

// IsServerTLSField reports whether obj, selected from owner (nil:
// unknown), is a field that holds a server's tls.Config.
func IsServerTLSField(obj types.Object, owner types.Type) bool {
	for _, f := range ServerTLSFields {
		if f.IsField(obj, owner, f.Field) {
			return true
		}
	}
	return false
}

// PeerCertificateFields are the fields of tls.ConnectionState through
// which code checks the peer's certificate itself after the handshake
// (certificate pinning), from conn.ConnectionState() or an
// http.Response's TLS.
var PeerCertificateFields = []FieldOf{
	{Type{"crypto/tls", "ConnectionState"}, "PeerCertificates", "the certificates the peer presented: pinning compares them with a known one"},
	{Type{"crypto/tls", "ConnectionState"}, "VerifiedChains", "the chains verified against a pool, read to check a pinned CA or key"},
}

// IsPeerCertificateField reports whether obj, selected from owner (nil:
// unknown), is a field that pinning code reads.
func IsPeerCertificateField(obj types.Object, owner types.Type) bool {
	for _, f := range PeerCertificateFields {
		if f.IsField(obj, owner, f.Field) {
			return true
		}
	}
	return false
}
