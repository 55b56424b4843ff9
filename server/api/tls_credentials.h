#ifndef LEADFLOW_SERVER_API_TLS_CREDENTIALS_H_
#define LEADFLOW_SERVER_API_TLS_CREDENTIALS_H_

// The server's TLS credentials from PEM files that gRPC watches: a
// replaced certificate or key (a renewal) is picked up within a second,
// for new connections, without dropping calls on the open ones.

#include <memory>
#include <string>

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/security/tls_certificate_provider.h>

#include "absl/status/statusor.h"

namespace leadflow::api {

struct TlsCredentials {
  std::shared_ptr<grpc::ServerCredentials> credentials;
  // Watches the files; must outlive the server.
  std::shared_ptr<grpc::experimental::FileWatcherCertificateProvider> provider;
};

// Credentials serving `cert_path` (a PEM chain) with `key_path`, and with a
// non-empty `client_ca_path` requiring and verifying client certificates
// signed by that CA (mutual TLS). INVALID_ARGUMENT naming the file when one
// is unreadable, not PEM, or the key does not match the certificate:
// checked now, since gRPC would only fail the handshakes later.
absl::StatusOr<TlsCredentials> MakeTlsCredentials(const std::string& cert_path,
                                                  const std::string& key_path,
                                                  const std::string& client_ca_path);

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_TLS_CREDENTIALS_H_
