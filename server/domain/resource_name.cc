#include "domain/resource_name.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_cat.h"
#include "domain/errors.h"

namespace leadflow::domain {
namespace {

constexpr std::size_t kMaxIdLength = 64;

bool IsIdChar(char c) {
  return absl::ascii_isdigit(c) || (c >= 'a' && c <= 'z') || c == '-';
}

}  // namespace

std::string ResourceName(absl::string_view collection, absl::string_view id) {
  return absl::StrCat(collection, "/", id);
}

absl::StatusOr<std::string> ParseResourceId(absl::string_view collection,
                                            absl::string_view name,
                                            absl::string_view field) {
  if (name.empty()) {
    return InvalidField(std::string(field),
                        absl::StrCat("is required, as \"", collection,
                                     "/{id}\""));
  }
  std::string prefix = absl::StrCat(collection, "/");
  absl::string_view id = name;
  if (!absl::ConsumePrefix(&id, prefix) || id.empty() ||
      id.size() > kMaxIdLength || !std::all_of(id.begin(), id.end(), IsIdChar)) {
    return InvalidField(std::string(field),
                        absl::StrCat("\"", name, "\" is not a valid name; expected \"",
                                     collection, "/{id}\""));
  }
  return std::string(id);
}

}  // namespace leadflow::domain
