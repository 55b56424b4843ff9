#include "domain/catalog.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "util/status_macros.h"

namespace leadflow::domain {
namespace {

using leadflow::v1::LeadStatus;

LeadStatus MakeStatus(std::string name, bool is_default, bool closed,
                      bool converted) {
  LeadStatus status;
  status.set_name(std::move(name));
  status.set_default_(is_default);
  status.set_closed(closed);
  status.set_converted(converted);
  return status;
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

  FieldViolations violations;
  CheckStatuses(lists.lead_statuses, violations);
  CheckEntries("lead_sources", lists.lead_sources, violations);
  CheckEntries("ratings", lists.ratings, violations);
  CheckEntries("currencies", lists.currencies, violations);
  CheckCurrencies(lists.currencies, violations);
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
