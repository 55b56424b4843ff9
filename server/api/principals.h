#ifndef LEADFLOW_SERVER_API_PRINCIPALS_H_
#define LEADFLOW_SERVER_API_PRINCIPALS_H_

// Who may call the server: the principals file (leadflow.config.v1.
// PrincipalsConfig), checked once when it is loaded and then read-only, so
// that a reload (SIGHUP) swaps in a whole new set at once.

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "leadflow/config/v1/principals.pb.h"

namespace leadflow::api {

class Principals {
 public:
  using Principal = leadflow::config::v1::Principal;

  // Loads the file at `path`. INVALID_ARGUMENT naming the principal and
  // field when the file breaks a rule: a name that is missing, too long or
  // repeated; a token hash that is not 64 lowercase hex digits or is
  // repeated; a principal with neither a token nor a certificate name; a
  // scope not in `known_scopes`.
  static absl::StatusOr<std::shared_ptr<const Principals>> Load(
      const std::string& path, const absl::flat_hash_set<std::string>& known_scopes);

  // The principal whose token hashes to the SHA-256 of `token`, or nullptr.
  // Compares against every hash, in time that does not depend on where (or
  // whether) a match is.
  const Principal* FindByToken(absl::string_view token) const;

  // The principal mapped to a client certificate name, or nullptr.
  const Principal* FindByCertificateName(absl::string_view name) const;

  // Whether `principal` holds `scope`.
  static bool HasScope(const Principal& principal, absl::string_view scope);

 private:
  explicit Principals(leadflow::config::v1::PrincipalsConfig config);

  leadflow::config::v1::PrincipalsConfig config_;
  // Every token hash (32 bytes) with its principal, in file order.
  std::vector<std::pair<std::string, const Principal*>> token_hashes_;
  absl::flat_hash_map<std::string, const Principal*> by_certificate_name_;
};

// The SHA-256 of `text`, 32 raw bytes.
std::string Sha256(absl::string_view text);

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_PRINCIPALS_H_
