package leadflow_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"

	"leadflow.dev/sdk/go/leadflow"
)

// serve starts a health server on loopback that records the authorization
// headers of the calls, and returns its address and a reader of the headers.
func serve(t *testing.T, opts ...grpc.ServerOption) (string, func() []string) {
	t.Helper()
	var mu sync.Mutex // the handler runs on the server's goroutines
	var headers []string
	record := func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, next grpc.UnaryHandler) (any, error) {
		md, _ := metadata.FromIncomingContext(ctx)
		mu.Lock()
		headers = append(headers, md.Get("authorization")...)
		mu.Unlock()
		return next(ctx, req)
	}
	seen := func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(headers)
	}
	server := grpc.NewServer(append(opts, grpc.UnaryInterceptor(record))...)
	healthpb.RegisterHealthServer(server, health.NewServer())
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go server.Serve(listener)
	t.Cleanup(server.Stop)
	return listener.Addr().String(), seen
}

func check(t *testing.T, target string, opts ...grpc.DialOption) error {
	t.Helper()
	conn, err := grpc.NewClient(target, opts...)
	if err != nil {
		return err
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err = healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{})
	return err
}

func TestInsecureTokenIsSent(t *testing.T) {
	target, seen := serve(t)
	if err := check(t, target, grpc.WithTransportCredentials(insecure.NewCredentials()),
		leadflow.WithInsecureToken("s3cret")); err != nil {
		t.Fatal(err)
	}
	if got := seen(); !slices.Equal(got, []string{"Bearer s3cret"}) {
		t.Errorf("authorization = %q, want [Bearer s3cret]", got)
	}
}

func TestTokenIsNotSentInTheClear(t *testing.T) {
	target, seen := serve(t)
	if err := check(t, target, grpc.WithTransportCredentials(insecure.NewCredentials()),
		leadflow.WithToken("s3cret")); err == nil {
		t.Error("WithToken worked over plaintext")
	}
	if got := seen(); len(got) != 0 {
		t.Errorf("the server saw %q", got)
	}
}

func TestTokenOverMutualTLS(t *testing.T) {
	dir := t.TempDir()
	ca, caKey := issue(t, dir, "ca", nil, nil)
	issue(t, dir, "server", ca, caKey)
	issue(t, dir, "client", ca, caKey)
	serverCert, err := tls.LoadX509KeyPair(filepath.Join(dir, "server.pem"), filepath.Join(dir, "server.key"))
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	target, seen := serve(t, grpc.Creds(credentials.NewTLS(&tls.Config{
		Certificates: []tls.Certificate{serverCert},
		ClientAuth:   tls.RequireAndVerifyClientCert,
		ClientCAs:    pool,
	})))

	creds, err := leadflow.TLS(filepath.Join(dir, "ca.pem"), filepath.Join(dir, "client.pem"), filepath.Join(dir, "client.key"))
	if err != nil {
		t.Fatal(err)
	}
	if err := check(t, target, grpc.WithTransportCredentials(creds), leadflow.WithToken("s3cret")); err != nil {
		t.Fatal(err)
	}
	if got := seen(); !slices.Equal(got, []string{"Bearer s3cret"}) {
		t.Errorf("authorization = %q, want [Bearer s3cret]", got)
	}

	// Without the client certificate the server refuses the handshake.
	serverOnly, err := leadflow.TLS(filepath.Join(dir, "ca.pem"), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if err := check(t, target, grpc.WithTransportCredentials(serverOnly)); err == nil {
		t.Error("the call succeeded without a client certificate")
	}
}

func TestTLSRefusesAFileWithoutCertificates(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.pem")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := leadflow.TLS(empty, "", ""); err == nil {
		t.Error("TLS accepted a CA file without certificates")
	}
}

// issue writes dir/name.pem and dir/name.key: a CA when parent is nil, else a
// certificate for 127.0.0.1 signed by parent.
func issue(t *testing.T, dir, name string, parent *x509.Certificate, parentKey *ecdsa.PrivateKey) (*x509.Certificate, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	template := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:      pkix.Name{CommonName: name},
		NotBefore:    time.Now().Add(-time.Minute),
		NotAfter:     time.Now().Add(time.Hour),
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
		KeyUsage:     x509.KeyUsageDigitalSignature,
	}
	if parent == nil {
		template.IsCA, template.BasicConstraintsValid = true, true
		template.KeyUsage |= x509.KeyUsageCertSign
		parent, parentKey = template, key
	}
	der, err := x509.CreateCertificate(rand.Reader, template, parent, &key.PublicKey, parentKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	write := func(file, kind string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, file), pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: data}), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(name+".pem", "CERTIFICATE", der)
	write(name+".key", "EC PRIVATE KEY", keyDER)
	certificate, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return certificate, key
}
