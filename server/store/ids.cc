#include "store/ids.h"

#include <array>
#include <cstdint>
#include <stdexcept>

#include <openssl/rand.h>

#include "absl/strings/str_cat.h"

namespace leadflow::store {
namespace {

constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
constexpr int kTimeChars = 10;     // 50 bits of milliseconds: until year 37648
constexpr int kRandomChars = 16;   // 80 bits

}  // namespace

std::string NewId(absl::Time now) {
  std::string id(kTimeChars + kRandomChars, '0');
  std::uint64_t millis = static_cast<std::uint64_t>(absl::ToUnixMillis(now));
  for (int i = kTimeChars - 1; i >= 0; --i) {
    id[i] = kAlphabet[millis & 31];
    millis >>= 5;
  }
  std::array<unsigned char, kRandomChars> random;
  if (RAND_bytes(random.data(), random.size()) != 1) {
    throw std::runtime_error("the system random generator failed");
  }
  for (int i = 0; i < kRandomChars; ++i) {
    id[kTimeChars + i] = kAlphabet[random[i] & 31];
  }
  return id;
}

std::string IdForNewRecord(const ResourceTable& table, absl::string_view name, absl::Time now) {
  if (name.empty()) return NewId(now);
  std::string id = table.IdOf(name);
  if (id.empty()) {
    throw std::logic_error(absl::StrCat("a new ", table.collection(), " record named ", name));
  }
  return id;
}

std::string NewName(const ResourceTable& table, absl::Time now) {
  return absl::StrCat(table.collection(), "/", NewId(now));
}

}  // namespace leadflow::store
