#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_CAPTURE_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_CAPTURE_H_

// PostgreSQL's side of lead capture: the same operations as
// sqlite_capture.h, on a write (PgWrite) or, for lookups, any transaction.
// A round-robin cursor is read FOR UPDATE, so servers sharing a database
// take turns on it and no owner is given the same turn twice.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"
#include "store/postgres/pg_write.h"
#include "store/resource_table.h"
#include "store/store.h"

namespace leadflow::store {

// A read outside any write, so that the capture templates find the
// overloads below for it by argument-dependent lookup.
struct PgRead {
  pqxx::transaction_base& transaction;
};

std::vector<std::pair<std::string, std::string>> RecordsWithKeys(
    PgRead& read, const std::vector<std::string>& keys, int limit);
absl::StatusOr<std::int64_t> ReadResource(PgRead& read, const ResourceTable& table,
                                          absl::string_view id, google::protobuf::Message& out);

void InsertDuplicateKeys(PgWrite& write, const std::string& record,
                         const std::vector<std::string>& keys);
void DeleteDuplicateKeys(PgWrite& write, const std::string& record,
                         const std::vector<std::string>& keys);

std::vector<std::pair<std::string, std::string>> RecordsWithKeys(
    pqxx::transaction_base& transaction, const std::vector<std::string>& keys, int limit);
std::vector<std::pair<std::string, std::string>> RecordsWithKeys(
    PgWrite& write, const std::vector<std::string>& keys, int limit);

std::int64_t AssignmentCursor(PgWrite& write, const std::string& rule);
void SetAssignmentCursor(PgWrite& write, const std::string& rule, std::int64_t cursor);
std::int64_t AssignedOnDay(PgWrite& write, const std::string& rule, const std::string& owner,
                           const std::string& day);
void CountAssignment(PgWrite& write, const std::string& rule, const std::string& owner,
                     const std::string& day);

std::optional<ImportProgress> ReadImportProgress(pqxx::transaction_base& transaction,
                                                 const std::string& request_id);
std::optional<ImportProgress> ReadImportProgress(PgWrite& write, const std::string& request_id);
void WriteImportProgress(PgWrite& write, const std::string& request_id,
                         const ImportProgress& progress, std::int64_t now_us);

// Fills the key index from existing leads and contacts (schema version 4).
void BuildDuplicateKeys(pqxx::transaction_base& transaction);

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_CAPTURE_H_
