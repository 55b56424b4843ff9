#ifndef LEADFLOW_SERVER_API_LISTEN_POLICY_H_
#define LEADFLOW_SERVER_API_LISTEN_POLICY_H_

// Secure by default: a server reachable beyond this machine must
// authenticate its callers and encrypt its traffic. Listening on loopback
// only (127.0.0.0/8, ::1, localhost) is the development setting and needs
// neither.

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace leadflow::api {

// Whether `listen` ("host:port", "[v6]:port") accepts connections from
// loopback only. Wildcards (0.0.0.0, [::], an empty host) are not loopback.
bool IsLoopbackOnly(absl::string_view listen);

// OK when the server may listen on `listen` as configured; otherwise
// FAILED_PRECONDITION saying which flags to add.
absl::Status CheckListenPolicy(absl::string_view listen, bool has_principals, bool has_tls,
                               bool insecure);

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_LISTEN_POLICY_H_
