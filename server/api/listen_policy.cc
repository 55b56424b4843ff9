#include "api/listen_policy.h"

#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace leadflow::api {
namespace {

absl::string_view HostOf(absl::string_view listen) {
  if (absl::ConsumePrefix(&listen, "[")) return listen.substr(0, listen.find(']'));
  const std::size_t colon = listen.rfind(':');
  return colon == absl::string_view::npos ? listen : listen.substr(0, colon);
}

bool IsIpv4Loopback(absl::string_view host) {
  std::vector<absl::string_view> octets = absl::StrSplit(host, '.');
  int first = 0;
  return octets.size() == 4 && absl::SimpleAtoi(octets[0], &first) && first == 127;
}

}  // namespace

bool IsLoopbackOnly(absl::string_view listen) {
  const absl::string_view host = HostOf(listen);
  return host == "localhost" || host == "::1" || IsIpv4Loopback(host);
}

absl::Status CheckListenPolicy(absl::string_view listen, bool has_principals, bool has_tls,
                               bool insecure) {
  if (insecure || IsLoopbackOnly(listen) || (has_principals && has_tls)) {
    return absl::OkStatus();
  }
  std::vector<std::string> missing;
  if (!has_principals) missing.emplace_back("--principals=FILE (who may call, with which scopes)");
  if (!has_tls) missing.emplace_back("--tls_cert=FILE --tls_key=FILE (encryption)");
  return absl::FailedPreconditionError(absl::StrCat(
      "refusing to listen on ", listen,
      ", which is reachable beyond this machine, without authentication and TLS; add ",
      absl::StrJoin(missing, " and "),
      ", listen on 127.0.0.1 only, or pass --insecure to accept the risk"));
}

}  // namespace leadflow::api
