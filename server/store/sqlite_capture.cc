#include "store/sqlite_capture.h"

#include "absl/strings/str_cat.h"
#include "domain/duplicates.h"

namespace leadflow::store {
namespace {

void InsertKeys(SQLite::Database& db, const std::string& record,
                const domain::PersonFields& person) {
  SQLite::Statement insert(db, "INSERT OR IGNORE INTO duplicate_keys (key, record) VALUES (?, ?)");
  for (const std::string& key : domain::IndexedKeys(person)) {
    insert.bind(1, key);
    insert.bind(2, record);
    insert.exec();
    insert.reset();
  }
}

}  // namespace

void InsertDuplicateKeys(SqliteConnection& connection, const std::string& record,
                         const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    connection
        .PrepareBound("INSERT OR IGNORE INTO duplicate_keys (key, record) VALUES (?, ?)",
                      {key, record})
        ->exec();
  }
}

void DeleteDuplicateKeys(SqliteConnection& connection, const std::string& record,
                         const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    connection
        .PrepareBound("DELETE FROM duplicate_keys WHERE key = ? AND record = ?", {key, record})
        ->exec();
  }
}

std::vector<std::pair<std::string, std::string>> RecordsWithKeys(
    SqliteConnection& connection, const std::vector<std::string>& keys, int limit) {
  std::vector<std::pair<std::string, std::string>> found;
  for (const std::string& key : keys) {
    ScopedStatement select = connection.PrepareBound(
        "SELECT record FROM duplicate_keys WHERE key = ? ORDER BY record LIMIT ?",
        {key, std::int64_t{limit}});
    while (select->executeStep() && static_cast<int>(found.size()) < limit) {
      found.emplace_back(key, select->getColumn(0).getString());
    }
  }
  return found;
}

std::int64_t AssignmentCursor(SqliteConnection& connection, const std::string& rule) {
  ScopedStatement select =
      connection.PrepareBound("SELECT next_owner FROM assignment_cursors WHERE rule = ?", {rule});
  return select->executeStep() ? select->getColumn(0).getInt64() : 0;
}

void SetAssignmentCursor(SqliteConnection& connection, const std::string& rule,
                         std::int64_t cursor) {
  connection
      .PrepareBound(
          "INSERT INTO assignment_cursors (rule, next_owner) VALUES (?, ?) "
          "ON CONFLICT (rule) DO UPDATE SET next_owner = excluded.next_owner",
          {rule, cursor})
      ->exec();
}

std::int64_t AssignedOnDay(SqliteConnection& connection, const std::string& rule,
                           const std::string& owner, const std::string& day) {
  ScopedStatement select = connection.PrepareBound(
      "SELECT assigned FROM assignment_counts WHERE rule = ? AND owner = ? AND day = ?",
      {rule, owner, day});
  return select->executeStep() ? select->getColumn(0).getInt64() : 0;
}

void CountAssignment(SqliteConnection& connection, const std::string& rule,
                     const std::string& owner, const std::string& day) {
  connection
      .PrepareBound(
          "INSERT INTO assignment_counts (rule, owner, day, assigned) VALUES (?, ?, ?, 1) "
          "ON CONFLICT DO UPDATE SET assigned = assigned + 1",
          {rule, owner, day})
      ->exec();
}

std::optional<ImportProgress> ReadImportProgress(SqliteConnection& connection,
                                                 const std::string& request_id) {
  ScopedStatement select = connection.PrepareBound(
      "SELECT fingerprint, last_row FROM lead_imports WHERE request_id = ?", {request_id});
  if (!select->executeStep()) return std::nullopt;
  const SQLite::Column fingerprint = select->getColumn(0);
  return ImportProgress{std::string(static_cast<const char*>(fingerprint.getBlob()),
                                    static_cast<std::size_t>(fingerprint.getBytes())),
                        select->getColumn(1).getInt64()};
}

void WriteImportProgress(SqliteConnection& connection, const std::string& request_id,
                         const ImportProgress& progress, std::int64_t now_us) {
  connection
      .PrepareBound(
          "INSERT INTO lead_imports (request_id, fingerprint, last_row, update_time_us) "
          "VALUES (?, ?, ?, ?) ON CONFLICT (request_id) DO UPDATE SET "
          "last_row = excluded.last_row, update_time_us = excluded.update_time_us",
          {request_id, progress.fingerprint, progress.last_row, now_us})
      ->exec();
}

void BuildDuplicateKeys(SQLite::Database& db) {
  SQLite::Statement leads(db,
                          "SELECT id, first_name, last_name, company, email, phone, "
                          "mobile_phone, website FROM leads WHERE converted = 0");
  while (leads.executeStep()) {
    domain::PersonFields person{leads.getColumn(1).getString(), leads.getColumn(2).getString(),
                                leads.getColumn(3).getString(), leads.getColumn(4).getString(),
                                leads.getColumn(5).getString(), leads.getColumn(6).getString(),
                                leads.getColumn(7).getString()};
    InsertKeys(db, absl::StrCat("leads/", leads.getColumn(0).getString()), person);
  }
  SQLite::Statement contacts(
      db,
      "SELECT c.id, c.first_name, c.last_name, a.display_name, c.email, c.phone, "
      "c.mobile_phone FROM contacts c JOIN accounts a ON a.id = c.account_id");
  while (contacts.executeStep()) {
    domain::PersonFields person{contacts.getColumn(1).getString(),
                                contacts.getColumn(2).getString(),
                                contacts.getColumn(3).getString(),
                                contacts.getColumn(4).getString(),
                                contacts.getColumn(5).getString(),
                                contacts.getColumn(6).getString(),
                                ""};
    InsertKeys(db, absl::StrCat("contacts/", contacts.getColumn(0).getString()), person);
  }
}

}  // namespace leadflow::store
