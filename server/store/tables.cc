#include "store/tables.h"

#include "domain/resource_name.h"
#include "leadflow/v1/account.pb.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/opportunity.pb.h"

namespace leadflow::store {
namespace {

using domain::kAccountCollection;
using domain::kContactCollection;
using domain::kLeadCollection;
using domain::kOpportunityCollection;

// Filterable and sortable fields; the List request comments in the protos
// list the same names.
constexpr FilterField kLeadFilters[] = {
    {"status", "status", FilterFieldType::kString},
    {"lead_source", "lead_source", FilterFieldType::kString},
    {"rating", "rating", FilterFieldType::kString},
    {"owner", "owner", FilterFieldType::kString},
    {"company", "company", FilterFieldType::kString},
    {"email", "email", FilterFieldType::kString},
    {"last_name", "last_name", FilterFieldType::kString},
    {"converted", "converted", FilterFieldType::kBool},
    {"interest_shown", "interest_shown", FilterFieldType::kBool},
    {"meeting_agreed", "meeting_agreed", FilterFieldType::kBool},
    {"price_agreed", "price_agreed", FilterFieldType::kBool},
    {"create_time", "create_time_us", FilterFieldType::kTimestamp},
    {"update_time", "update_time_us", FilterFieldType::kTimestamp},
};
constexpr SortField kLeadSorts[] = {
    {"create_time", "create_time_us"}, {"update_time", "update_time_us"},
    {"last_name", "last_name"},        {"company", "company"},
    {"status", "status"},              {"owner", "owner"},
    {"email", "email"},
};

constexpr FilterField kAccountFilters[] = {
    {"display_name", "display_name", FilterFieldType::kString},
    {"owner", "owner", FilterFieldType::kString},
    {"industry", "industry", FilterFieldType::kString},
    {"account_source", "account_source", FilterFieldType::kString},
    {"website", "website", FilterFieldType::kString},
    {"create_time", "create_time_us", FilterFieldType::kTimestamp},
    {"update_time", "update_time_us", FilterFieldType::kTimestamp},
};
constexpr SortField kAccountSorts[] = {
    {"display_name", "display_name"},  {"create_time", "create_time_us"},
    {"update_time", "update_time_us"}, {"owner", "owner"},
};

constexpr FilterField kContactFilters[] = {
    {"account", "account_id", FilterFieldType::kResourceName, kAccountCollection},
    {"last_name", "last_name", FilterFieldType::kString},
    {"email", "email", FilterFieldType::kString},
    {"owner", "owner", FilterFieldType::kString},
    {"lead_source", "lead_source", FilterFieldType::kString},
    {"create_time", "create_time_us", FilterFieldType::kTimestamp},
    {"update_time", "update_time_us", FilterFieldType::kTimestamp},
};
constexpr SortField kContactSorts[] = {
    {"last_name", "last_name"},        {"create_time", "create_time_us"},
    {"update_time", "update_time_us"}, {"email", "email"},
};

// Built at first use: the enum field needs its descriptor.
absl::Span<const FilterField> OpportunityFilters() {
  static const FilterField kFilters[] = {
      {"stage", "stage", FilterFieldType::kString},
      {"owner", "owner", FilterFieldType::kString},
      {"account", "account_id", FilterFieldType::kResourceName, kAccountCollection},
      {"is_closed", "is_closed", FilterFieldType::kBool},
      {"is_won", "is_won", FilterFieldType::kBool},
      {"close_date", "close_date", FilterFieldType::kDate},
      {"amount", "amount", FilterFieldType::kMoney},
      {"currency", "amount_currency", FilterFieldType::kString},
      {"forecast_category", "forecast_category", FilterFieldType::kEnum, {},
       v1::ForecastCategory_descriptor()},
      {"create_time", "create_time_us", FilterFieldType::kTimestamp},
  };
  return kFilters;
}

constexpr SortField kOpportunitySorts[] = {
    {"close_date", "close_date"},
    {"amount", "amount_units", "amount_nanos"},
    {"create_time", "create_time_us"},
};

ListSpec MakeSpec(const ResourceTable& table, absl::Span<const FilterField> filters,
                  absl::Span<const SortField> sorts) {
  return ListSpec{&table, filters, sorts, "create_time"};
}

}  // namespace

const ResourceTable& LeadTable() {
  static const auto* const kTable = new ResourceTable(
      *v1::Lead::descriptor(), "leads", std::string(kLeadCollection),
      {{"converted_account", std::string(kAccountCollection)},
       {"converted_contact", std::string(kContactCollection)},
       {"converted_opportunity", std::string(kOpportunityCollection)}});
  return *kTable;
}

const ResourceTable& AccountTable() {
  static const auto* const kTable = new ResourceTable(
      *v1::Account::descriptor(), "accounts", std::string(kAccountCollection));
  return *kTable;
}

const ResourceTable& ContactTable() {
  static const auto* const kTable =
      new ResourceTable(*v1::Contact::descriptor(), "contacts", std::string(kContactCollection),
                        {{"account", std::string(kAccountCollection)}});
  return *kTable;
}

const ResourceTable& OpportunityTable() {
  static const auto* const kTable = new ResourceTable(
      *v1::Opportunity::descriptor(), "opportunities", std::string(kOpportunityCollection),
      {{"account", std::string(kAccountCollection)},
       {"contact", std::string(kContactCollection)}});
  return *kTable;
}

const ListSpec& LeadListSpec() {
  static const auto* const kSpec = new ListSpec(MakeSpec(LeadTable(), kLeadFilters, kLeadSorts));
  return *kSpec;
}

const ListSpec& AccountListSpec() {
  static const auto* const kSpec =
      new ListSpec(MakeSpec(AccountTable(), kAccountFilters, kAccountSorts));
  return *kSpec;
}

const ListSpec& OpportunityListSpec() {
  static const auto* const kSpec = new ListSpec(
      MakeSpec(OpportunityTable(), OpportunityFilters(), kOpportunitySorts));
  return *kSpec;
}

const ListSpec& ContactListSpec() {
  static const auto* const kSpec =
      new ListSpec(MakeSpec(ContactTable(), kContactFilters, kContactSorts));
  return *kSpec;
}

}  // namespace leadflow::store
