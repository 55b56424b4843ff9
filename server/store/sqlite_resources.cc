#include "store/sqlite_resources.h"

#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "store/ids.h"
#include "store/row_values.h"

namespace leadflow::store {
namespace {

using google::protobuf::Message;

void SetTime(Message& resource, absl::string_view field, absl::Time time) {
  const auto* descriptor = resource.GetDescriptor()->FindFieldByName(std::string(field));
  resource.GetReflection()->MutableMessage(&resource, descriptor)->CopyFrom(
      TimestampFromMicros(ToMicros(time)));
}

std::string NameOf(const Message& resource) {
  return resource.GetReflection()->GetString(
      resource, resource.GetDescriptor()->FindFieldByName("name"));
}

std::string EtagOf(const Message& resource) {
  return resource.GetReflection()->GetString(
      resource, resource.GetDescriptor()->FindFieldByName("etag"));
}

// Reads the row a write's RETURNING clause handed back into `resource`.
void ReadReturned(SQLite::Statement& write, const ResourceTable& table, Message& resource) {
  if (!write.executeStep()) {
    throw std::logic_error(absl::StrCat("a write to ", table.table(), " returned no row"));
  }
  resource.Clear();
  table.Read(write, resource);
}

}  // namespace

absl::StatusOr<std::int64_t> ReadResource(SqliteConnection& connection,
                                          const ResourceTable& table, absl::string_view id,
                                          Message& out) {
  ScopedStatement query = connection.PrepareBound(
      absl::StrCat("SELECT ", table.select_columns(), " FROM ", table.table(), " WHERE id = ?"),
      {std::string(id)});
  if (!query->executeStep()) {
    return domain::NotFound(table.descriptor().full_name(),
                            absl::StrCat(table.collection(), "/", id));
  }
  return table.Read(*query, out);
}

absl::StatusOr<std::int64_t> ReadResourceForWrite(SqliteConnection& connection,
                                                  const ResourceTable& table,
                                                  absl::string_view id, absl::string_view etag,
                                                  Message& out) {
  absl::StatusOr<std::int64_t> revision = ReadResource(connection, table, id, out);
  if (revision.ok() && !etag.empty() && etag != EtagOf(out)) {
    return domain::EtagMismatch(NameOf(out));
  }
  return revision;
}

void InsertResource(SqliteConnection& connection, const ResourceTable& table, Message& resource,
                    absl::Time now) {
  SetTime(resource, "create_time", now);
  SetTime(resource, "update_time", now);
  ScopedStatement insert = connection.Prepare(table.insert_sql());
  insert->bind(1, IdForNewRecord(table, NameOf(resource), now));
  table.Bind(*insert, 2, resource, /*revision=*/1);
  ReadReturned(*insert, table, resource);
}

void UpdateResource(SqliteConnection& connection, const ResourceTable& table,
                    Message& resource, std::int64_t revision, absl::Time now) {
  const std::string id = table.IdOf(NameOf(resource));
  SetTime(resource, "update_time", now);
  ScopedStatement update = connection.Prepare(table.update_sql());
  table.Bind(*update, 1, resource, revision);
  update->bind(table.bound_count() + 1, id);
  ReadReturned(*update, table, resource);
}

void DeleteRow(SqliteConnection& connection, const ResourceTable& table, absl::string_view id) {
  ScopedStatement erase = connection.PrepareBound(
      absl::StrCat("DELETE FROM ", table.table(), " WHERE id = ?"), {std::string(id)});
  erase->exec();
}

std::vector<std::string> Referrers(SqliteConnection& connection, const ResourceTable& table,
                                   absl::string_view column, absl::string_view id, int limit) {
  ScopedStatement query = connection.PrepareBound(
      absl::StrCat("SELECT id FROM ", table.table(), " WHERE ", column, " = ? LIMIT ", limit),
      {std::string(id)});
  std::vector<std::string> names;
  while (query->executeStep()) {
    names.push_back(absl::StrCat(table.collection(), "/", query->getColumn(0).getString()));
  }
  return names;
}

absl::Status RequireReference(SqliteConnection& connection, const ResourceTable& table,
                              absl::string_view name, absl::string_view field) {
  ScopedStatement query = connection.PrepareBound(
      absl::StrCat("SELECT 1 FROM ", table.table(), " WHERE id = ?"), {table.IdOf(name)});
  if (query->executeStep()) return absl::OkStatus();
  return domain::InvalidField(std::string(field), absl::StrCat(name, " does not exist"),
                              leadflow::v1::REFERENCE_NOT_FOUND);
}

}  // namespace leadflow::store
