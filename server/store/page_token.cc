#include "store/page_token.h"

#include <cstdint>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "domain/errors.h"

namespace leadflow::store {
namespace {

constexpr char kVersion = 1;
constexpr std::size_t kMacBytes = 16;        // truncated HMAC-SHA256
constexpr std::size_t kQueryHashBytes = 8;   // which query the token is for
constexpr char kIntTag = 'i';
constexpr char kTextTag = 's';

absl::Status Invalid(absl::string_view why) {
  return domain::InvalidField(
      "page_token",
      absl::StrCat(why, "; pass the next_page_token of the previous page of "
                        "the same query, or no token to start over"),
      leadflow::v1::PAGE_TOKEN_INVALID);
}

void AppendUint64(std::string& out, std::uint64_t value) {
  for (int shift = 56; shift >= 0; shift -= 8) {
    out.push_back(static_cast<char>((value >> shift) & 0xFF));
  }
}

bool ReadUint64(absl::string_view& in, std::uint64_t& value) {
  if (in.size() < 8) return false;
  value = 0;
  for (int i = 0; i < 8; ++i) {
    value = (value << 8) | static_cast<unsigned char>(in[i]);
  }
  in.remove_prefix(8);
  return true;
}

}  // namespace

std::string PageTokenCodec::Sign(absl::string_view payload) const {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_size = 0;
  HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()),
       reinterpret_cast<const unsigned char*>(payload.data()), payload.size(),
       mac, &mac_size);
  return std::string(reinterpret_cast<const char*>(mac), kMacBytes);
}

std::string PageTokenCodec::Encode(absl::string_view query,
                                   const std::vector<SqlValue>& last_keys) const {
  std::string payload(1, kVersion);
  payload.append(Sign(query).substr(0, kQueryHashBytes));
  for (const SqlValue& value : last_keys) {
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
      payload.push_back(kIntTag);
      AppendUint64(payload, static_cast<std::uint64_t>(*number));
    } else {
      const std::string& text = std::get<std::string>(value);
      payload.push_back(kTextTag);
      AppendUint64(payload, text.size());
      payload.append(text);
    }
  }
  payload.append(Sign(payload));
  return absl::WebSafeBase64Escape(payload);
}

absl::StatusOr<std::vector<SqlValue>> PageTokenCodec::Decode(
    absl::string_view token, absl::string_view query, std::size_t key_count) const {
  std::string raw;
  if (!absl::WebSafeBase64Unescape(token, &raw) ||
      raw.size() < 1 + kQueryHashBytes + kMacBytes) {
    return Invalid("the page token is malformed");
  }
  absl::string_view payload(raw.data(), raw.size() - kMacBytes);
  absl::string_view mac(raw.data() + payload.size(), kMacBytes);
  std::string expected_mac = Sign(payload);
  if (CRYPTO_memcmp(mac.data(), expected_mac.data(), kMacBytes) != 0 ||
      payload[0] != kVersion) {
    return Invalid("the page token was not issued by this server");
  }
  payload.remove_prefix(1);
  if (payload.substr(0, kQueryHashBytes) != Sign(query).substr(0, kQueryHashBytes)) {
    return Invalid(
        "the page token belongs to a different query (filter or order_by "
        "changed)");
  }
  payload.remove_prefix(kQueryHashBytes);
  std::vector<SqlValue> keys;
  while (!payload.empty()) {
    char tag = payload.front();
    payload.remove_prefix(1);
    std::uint64_t number = 0;
    if (!ReadUint64(payload, number)) return Invalid("the page token is malformed");
    if (tag == kIntTag) {
      keys.emplace_back(static_cast<std::int64_t>(number));
    } else if (tag == kTextTag && number <= payload.size()) {
      keys.emplace_back(std::string(payload.substr(0, number)));
      payload.remove_prefix(number);
    } else {
      return Invalid("the page token is malformed");
    }
  }
  if (keys.size() != key_count) return Invalid("the page token is malformed");
  return keys;
}

}  // namespace leadflow::store
