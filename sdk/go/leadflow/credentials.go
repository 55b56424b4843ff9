// Package leadflow holds the few hand-written helpers of the Go SDK: sending a
// bearer token with every call and connecting with TLS (credentials.go),
// reading why a call failed (errors.go), iterating over every item of a List
// call (paging.go) and retrying what is safe to repeat (retry.go). The
// generated messages and clients are in leadflow.dev/sdk/go/leadflow/v1.
package leadflow

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

// bearerToken is gRPC per-RPC credentials: "authorization: Bearer <token>".
type bearerToken struct {
	token         string
	allowInsecure bool
}

func (b bearerToken) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + b.token}, nil
}

// RequireTransportSecurity makes gRPC refuse to send the token over a
// plaintext connection, unless WithInsecureToken asked for that.
func (b bearerToken) RequireTransportSecurity() bool { return !b.allowInsecure }

// WithToken sends token as "authorization: Bearer <token>" on every call of
// the connection. The connection must use TLS (see TLS): gRPC refuses to
// send these credentials in the clear.
func WithToken(token string) grpc.DialOption {
	return grpc.WithPerRPCCredentials(bearerToken{token: token})
}

// WithInsecureToken is WithToken for a plaintext connection, for a server on
// loopback: anywhere else the token would cross the network readable.
func WithInsecureToken(token string) grpc.DialOption {
	return grpc.WithPerRPCCredentials(bearerToken{token: token, allowInsecure: true})
}

// TLS returns transport credentials that verify the server against the PEM
// CA certificates in caFile (the system's roots when caFile is empty) and,
// when certFile and keyFile are given, present that client certificate
// (mutual TLS). Use them with grpc.WithTransportCredentials.
func TLS(caFile, certFile, keyFile string) (credentials.TransportCredentials, error) {
	config := &tls.Config{MinVersion: tls.VersionTLS12}
	if caFile != "" {
		pem, err := os.ReadFile(caFile)
		if err != nil {
			return nil, err
		}
		config.RootCAs = x509.NewCertPool()
		if !config.RootCAs.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("%s holds no PEM certificate", caFile)
		}
	}
	if certFile != "" || keyFile != "" {
		certificate, err := tls.LoadX509KeyPair(certFile, keyFile)
		if err != nil {
			return nil, err
		}
		config.Certificates = []tls.Certificate{certificate}
	}
	return credentials.NewTLS(config), nil
}
