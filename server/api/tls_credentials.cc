#include "api/tls_credentials.h"

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"

namespace leadflow::api {
namespace {

// How often gRPC looks at the files for a renewed certificate.
constexpr unsigned int kRefreshSeconds = 1;

absl::StatusOr<std::string> ReadFile(const std::string& path, const char* flag) {
  std::ifstream file(path);
  if (!file) return absl::InvalidArgumentError(absl::StrCat(flag, ": cannot read ", path));
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

struct BioDeleter {
  void operator()(BIO* bio) const { BIO_free(bio); }
};
struct X509Deleter {
  void operator()(X509* x509) const { X509_free(x509); }
};
struct KeyDeleter {
  void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};

std::unique_ptr<BIO, BioDeleter> Bio(const std::string& pem) {
  return std::unique_ptr<BIO, BioDeleter>(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
}

// The certificate, CA and key parse, and the key belongs to the certificate.
absl::Status CheckPem(const std::string& cert_path, const std::string& key_path,
                      const std::string& client_ca_path) {
  auto cert_pem = ReadFile(cert_path, "--tls_cert");
  if (!cert_pem.ok()) return cert_pem.status();
  auto key_pem = ReadFile(key_path, "--tls_key");
  if (!key_pem.ok()) return key_pem.status();
  std::unique_ptr<X509, X509Deleter> cert(
      PEM_read_bio_X509(Bio(*cert_pem).get(), nullptr, nullptr, nullptr));
  if (cert == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("--tls_cert: ", cert_path, " holds no PEM certificate"));
  }
  std::unique_ptr<EVP_PKEY, KeyDeleter> key(
      PEM_read_bio_PrivateKey(Bio(*key_pem).get(), nullptr, nullptr, nullptr));
  if (key == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("--tls_key: ", key_path, " holds no unencrypted PEM private key"));
  }
  if (X509_check_private_key(cert.get(), key.get()) != 1) {
    return absl::InvalidArgumentError(absl::StrCat("--tls_key: ", key_path,
                                                   " is not the key of the certificate in ",
                                                   cert_path));
  }
  if (!client_ca_path.empty()) {
    auto ca_pem = ReadFile(client_ca_path, "--tls_client_ca");
    if (!ca_pem.ok()) return ca_pem.status();
    std::unique_ptr<X509, X509Deleter> ca(
        PEM_read_bio_X509(Bio(*ca_pem).get(), nullptr, nullptr, nullptr));
    if (ca == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat("--tls_client_ca: ", client_ca_path, " holds no PEM certificate"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<TlsCredentials> MakeTlsCredentials(const std::string& cert_path,
                                                  const std::string& key_path,
                                                  const std::string& client_ca_path) {
  if (absl::Status checked = CheckPem(cert_path, key_path, client_ca_path); !checked.ok()) {
    return checked;
  }
  TlsCredentials tls;
  tls.provider = std::make_shared<grpc::experimental::FileWatcherCertificateProvider>(
      key_path, cert_path, client_ca_path, kRefreshSeconds);
  grpc::experimental::TlsServerCredentialsOptions options(tls.provider);
  options.watch_identity_key_cert_pairs();
  if (client_ca_path.empty()) {
    options.set_cert_request_type(GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE);
  } else {
    options.watch_root_certs();
    options.set_cert_request_type(GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
  }
  tls.credentials = grpc::experimental::TlsServerCredentials(options);
  return tls;
}

}  // namespace leadflow::api
