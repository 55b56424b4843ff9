#include "store/postgres/pg_resources.h"

#include <stdexcept>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "domain/errors.h"
#include "store/ids.h"
#include "store/postgres/pg_params.h"
#include "store/postgres/pg_rows.h"
#include "store/row_values.h"

namespace leadflow::store {
namespace {

using google::protobuf::Message;

void SetTime(Message& resource, absl::string_view field, absl::Time time) {
  const auto* descriptor = resource.GetDescriptor()->FindFieldByName(std::string(field));
  resource.GetReflection()->MutableMessage(&resource, descriptor)->CopyFrom(
      TimestampFromMicros(ToMicros(time)));
}

std::string FieldOf(const Message& resource, const char* field) {
  return resource.GetReflection()->GetString(resource,
                                             resource.GetDescriptor()->FindFieldByName(field));
}

std::string SelectById(const ResourceTable& table, absl::string_view suffix = "") {
  return absl::StrCat("SELECT ", table.select_columns(), " FROM ", table.table(),
                      " WHERE id = $1", suffix);
}

std::string InsertSql(const ResourceTable& table) {
  std::vector<std::string> parameters;
  for (std::size_t i = 1; i <= table.columns().size(); ++i) {
    parameters.push_back(absl::StrCat("$", i));
  }
  return absl::StrCat("INSERT INTO ", table.table(), " (", table.select_columns(),
                      ") VALUES (", absl::StrJoin(parameters, ", "), ") RETURNING ",
                      table.select_columns());
}

// Parameters: every column but id ($1 ..), then the id and the expected
// revision.
std::string UpdateSql(const ResourceTable& table) {
  std::vector<std::string> assignments;
  const std::vector<std::string>& columns = table.columns();
  for (std::size_t i = 1; i < columns.size(); ++i) {
    assignments.push_back(absl::StrCat(columns[i], " = $", i));
  }
  const std::size_t id = columns.size();
  return absl::StrCat("UPDATE ", table.table(), " SET ", absl::StrJoin(assignments, ", "),
                      " WHERE id = $", id, " AND revision = $", id + 1, " RETURNING ",
                      table.select_columns());
}

void ReadRow(const ResourceTable& table, const pqxx::row& row, Message& resource) {
  resource.Clear();
  PgRowSource source(row);
  table.Read(source, resource);
}

}  // namespace

absl::StatusOr<std::int64_t> ReadResource(pqxx::transaction_base& transaction,
                                          const ResourceTable& table, absl::string_view id,
                                          Message& out) {
  pqxx::result rows = Exec(transaction, SelectById(table), {std::string(id)});
  if (rows.empty()) {
    return domain::NotFound(table.descriptor().full_name(),
                            absl::StrCat(table.collection(), "/", id));
  }
  PgRowSource source(rows[0]);
  return table.Read(source, out);
}

absl::StatusOr<std::int64_t> ReadResource(PgWrite& write, const ResourceTable& table,
                                          absl::string_view id, Message& out) {
  return ReadResourceForWrite(write, table, id, "", out);
}

absl::StatusOr<std::int64_t> ReadResourceForWrite(PgWrite& write, const ResourceTable& table,
                                                  absl::string_view id, absl::string_view etag,
                                                  Message& out) {
  pqxx::result rows =
      Exec(write.transaction(), SelectById(table, " FOR UPDATE"), {std::string(id)});
  if (rows.empty()) {
    return domain::NotFound(table.descriptor().full_name(),
                            absl::StrCat(table.collection(), "/", id));
  }
  PgRowSource source(rows[0]);
  const std::int64_t revision = table.Read(source, out);
  if (!etag.empty() && etag != FieldOf(out, "etag")) {
    return domain::EtagMismatch(FieldOf(out, "name"));
  }
  return revision;
}

void InsertResource(PgWrite& write, const ResourceTable& table, Message& resource,
                    absl::Time now) {
  SetTime(resource, "create_time", now);
  SetTime(resource, "update_time", now);
  PgParams params;
  params.Text(IdForNewRecord(table, FieldOf(resource, "name"), now));
  table.Write(resource, /*revision=*/1, params);
  pqxx::result rows = params.Exec(write.transaction(), InsertSql(table));
  ReadRow(table, rows[0], resource);
}

void UpdateResource(PgWrite& write, const ResourceTable& table, Message& resource,
                    std::int64_t revision, absl::Time now) {
  SetTime(resource, "update_time", now);
  PgParams params;
  table.Write(resource, revision, params);
  params.Text(table.IdOf(FieldOf(resource, "name")));
  params.Integer(revision - 1);
  pqxx::result rows = params.Exec(write.transaction(), UpdateSql(table));
  if (rows.empty()) {
    // The row was read FOR UPDATE in this transaction, so this is a bug,
    // not a race: fail the write rather than overwrite another's change.
    throw std::logic_error(absl::StrCat(FieldOf(resource, "name"), " changed under its write"));
  }
  ReadRow(table, rows[0], resource);
}

void DeleteRow(PgWrite& write, const ResourceTable& table, absl::string_view id) {
  Exec(write.transaction(), absl::StrCat("DELETE FROM ", table.table(), " WHERE id = $1"),
       {std::string(id)});
}

std::vector<std::string> Referrers(PgWrite& write, const ResourceTable& table,
                                   absl::string_view column, absl::string_view id, int limit) {
  pqxx::result rows = Exec(write.transaction(),
                           absl::StrCat("SELECT id FROM ", table.table(), " WHERE ", column,
                                        " = $1 ORDER BY id LIMIT ", limit),
                           {std::string(id)});
  std::vector<std::string> names;
  for (const pqxx::row& row : rows) {
    names.push_back(absl::StrCat(table.collection(), "/", row[0].as<std::string>()));
  }
  return names;
}

absl::Status RequireReference(PgWrite& write, const ResourceTable& table,
                              absl::string_view name, absl::string_view field) {
  pqxx::result rows = Exec(
      write.transaction(),
      absl::StrCat("SELECT 1 FROM ", table.table(), " WHERE id = $1 FOR KEY SHARE"),
      {table.IdOf(name)});
  if (!rows.empty()) return absl::OkStatus();
  return domain::InvalidField(std::string(field), absl::StrCat(name, " does not exist"),
                              leadflow::v1::REFERENCE_NOT_FOUND);
}

}  // namespace leadflow::store
