#include "store/sqlite_lead_rows.h"

#include <array>
#include "absl/strings/string_view.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/resource_name.h"
#include "store/row_values.h"

namespace leadflow::store {
namespace {

using leadflow::v1::Lead;

// Every column but `id`, in the order BindLeadColumns binds them and
// ReadLeadRow reads them (after `id`).
constexpr std::array<absl::string_view, 39> kColumns = {
    "salutation",          "first_name",
    "last_name",           "company",
    "title",               "email",
    "phone",               "mobile_phone",
    "website",             "industry",
    "annual_revenue_currency", "annual_revenue_units",
    "annual_revenue_nanos",    "number_of_employees",
    "street",              "city",
    "state",               "postal_code",
    "country",             "description",
    "lead_source",         "source_detail",
    "rating",              "owner",
    "status",              "disqualification_reason",
    "interest_shown",      "meeting_agreed",
    "price_agreed",        "has_opted_out_of_email",
    "do_not_call",         "converted",
    "converted_account",   "converted_contact",
    "converted_opportunity", "convert_time_us",
    "create_time_us",      "update_time_us",
    "revision",
};

std::string Placeholders(std::size_t count) {
  return absl::StrJoin(std::vector<absl::string_view>(count, "?"), ", ");
}

constexpr FilterField kFilterFields[] = {
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

constexpr SortField kSortFields[] = {
    {"create_time", "create_time_us"}, {"update_time", "update_time_us"},
    {"last_name", "last_name"},        {"company", "company"},
    {"status", "status"},              {"owner", "owner"},
    {"email", "email"},
};

// Reads columns in kColumns order from a result row.
class RowReader {
 public:
  explicit RowReader(SQLite::Statement& statement) : statement_(statement) {}
  SQLite::Column Next() { return statement_.getColumn(index_++); }
  std::string Text() { return Next().getString(); }
  std::int64_t Int() { return Next().getInt64(); }
  bool Bool() { return Next().getInt() != 0; }

 private:
  SQLite::Statement& statement_;
  int index_ = 0;
};

// Binds parameters in kColumns order.
class RowBinder {
 public:
  RowBinder(SQLite::Statement& statement, int first)
      : statement_(statement), index_(first) {}
  void Text(const std::string& value) { statement_.bind(index_++, value); }
  void Int(std::int64_t value) { statement_.bind(index_++, static_cast<int64_t>(value)); }
  void Bool(bool value) { statement_.bind(index_++, value ? 1 : 0); }
  void Blob(const std::string& bytes) {
    statement_.bind(index_++, bytes.data(), static_cast<int>(bytes.size()));
  }
  void Null() { statement_.bind(index_++); }

 private:
  SQLite::Statement& statement_;
  int index_;
};

}  // namespace

const std::string& LeadSelectColumns() {
  static const std::string* const kSql =
      new std::string(absl::StrCat("id, ", absl::StrJoin(kColumns, ", ")));
  return *kSql;
}

const std::string& LeadInsertSql() {
  static const std::string* const kSql = new std::string(absl::StrCat(
      "INSERT INTO leads (", LeadSelectColumns(), ") VALUES (",
      Placeholders(kColumns.size() + 1), ")"));
  return *kSql;
}

const std::string& LeadUpdateSql() {
  static const std::string* const kSql = new std::string(absl::StrCat(
      "UPDATE leads SET ",
      absl::StrJoin(kColumns, ", ",
                    [](std::string* out, absl::string_view column) {
                      absl::StrAppend(out, column, " = ?");
                    }),
      " WHERE id = ?"));
  return *kSql;
}

int LeadColumnCount() { return static_cast<int>(kColumns.size()); }

Lead ReadLeadRow(SQLite::Statement& statement) {
  RowReader row(statement);
  Lead lead;
  lead.set_name(domain::ResourceName(domain::kLeadCollection, row.Text()));
  lead.set_salutation(row.Text());
  lead.set_first_name(row.Text());
  lead.set_last_name(row.Text());
  lead.set_company(row.Text());
  lead.set_title(row.Text());
  lead.set_email(row.Text());
  lead.set_phone(row.Text());
  lead.set_mobile_phone(row.Text());
  lead.set_website(row.Text());
  lead.set_industry(row.Text());
  std::string currency = row.Text();
  std::int64_t units = row.Int();
  std::int64_t nanos = row.Int();
  if (!currency.empty() || units != 0 || nanos != 0) {
    lead.mutable_annual_revenue()->set_currency_code(std::move(currency));
    lead.mutable_annual_revenue()->set_units(units);
    lead.mutable_annual_revenue()->set_nanos(static_cast<std::int32_t>(nanos));
  }
  lead.set_number_of_employees(static_cast<std::int32_t>(row.Int()));
  auto& address = *lead.mutable_address();
  address.set_street(row.Text());
  address.set_city(row.Text());
  address.set_state(row.Text());
  address.set_postal_code(row.Text());
  address.set_country(row.Text());
  if (address.ByteSizeLong() == 0) lead.clear_address();
  lead.set_description(row.Text());
  lead.set_lead_source(row.Text());
  SQLite::Column detail = row.Next();
  if (!detail.isNull()) {
    lead.mutable_source_detail()->ParseFromArray(detail.getBlob(), detail.getBytes());
  }
  lead.set_rating(row.Text());
  lead.set_owner(row.Text());
  lead.set_status(row.Text());
  lead.set_disqualification_reason(row.Text());
  lead.set_interest_shown(row.Bool());
  lead.set_meeting_agreed(row.Bool());
  lead.set_price_agreed(row.Bool());
  lead.set_has_opted_out_of_email(row.Bool());
  lead.set_do_not_call(row.Bool());
  lead.set_converted(row.Bool());
  lead.set_converted_account(row.Text());
  lead.set_converted_contact(row.Text());
  lead.set_converted_opportunity(row.Text());
  SQLite::Column convert_time = row.Next();
  if (!convert_time.isNull()) {
    *lead.mutable_convert_time() = TimestampFromMicros(convert_time.getInt64());
  }
  *lead.mutable_create_time() = TimestampFromMicros(row.Int());
  *lead.mutable_update_time() = TimestampFromMicros(row.Int());
  lead.set_etag(EtagForRevision(row.Int()));
  return lead;
}

void BindLeadColumns(SQLite::Statement& statement, int first, const Lead& lead,
                     std::int64_t revision) {
  RowBinder row(statement, first);
  row.Text(lead.salutation());
  row.Text(lead.first_name());
  row.Text(lead.last_name());
  row.Text(lead.company());
  row.Text(lead.title());
  row.Text(lead.email());
  row.Text(lead.phone());
  row.Text(lead.mobile_phone());
  row.Text(lead.website());
  row.Text(lead.industry());
  row.Text(lead.annual_revenue().currency_code());
  row.Int(lead.annual_revenue().units());
  row.Int(lead.annual_revenue().nanos());
  row.Int(lead.number_of_employees());
  row.Text(lead.address().street());
  row.Text(lead.address().city());
  row.Text(lead.address().state());
  row.Text(lead.address().postal_code());
  row.Text(lead.address().country());
  row.Text(lead.description());
  row.Text(lead.lead_source());
  if (lead.has_source_detail()) {
    row.Blob(lead.source_detail().SerializeAsString());
  } else {
    row.Null();
  }
  row.Text(lead.rating());
  row.Text(lead.owner());
  row.Text(lead.status());
  row.Text(lead.disqualification_reason());
  row.Bool(lead.interest_shown());
  row.Bool(lead.meeting_agreed());
  row.Bool(lead.price_agreed());
  row.Bool(lead.has_opted_out_of_email());
  row.Bool(lead.do_not_call());
  row.Bool(lead.converted());
  row.Text(lead.converted_account());
  row.Text(lead.converted_contact());
  row.Text(lead.converted_opportunity());
  if (lead.has_convert_time()) {
    row.Int(ToMicros(lead.convert_time()));
  } else {
    row.Null();
  }
  row.Int(ToMicros(lead.create_time()));
  row.Int(ToMicros(lead.update_time()));
  row.Int(revision);
}

absl::Span<const FilterField> LeadFilterFields() { return kFilterFields; }
absl::Span<const SortField> LeadSortFields() { return kSortFields; }

}  // namespace leadflow::store
