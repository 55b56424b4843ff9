// Fuzzes PageTokenCodec::Decode, which reads the page_token of every List
// request: untrusted text from the caller.
//
// The first input byte picks how the rest is used:
//  - even: the rest is the token as a caller would send it;
//  - odd: the rest is the key section of a token, which the harness wraps
//    and signs the way the server does (version byte, query hash, keys,
//    truncated HMAC-SHA256; see store/page_token.cc), so that the fuzzer
//    reaches the key parser behind the signature check. If the codec's
//    format changes, update Sign() and Wrap() below with it.
// Decode must accept or refuse with INVALID_ARGUMENT, and a token it accepts
// must hold exactly the bytes Encode makes of the keys it returned.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/string_view.h"
#include "store/page_token.h"

namespace {

namespace store = leadflow::store;

constexpr absl::string_view kKey = "fuzz-signing-key";
constexpr absl::string_view kQuery = "leads\nstatus = \"Open - Not Contacted\"\ncreate_time desc\n";
constexpr std::size_t kMacBytes = 16;
constexpr std::size_t kQueryHashBytes = 8;

[[noreturn]] void Fail(absl::string_view what, absl::string_view token, absl::string_view detail) {
  std::fprintf(stderr, "page_token_fuzz: %.*s\n  token: %.*s\n  detail: %.*s\n",
               static_cast<int>(what.size()), what.data(), static_cast<int>(token.size()),
               token.data(), static_cast<int>(detail.size()), detail.data());
  std::abort();
}

std::string Sign(absl::string_view payload) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_size = 0;
  HMAC(EVP_sha256(), kKey.data(), static_cast<int>(kKey.size()),
       reinterpret_cast<const unsigned char*>(payload.data()), payload.size(), mac, &mac_size);
  return std::string(reinterpret_cast<const char*>(mac), kMacBytes);
}

// A token whose signature and query hash are right, around `keys`.
std::string Wrap(absl::string_view keys) {
  std::string payload(1, '\x01');
  payload.append(Sign(kQuery).substr(0, kQueryHashBytes));
  payload.append(keys.data(), keys.size());
  payload.append(Sign(payload));
  return absl::WebSafeBase64Escape(payload);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const absl::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string token = (data[0] & 1) != 0 ? Wrap(rest) : std::string(rest);

  static const store::PageTokenCodec codec{std::string(kKey)};
  for (std::size_t key_count = 0; key_count <= 3; ++key_count) {
    absl::StatusOr<std::vector<store::SqlValue>> keys = codec.Decode(token, kQuery, key_count);
    if (!keys.ok()) {
      if (keys.status().code() != absl::StatusCode::kInvalidArgument) {
        Fail("a refused token must be INVALID_ARGUMENT", token, keys.status().ToString());
      }
      continue;
    }
    if (keys->size() != key_count) Fail("wrong number of keys accepted", token, "");
    // Compared as bytes: base64 text may differ in padding yet decode alike.
    std::string accepted, encoded;
    if (!absl::WebSafeBase64Unescape(token, &accepted) ||
        !absl::WebSafeBase64Unescape(codec.Encode(kQuery, *keys), &encoded) ||
        accepted != encoded) {
      Fail("an accepted token is not what Encode makes of its keys", token,
           codec.Encode(kQuery, *keys));
    }
    // The same token for another query is always refused.
    if (codec.Decode(token, "accounts\n\n\n", key_count).ok()) {
      Fail("a token was accepted for another query", token, "");
    }
  }
  return 0;
}
