#ifndef LEADFLOW_EXAMPLES_CPP_OPTIONS_FROM_ENV_H_
#define LEADFLOW_EXAMPLES_CPP_OPTIONS_FROM_ENV_H_

// How the examples find and authenticate to the server, from the
// environment (a command-line HOST:PORT wins over LEADFLOW_TARGET):
//   LEADFLOW_TARGET    host:port (default 127.0.0.1:50051)
//   LEADFLOW_TOKEN     bearer token sent on every call
//   LEADFLOW_TLS_CA    PEM CA of the server's certificate: switches to TLS
//   LEADFLOW_TLS_CERT, LEADFLOW_TLS_KEY   client certificate (mutual TLS)

#include <cstdlib>
#include <string>

#include "leadflow/options.h"

namespace leadflow_examples {

inline std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? "" : value;
}

inline void ApplyEnvironment(leadflow::Options& options) {
  if (std::string target = Env("LEADFLOW_TARGET"); !target.empty()) options.target = target;
  options.bearer_token = Env("LEADFLOW_TOKEN");
  const std::string ca = Env("LEADFLOW_TLS_CA");
  const std::string cert = Env("LEADFLOW_TLS_CERT");
  if (!cert.empty()) {
    options.credentials =
        leadflow::ChannelCredentials::MutualTls(ca, cert, Env("LEADFLOW_TLS_KEY"));
  } else if (!ca.empty()) {
    options.credentials = leadflow::ChannelCredentials::Tls(ca);
  }
}

}  // namespace leadflow_examples

#endif  // LEADFLOW_EXAMPLES_CPP_OPTIONS_FROM_ENV_H_
