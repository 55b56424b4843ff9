#include "domain/assignment.h"

#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

namespace leadflow::domain {
namespace {

// Whether `value` satisfies one criterion: an empty list places no
// condition; otherwise the trimmed value must equal one trimmed entry.
bool CriterionMatches(const google::protobuf::RepeatedPtrField<std::string>& allowed,
                      absl::string_view value) {
  if (allowed.empty()) return true;
  value = absl::StripAsciiWhitespace(value);
  if (value.empty()) return false;
  for (const std::string& entry : allowed) {
    if (absl::EqualsIgnoreCase(absl::StripAsciiWhitespace(entry), value)) return true;
  }
  return false;
}

}  // namespace

bool AssignmentRuleMatches(const leadflow::config::v1::AssignmentRule& rule,
                           const leadflow::v1::Lead& lead) {
  return CriterionMatches(rule.lead_sources(), lead.lead_source()) &&
         CriterionMatches(rule.countries(), lead.address().country()) &&
         CriterionMatches(rule.industries(), lead.industry()) &&
         CriterionMatches(rule.ratings(), lead.rating());
}

std::optional<AssignmentPick> PickAssignee(
    const leadflow::config::v1::AssignmentRule& rule, std::int64_t cursor,
    const std::function<std::int64_t(const std::string& owner)>& assigned_today) {
  const std::int64_t size = rule.owners_size();
  if (size == 0) return std::nullopt;
  // C++'s % keeps the dividend's sign; shift a negative remainder into range.
  const std::int64_t start = ((cursor % size) + size) % size;
  // Catalog refuses negative caps; treat one as no cap rather than as "none".
  const bool capped = rule.daily_cap() > 0;
  for (std::int64_t step = 0; step < size; ++step) {
    const std::int64_t index = (start + step) % size;
    const std::string& owner = rule.owners(static_cast<int>(index));
    if (!capped || assigned_today(owner) < rule.daily_cap()) {
      return AssignmentPick{owner, (index + 1) % size};
    }
  }
  return std::nullopt;
}

std::string AssignmentDay(absl::Time now) {
  return absl::FormatTime("%Y-%m-%d", now, absl::UTCTimeZone());
}

}  // namespace leadflow::domain
