#ifndef LEADFLOW_SERVER_STORE_SQLITE_LEAD_ROWS_H_
#define LEADFLOW_SERVER_STORE_SQLITE_LEAD_ROWS_H_

// The mapping between leadflow.v1.Lead and a row of the `leads` table: the
// one place that knows both the proto fields and the column names.

#include <cstdint>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "absl/types/span.h"
#include "leadflow/v1/lead.pb.h"
#include "store/filter/filter_sql.h"
#include "store/order_by.h"

namespace leadflow::store {

// "id, salutation, ..., revision": every column, in the order ReadLeadRow
// expects them at the start of a result row.
const std::string& LeadSelectColumns();

// "INSERT INTO leads (id, ...) VALUES (?, ...)": the id, then the columns
// that BindLeadColumns binds.
const std::string& LeadInsertSql();

// "UPDATE leads SET salutation = ?, ... WHERE id = ?": the columns that
// BindLeadColumns binds, then the id.
const std::string& LeadUpdateSql();

// The number of parameters BindLeadColumns binds.
int LeadColumnCount();

// The lead in the current row of `statement`, whose first columns are
// LeadSelectColumns(). Its etag is derived from the row's revision.
leadflow::v1::Lead ReadLeadRow(SQLite::Statement& statement);

// Binds every stored field of `lead` but its id, and `revision`, to the
// parameters first .. first + LeadColumnCount() - 1.
void BindLeadColumns(SQLite::Statement& statement, int first,
                     const leadflow::v1::Lead& lead, std::int64_t revision);

// The fields ListLeads may filter and sort by.
absl::Span<const FilterField> LeadFilterFields();
absl::Span<const SortField> LeadSortFields();

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_LEAD_ROWS_H_
