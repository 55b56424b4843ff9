#include "domain/catalog.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "util/status_macros.h"

namespace leadflow::domain {
namespace {

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

  FieldViolations violations;
  CheckStatuses(lists.lead_statuses, violations);
  CheckEntries("lead_sources", lists.lead_sources, violations);
  CheckEntries("ratings", lists.ratings, violations);
  CheckEntries("currencies", lists.currencies, violations);
  CheckCurrencies(lists.currencies, violations);
  CheckStages(lists.opportunity_stages, violations);
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
