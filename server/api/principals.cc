#include "api/principals.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "config_file.h"
#include "domain/text.h"

namespace leadflow::api {
namespace {

constexpr std::size_t kMaxNameLength = 255;

bool IsLowerHex(absl::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return absl::ascii_isdigit(c) || (c >= 'a' && c <= 'f'); });
}

absl::Status Invalid(const std::string& path, int index, absl::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrCat("principals file ", path, ": principals[", index, "] ", what));
}

// Every rule of the file, so that a reload never swaps in a set that half
// works.
absl::Status Check(const std::string& path, const leadflow::config::v1::PrincipalsConfig& config,
                   const absl::flat_hash_set<std::string>& known_scopes) {
  absl::flat_hash_set<std::string> names, hashes, certificate_names;
  for (int i = 0; i < config.principals_size(); ++i) {
    const auto& principal = config.principals(i);
    if (principal.name().empty()) return Invalid(path, i, "has no name");
    if (principal.name().size() > kMaxNameLength ||
        domain::ForbiddenCharacter(principal.name(), domain::Lines::kSingle)) {
      return Invalid(path, i, "has a name longer than 255 bytes or with control characters");
    }
    if (!names.insert(principal.name()).second) {
      return Invalid(path, i, absl::StrCat("repeats the name ", principal.name()));
    }
    if (principal.token_sha256().empty() && principal.client_certificate_name().empty()) {
      return Invalid(path, i,
                     absl::StrCat("(", principal.name(),
                                  ") has neither a token_sha256 nor a client_certificate_name"));
    }
    for (const std::string& hash : principal.token_sha256()) {
      if (hash.size() != 64 || !IsLowerHex(hash)) {
        return Invalid(path, i,
                       absl::StrCat("(", principal.name(),
                                    ") has a token_sha256 that is not 64 lowercase hex digits; "
                                    "give the hash of the token, never the token"));
      }
      if (!hashes.insert(hash).second) {
        return Invalid(path, i, absl::StrCat("(", principal.name(), ") repeats a token_sha256"));
      }
    }
    for (const std::string& name : principal.client_certificate_name()) {
      if (!certificate_names.insert(name).second) {
        return Invalid(path, i,
                       absl::StrCat("(", principal.name(), ") repeats client_certificate_name ",
                                    name));
      }
    }
    for (const std::string& scope : principal.scopes()) {
      if (!known_scopes.contains(scope)) {
        return Invalid(path, i,
                       absl::StrCat("(", principal.name(), ") has the unknown scope \"", scope,
                                    "\""));
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace

std::string Sha256(absl::string_view text) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  return std::string(reinterpret_cast<const char*>(digest), sizeof(digest));
}

absl::StatusOr<std::shared_ptr<const Principals>> Principals::Load(
    const std::string& path, const absl::flat_hash_set<std::string>& known_scopes) {
  leadflow::config::v1::PrincipalsConfig config;
  if (absl::Status parsed = ParseTextProtoFile(path, config); !parsed.ok()) return parsed;
  if (absl::Status checked = Check(path, config, known_scopes); !checked.ok()) return checked;
  return std::shared_ptr<const Principals>(new Principals(std::move(config)));
}

Principals::Principals(leadflow::config::v1::PrincipalsConfig config)
    : config_(std::move(config)) {
  for (const Principal& principal : config_.principals()) {
    for (const std::string& hash : principal.token_sha256()) {
      token_hashes_.emplace_back(absl::HexStringToBytes(hash), &principal);
    }
    for (const std::string& name : principal.client_certificate_name()) {
      by_certificate_name_[name] = &principal;
    }
  }
}

const Principals::Principal* Principals::FindByToken(absl::string_view token) const {
  const std::string hash = Sha256(token);
  const Principal* found = nullptr;
  for (const auto& [known, principal] : token_hashes_) {
    // No early exit and a constant-time compare: the time taken says
    // nothing about which hash, if any, matched.
    const bool match = CRYPTO_memcmp(known.data(), hash.data(), hash.size()) == 0;
    found = match ? principal : found;
  }
  return found;
}

const Principals::Principal* Principals::FindByCertificateName(absl::string_view name) const {
  auto it = by_certificate_name_.find(name);
  return it == by_certificate_name_.end() ? nullptr : it->second;
}

bool Principals::HasScope(const Principal& principal, absl::string_view scope) {
  return std::find(principal.scopes().begin(), principal.scopes().end(), scope) !=
         principal.scopes().end();
}

}  // namespace leadflow::api
