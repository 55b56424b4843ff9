#include "store/postgres/pg_capture.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "domain/duplicates.h"
#include "store/postgres/pg_params.h"
#include "store/postgres/pg_resources.h"

namespace leadflow::store {
namespace {

constexpr const char* kInsertKey =
    "INSERT INTO duplicate_keys (key, record) VALUES ($1, $2) ON CONFLICT DO NOTHING";

void InsertKeys(pqxx::transaction_base& transaction, const std::string& record,
                const domain::PersonFields& person) {
  for (const std::string& key : domain::IndexedKeys(person)) {
    Exec(transaction, kInsertKey, {key, record});
  }
}

std::optional<ImportProgress> ReadProgress(pqxx::transaction_base& transaction,
                                           const std::string& request_id, bool lock) {
  pqxx::result rows = Exec(transaction,
                           lock ? "SELECT encode(fingerprint, 'hex'), last_row FROM lead_imports "
                                  "WHERE request_id = $1 FOR UPDATE"
                                : "SELECT encode(fingerprint, 'hex'), last_row FROM lead_imports "
                                  "WHERE request_id = $1",
                           {request_id});
  if (rows.empty()) return std::nullopt;
  return ImportProgress{absl::HexStringToBytes(rows[0][0].as<std::string>()),
                        rows[0][1].as<std::int64_t>()};
}

}  // namespace

void InsertDuplicateKeys(PgWrite& write, const std::string& record,
                         const std::vector<std::string>& keys) {
  for (const std::string& key : keys) Exec(write.transaction(), kInsertKey, {key, record});
}

void DeleteDuplicateKeys(PgWrite& write, const std::string& record,
                         const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    Exec(write.transaction(), "DELETE FROM duplicate_keys WHERE key = $1 AND record = $2",
         {key, record});
  }
}

std::vector<std::pair<std::string, std::string>> RecordsWithKeys(
    pqxx::transaction_base& transaction, const std::vector<std::string>& keys, int limit) {
  std::vector<std::pair<std::string, std::string>> found;
  for (const std::string& key : keys) {
    pqxx::result rows = Exec(
        transaction, "SELECT record FROM duplicate_keys WHERE key = $1 ORDER BY record LIMIT $2",
        {key, std::int64_t{limit}});
    for (const pqxx::row& row : rows) {
      if (static_cast<int>(found.size()) >= limit) break;
      found.emplace_back(key, row[0].as<std::string>());
    }
  }
  return found;
}

std::vector<std::pair<std::string, std::string>> RecordsWithKeys(
    PgWrite& write, const std::vector<std::string>& keys, int limit) {
  return RecordsWithKeys(write.transaction(), keys, limit);
}

std::vector<std::pair<std::string, std::string>> RecordsWithKeys(
    PgRead& read, const std::vector<std::string>& keys, int limit) {
  return RecordsWithKeys(read.transaction, keys, limit);
}

absl::StatusOr<std::int64_t> ReadResource(PgRead& read, const ResourceTable& table,
                                          absl::string_view id, google::protobuf::Message& out) {
  return ReadResource(read.transaction, table, id, out);
}

std::int64_t AssignmentCursor(PgWrite& write, const std::string& rule) {
  // The row must exist to be locked: the first use of a rule creates it.
  Exec(write.transaction(),
       "INSERT INTO assignment_cursors (rule, next_owner) VALUES ($1, 0) "
       "ON CONFLICT DO NOTHING",
       {rule});
  pqxx::result rows =
      Exec(write.transaction(),
           "SELECT next_owner FROM assignment_cursors WHERE rule = $1 FOR UPDATE", {rule});
  return rows.empty() ? 0 : rows[0][0].as<std::int64_t>();
}

void SetAssignmentCursor(PgWrite& write, const std::string& rule, std::int64_t cursor) {
  Exec(write.transaction(), "UPDATE assignment_cursors SET next_owner = $2 WHERE rule = $1",
       {rule, cursor});
}

std::int64_t AssignedOnDay(PgWrite& write, const std::string& rule, const std::string& owner,
                           const std::string& day) {
  pqxx::result rows =
      Exec(write.transaction(),
           "SELECT assigned FROM assignment_counts WHERE rule = $1 AND owner = $2 AND day = $3",
           {rule, owner, day});
  return rows.empty() ? 0 : rows[0][0].as<std::int64_t>();
}

void CountAssignment(PgWrite& write, const std::string& rule, const std::string& owner,
                     const std::string& day) {
  Exec(write.transaction(),
       "INSERT INTO assignment_counts (rule, owner, day, assigned) VALUES ($1, $2, $3, 1) "
       "ON CONFLICT (rule, owner, day) DO UPDATE "
       "SET assigned = assignment_counts.assigned + 1",
       {rule, owner, day});
}

std::optional<ImportProgress> ReadImportProgress(pqxx::transaction_base& transaction,
                                                 const std::string& request_id) {
  return ReadProgress(transaction, request_id, /*lock=*/false);
}

std::optional<ImportProgress> ReadImportProgress(PgWrite& write, const std::string& request_id) {
  // Locked, so two calls resuming the same import commit one after the other
  // and the second sees the rows the first committed.
  return ReadProgress(write.transaction(), request_id, /*lock=*/true);
}

void WriteImportProgress(PgWrite& write, const std::string& request_id,
                         const ImportProgress& progress, std::int64_t now_us) {
  Exec(write.transaction(),
       "INSERT INTO lead_imports (request_id, fingerprint, last_row, update_time_us) "
       "VALUES ($1, decode($2, 'hex'), $3, $4) ON CONFLICT (request_id) DO UPDATE SET "
       "last_row = excluded.last_row, update_time_us = excluded.update_time_us",
       {request_id, absl::BytesToHexString(progress.fingerprint), progress.last_row, now_us});
}

void BuildDuplicateKeys(pqxx::transaction_base& transaction) {
  for (const pqxx::row& row :
       transaction.exec("SELECT id, first_name, last_name, company, email, phone, "
                        "mobile_phone, website FROM leads WHERE converted = 0")) {
    InsertKeys(transaction, absl::StrCat("leads/", row[0].as<std::string>()),
               {row[1].as<std::string>(), row[2].as<std::string>(), row[3].as<std::string>(),
                row[4].as<std::string>(), row[5].as<std::string>(), row[6].as<std::string>(),
                row[7].as<std::string>()});
  }
  for (const pqxx::row& row :
       transaction.exec("SELECT c.id, c.first_name, c.last_name, a.display_name, c.email, c.phone, "
                        "c.mobile_phone FROM contacts c JOIN accounts a ON a.id = c.account_id")) {
    InsertKeys(transaction, absl::StrCat("contacts/", row[0].as<std::string>()),
               {row[1].as<std::string>(), row[2].as<std::string>(), row[3].as<std::string>(),
                row[4].as<std::string>(), row[5].as<std::string>(), row[6].as<std::string>(), ""});
  }
}

}  // namespace leadflow::store
