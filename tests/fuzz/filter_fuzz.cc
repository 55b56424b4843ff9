// Fuzzes the AIP-160 filter of List requests: parsing (ParseFilter) and
// compiling to SQL (CompileFilter) against the real field tables of the four
// collections, which between them have every field type. Beyond "never
// crash", it checks what the server relies on:
//  - every refusal is INVALID_ARGUMENT;
//  - a filter over kMaxFilterBytes is refused;
//  - an accepted filter compiles to SQL that SQLite prepares inside
//    `WHERE (...)` of the collection's real table (migrated schema), with
//    exactly as many `?` parameters as values, and that runs.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>

#include <SQLiteCpp/SQLiteCpp.h>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "store/filter/filter_parser.h"
#include "store/filter/filter_sql.h"
#include "store/migrations.h"
#include "store/sqlite_list.h"
#include "store/tables.h"

namespace {

namespace store = leadflow::store;

[[noreturn]] void Fail(absl::string_view what, absl::string_view filter, absl::string_view detail) {
  std::fprintf(stderr, "filter_fuzz: %.*s\n  filter: %.*s\n  detail: %.*s\n",
               static_cast<int>(what.size()), what.data(), static_cast<int>(filter.size()),
               filter.data(), static_cast<int>(detail.size()), detail.data());
  std::abort();
}

void CheckRefusal(const absl::Status& status, absl::string_view filter) {
  if (status.code() != absl::StatusCode::kInvalidArgument) {
    Fail("a refused filter must be INVALID_ARGUMENT", filter, status.ToString());
  }
}

// One in-memory database with the current schema, made once.
SQLite::Database& Schema() {
  static SQLite::Database* db = [] {
    auto* created = new SQLite::Database(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    absl::Status migrated = store::Migrate(*created);
    if (!migrated.ok()) Fail("cannot create the schema", "", migrated.ToString());
    return created;
  }();
  return *db;
}

void CompileAndRun(const store::ListSpec& spec, absl::string_view filter) {
  absl::StatusOr<store::SqlFragment> compiled = store::CompileFilter(filter, spec.filter_fields);
  if (!compiled.ok()) {
    CheckRefusal(compiled.status(), filter);
    return;
  }
  const std::string sql =
      "SELECT count(*) FROM " + spec.table->table() + " WHERE (" + compiled->sql + ")";
  try {
    SQLite::Statement statement(Schema(), sql);
    if (statement.getBindParameterCount() != static_cast<int>(compiled->params.size())) {
      Fail("parameter count differs from the `?` in the SQL", filter, sql);
    }
    int index = 1;
    for (const store::SqlValue& value : compiled->params) {
      if (const auto* number = std::get_if<std::int64_t>(&value)) {
        statement.bind(index++, *number);
      } else {
        statement.bind(index++, std::get<std::string>(value));
      }
    }
    statement.executeStep();
  } catch (const SQLite::Exception& e) {
    Fail("the compiled SQL does not run", filter, sql + "\n  sqlite: " + e.what());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const absl::string_view filter(reinterpret_cast<const char*>(data), size);

  absl::StatusOr<store::filter::Expr> parsed = store::filter::ParseFilter(filter);
  if (parsed.ok()) {
    if (size > store::filter::kMaxFilterBytes) {
      Fail("a filter over kMaxFilterBytes was accepted", filter.substr(0, 80), "");
    }
    (void)store::filter::FormatExpr(*parsed);
  } else {
    CheckRefusal(parsed.status(), filter);
  }

  for (const store::ListSpec* spec : {&store::LeadListSpec(), &store::AccountListSpec(),
                                      &store::ContactListSpec(), &store::OpportunityListSpec()}) {
    CompileAndRun(*spec, filter);
  }
  return 0;
}
