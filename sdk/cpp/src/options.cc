#include "leadflow/options.h"

namespace leadflow {

ChannelCredentials ChannelCredentials::Insecure() { return {}; }

ChannelCredentials ChannelCredentials::Tls(std::string root_certificates_file) {
  ChannelCredentials credentials;
  credentials.kind = Kind::kTls;
  credentials.root_certificates_file = std::move(root_certificates_file);
  return credentials;
}

ChannelCredentials ChannelCredentials::MutualTls(std::string root_certificates_file,
                                                 std::string certificate_chain_file,
                                                 std::string private_key_file) {
  ChannelCredentials credentials;
  credentials.kind = Kind::kMutualTls;
  credentials.root_certificates_file = std::move(root_certificates_file);
  credentials.certificate_chain_file = std::move(certificate_chain_file);
  credentials.private_key_file = std::move(private_key_file);
  return credentials;
}

}  // namespace leadflow
