#include "domain/catalog.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "domain/text.h"
#include "util/status_macros.h"

namespace leadflow::domain {
namespace {

using leadflow::config::v1::AssignmentRule;
using leadflow::v1::DuplicateRule;
using leadflow::v1::ForecastCategory;
using leadflow::v1::LeadStatus;
using leadflow::v1::OpportunityStage;

LeadStatus MakeStatus(std::string name, bool is_default, bool closed,
                      bool converted) {
  LeadStatus status;
  status.set_name(std::move(name));
  status.set_default_(is_default);
  status.set_closed(closed);
  status.set_converted(converted);
  return status;
}

OpportunityStage MakeStage(std::string name, int probability,
                           ForecastCategory category, bool closed, bool won) {
  OpportunityStage stage;
  stage.set_name(std::move(name));
  stage.set_probability(probability);
  stage.set_forecast_category(category);
  stage.set_closed(closed);
  stage.set_won(won);
  return stage;
}

bool Contains(const std::vector<std::string>& list, absl::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Empty or repeated entries would make a value ambiguous or unselectable.
void CheckEntries(absl::string_view list_name,
                  const std::vector<std::string>& entries,
                  FieldViolations& violations) {
  absl::flat_hash_set<absl::string_view> seen;
  for (const std::string& entry : entries) {
    if (entry.empty()) {
      violations.Add(std::string(list_name), "contains an empty entry");
    } else if (!seen.insert(entry).second) {
      violations.Add(std::string(list_name),
                     absl::StrCat("lists \"", entry, "\" twice"));
    }
  }
}

void CheckStatuses(const std::vector<LeadStatus>& statuses,
                   FieldViolations& violations) {
  std::vector<std::string> names;
  int defaults = 0;
  int converted = 0;
  for (const LeadStatus& status : statuses) {
    names.push_back(status.name());
    if (status.default_()) {
      ++defaults;
      if (status.closed()) {
        violations.Add("lead_statuses", absl::StrCat("default status \"",
                                                     status.name(),
                                                     "\" must not be closed"));
      }
    }
    if (status.converted()) {
      ++converted;
      if (!status.closed()) {
        violations.Add("lead_statuses",
                       absl::StrCat("converted status \"", status.name(),
                                    "\" must also be closed"));
      }
    }
  }
  CheckEntries("lead_statuses", names, violations);
  if (defaults != 1) {
    violations.Add("lead_statuses",
                   absl::StrCat("exactly one status must be the default; ",
                                defaults, " are"));
  }
  if (converted == 0) {
    violations.Add("lead_statuses",
                   "at least one status must be flagged converted");
  }
}

void CheckStages(const std::vector<OpportunityStage>& stages,
                 FieldViolations& violations) {
  std::vector<std::string> names;
  bool open = false, won = false, lost = false;
  for (const OpportunityStage& stage : stages) {
    names.push_back(stage.name());
    if (stage.probability() < 0 || stage.probability() > 100) {
      violations.Add("opportunity_stages",
                     absl::StrCat("stage \"", stage.name(),
                                  "\" has probability ", stage.probability(),
                                  "; it must be 0-100"));
    }
    if (stage.won() && !stage.closed()) {
      violations.Add("opportunity_stages",
                     absl::StrCat("won stage \"", stage.name(),
                                  "\" must also be closed"));
    }
    open |= !stage.closed();
    won |= stage.closed() && stage.won();
    lost |= stage.closed() && !stage.won();
  }
  CheckEntries("opportunity_stages", names, violations);
  if (!open || !won || !lost) {
    violations.Add("opportunity_stages",
                   "needs at least one open stage, one closed won stage and "
                   "one closed lost stage");
  }
}

void CheckCurrencies(const std::vector<std::string>& currencies,
                     FieldViolations& violations) {
  for (const std::string& code : currencies) {
    bool ok = code.size() == 3 &&
              std::all_of(code.begin(), code.end(),
                          [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!ok) {
      violations.Add("currencies",
                     absl::StrCat("\"", code,
                                  "\" is not a three-letter upper-case ISO "
                                  "4217 code"));
    }
  }
}

// Each rule once: a repeated rule would count its weight twice in scores.
void CheckDuplicateRules(const std::vector<DuplicateRule>& rules, FieldViolations& violations) {
  absl::flat_hash_set<DuplicateRule> seen;
  for (DuplicateRule rule : rules) {
    if (rule == v1::DUPLICATE_RULE_UNSPECIFIED) {
      violations.Add("duplicate_rules", "lists DUPLICATE_RULE_UNSPECIFIED, which is no rule");
    } else if (!v1::DuplicateRule_IsValid(rule)) {
      violations.Add("duplicate_rules",
                     absl::StrCat("lists ", static_cast<int>(rule), ", which is no known rule"));
    } else if (!seen.insert(rule).second) {
      violations.Add("duplicate_rules",
                     absl::StrCat("lists ", v1::DuplicateRule_Name(rule), " twice"));
    }
  }
}

bool IsBlank(absl::string_view text) { return absl::StripAsciiWhitespace(text).empty(); }

// Names and owners end up stored on leads (`assignment_rule`, `owner`), so
// they follow the text rules of those fields: Lead.owner's 255 characters,
// no control or bidirectional-override characters.
void CheckAssignmentText(absl::string_view label, absl::string_view what, absl::string_view value,
                         std::size_t max_chars, FieldViolations& violations) {
  if (IsBlank(value)) {
    violations.Add("assignment_rules", absl::StrCat(label, " has a blank ", what));
    return;
  }
  const std::size_t count = CharacterCount(value);
  if (count > max_chars) {
    violations.Add("assignment_rules",
                   absl::StrCat(label, " has a ", what, " of ", count, " characters; at most ",
                                max_chars, " are allowed"));
  } else if (std::optional<std::string> problem = ForbiddenCharacter(value, Lines::kSingle)) {
    violations.Add("assignment_rules", absl::StrCat(label, "'s ", what, ": ", *problem));
  }
}

// A blank criteria entry could match no lead: entries are compared trimmed,
// and a lead whose field is empty never matches a non-empty list.
void CheckCriteria(absl::string_view label, absl::string_view list_name,
                   const google::protobuf::RepeatedPtrField<std::string>& entries,
                   FieldViolations& violations) {
  for (const std::string& entry : entries) {
    if (IsBlank(entry)) {
      violations.Add("assignment_rules",
                     absl::StrCat(label, "'s ", list_name, " contains a blank entry"));
      return;
    }
  }
}

// Lead sources and ratings in criteria are not checked against the catalog's
// lists: a criterion that names no configured value merely never matches.
void CheckAssignmentRules(const std::vector<AssignmentRule>& rules, FieldViolations& violations) {
  constexpr std::size_t kMaxNameChars = 80;
  constexpr std::size_t kMaxOwnerChars = 255;
  absl::flat_hash_set<absl::string_view> names;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const AssignmentRule& rule = rules[i];
    // Messages name the rule, or give its position when it has no name.
    const std::string label = IsBlank(rule.name())
                                  ? absl::StrCat("rule ", i + 1)
                                  : absl::StrCat("rule ", QuoteForError(rule.name()));
    CheckAssignmentText(label, "name", rule.name(), kMaxNameChars, violations);
    if (!IsBlank(rule.name()) && !names.insert(rule.name()).second) {
      violations.Add("assignment_rules",
                     absl::StrCat("names ", QuoteForError(rule.name()), " twice"));
    }
    if (rule.owners().empty()) {
      violations.Add("assignment_rules", absl::StrCat(label, " has no owners"));
    }
    absl::flat_hash_set<absl::string_view> owners;
    for (const std::string& owner : rule.owners()) {
      CheckAssignmentText(label, "owner", owner, kMaxOwnerChars, violations);
      if (!IsBlank(owner) && !owners.insert(owner).second) {
        violations.Add("assignment_rules",
                       absl::StrCat(label, " lists owner ", QuoteForError(owner), " twice"));
      }
    }
    if (rule.daily_cap() < 0) {
      violations.Add("assignment_rules", absl::StrCat(label, " has daily_cap ", rule.daily_cap(),
                                                      "; it must be 0 (no cap) or more"));
    }
    CheckCriteria(label, "lead_sources", rule.lead_sources(), violations);
    CheckCriteria(label, "countries", rule.countries(), violations);
    CheckCriteria(label, "industries", rule.industries(), violations);
    CheckCriteria(label, "ratings", rule.ratings(), violations);
  }
}

template <typename T>
std::vector<T> ToVector(const google::protobuf::RepeatedPtrField<T>& field) {
  return std::vector<T>(field.begin(), field.end());
}

}  // namespace

Catalog Catalog::Default() {
  Lists lists;
  lists.lead_statuses = {
      MakeStatus("Open - Not Contacted", true, false, false),
      MakeStatus("Working - Contacted", false, false, false),
      MakeStatus("Closed - Converted", false, true, true),
      MakeStatus("Closed - Not Converted", false, true, false),
  };
  lists.lead_sources = {"Web",            "Phone Inquiry",     "Partner Referral",
                        "Purchased List", "Customer Referral", "Other"};
  lists.ratings = {"Hot", "Warm", "Cold"};
  lists.currencies = {"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD"};
  lists.opportunity_stages = {
      MakeStage("Prospecting", 10, v1::PIPELINE, false, false),
      MakeStage("Qualification", 10, v1::PIPELINE, false, false),
      MakeStage("Needs Analysis", 20, v1::PIPELINE, false, false),
      MakeStage("Value Proposition", 50, v1::PIPELINE, false, false),
      MakeStage("Id. Decision Makers", 60, v1::PIPELINE, false, false),
      MakeStage("Perception Analysis", 70, v1::PIPELINE, false, false),
      MakeStage("Proposal/Price Quote", 75, v1::PIPELINE, false, false),
      MakeStage("Negotiation/Review", 90, v1::PIPELINE, false, false),
      MakeStage("Closed Won", 100, v1::CLOSED, true, true),
      MakeStage("Closed Lost", 0, v1::OMITTED, true, false),
  };
  lists.duplicate_rules = {v1::DUPLICATE_RULE_EMAIL, v1::DUPLICATE_RULE_NAME_AND_COMPANY,
                           v1::DUPLICATE_RULE_PHONE, v1::DUPLICATE_RULE_DOMAIN_AND_COMPANY};
  return Catalog(std::move(lists));
}

absl::StatusOr<Catalog> Catalog::Create(
    const leadflow::config::v1::ServerConfig& overrides) {
  Lists lists = Default().lists_;
  if (overrides.lead_statuses_size() > 0) {
    lists.lead_statuses = ToVector(overrides.lead_statuses());
  }
  if (overrides.lead_sources_size() > 0) {
    lists.lead_sources = ToVector(overrides.lead_sources());
  }
  if (overrides.ratings_size() > 0) lists.ratings = ToVector(overrides.ratings());
  if (overrides.currencies_size() > 0) {
    lists.currencies = ToVector(overrides.currencies());
  }
  if (overrides.opportunity_stages_size() > 0) {
    lists.opportunity_stages = ToVector(overrides.opportunity_stages());
  }
  if (overrides.fiscal_year_start_month() != 0) {
    lists.fiscal_year_start_month = overrides.fiscal_year_start_month();
  }
  if (!overrides.default_currency().empty()) {
    lists.default_currency = overrides.default_currency();
  }
  lists.require_loss_reason = overrides.require_loss_reason();
  if (overrides.duplicate_rules_size() > 0) {
    // Protobuf keeps unknown enum values (e.g. `duplicate_rules: 9`) as ints.
    lists.duplicate_rules.clear();
    for (int rule : overrides.duplicate_rules()) {
      lists.duplicate_rules.push_back(static_cast<DuplicateRule>(rule));
    }
  }
  lists.assignment_rules = ToVector(overrides.assignment_rules());

  FieldViolations violations;
  CheckStatuses(lists.lead_statuses, violations);
  CheckEntries("lead_sources", lists.lead_sources, violations);
  CheckEntries("ratings", lists.ratings, violations);
  CheckEntries("currencies", lists.currencies, violations);
  CheckCurrencies(lists.currencies, violations);
  CheckStages(lists.opportunity_stages, violations);
  CheckDuplicateRules(lists.duplicate_rules, violations);
  CheckAssignmentRules(lists.assignment_rules, violations);
  if (lists.fiscal_year_start_month < 1 || lists.fiscal_year_start_month > 12) {
    violations.Add("fiscal_year_start_month", "must be 1-12");
  }
  if (!Contains(lists.currencies, lists.default_currency)) {
    violations.Add("default_currency",
                   absl::StrCat("\"", lists.default_currency, "\" is not in currencies"));
  }
  LEADFLOW_RETURN_IF_ERROR(violations.ToStatus());
  return Catalog(std::move(lists));
}

const LeadStatus* Catalog::FindLeadStatus(absl::string_view name) const {
  for (const LeadStatus& status : lists_.lead_statuses) {
    if (status.name() == name) return &status;
  }
  return nullptr;
}

const LeadStatus& Catalog::default_lead_status() const {
  // Create() guarantees exactly one default.
  for (const LeadStatus& status : lists_.lead_statuses) {
    if (status.default_()) return status;
  }
  return lists_.lead_statuses.front();
}

const OpportunityStage* Catalog::FindStage(absl::string_view name) const {
  for (const OpportunityStage& stage : lists_.opportunity_stages) {
    if (stage.name() == name) return &stage;
  }
  return nullptr;
}

const OpportunityStage& Catalog::first_open_stage() const {
  // Create() guarantees an open stage.
  for (const OpportunityStage& stage : lists_.opportunity_stages) {
    if (!stage.closed()) return stage;
  }
  return lists_.opportunity_stages.front();
}

bool Catalog::IsLeadSource(absl::string_view value) const {
  return Contains(lists_.lead_sources, value);
}
bool Catalog::IsRating(absl::string_view value) const {
  return Contains(lists_.ratings, value);
}
bool Catalog::IsCurrency(absl::string_view value) const {
  return Contains(lists_.currencies, value);
}

}  // namespace leadflow::domain
