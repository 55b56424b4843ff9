#include "domain/resource_name.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "domain/text.h"

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

namespace {

// Why `name` is not a name of `collection`; empty when it is.
std::string NameProblem(absl::string_view collection, absl::string_view name) {
  if (name.empty()) return absl::StrCat("is required, as \"", collection, "/{id}\"");
  std::string prefix = absl::StrCat(collection, "/");
  absl::string_view id = name;
  if (!absl::ConsumePrefix(&id, prefix) || id.empty() || id.size() > kMaxIdLength ||
      !std::all_of(id.begin(), id.end(), IsIdChar)) {
    return absl::StrCat(QuoteForError(name), " is not a valid name; expected \"", collection,
                        "/{id}\"");
  }
  return "";
}

}  // namespace

absl::StatusOr<std::string> ParseResourceId(absl::string_view collection,
                                            absl::string_view name,
                                            absl::string_view field) {
  std::string problem = NameProblem(collection, name);
  if (!problem.empty()) return InvalidField(std::string(field), std::move(problem));
  return std::string(name.substr(collection.size() + 1));
}

void CheckResourceName(absl::string_view collection, absl::string_view name,
                       absl::string_view field, bool required, FieldViolations& violations) {
  if (name.empty() && !required) return;
  std::string problem = NameProblem(collection, name);
  if (!problem.empty()) violations.Add(std::string(field), std::move(problem));
}

}  // namespace leadflow::domain
