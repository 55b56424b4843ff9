#ifndef LEADFLOW_TESTS_SUPPORT_STORE_BACKENDS_H_
#define LEADFLOW_TESTS_SUPPORT_STORE_BACKENDS_H_

// The stores the Store contract tests run against, each on a database of
// its own that lives as long as the backend: SQLite on a temporary file,
// and PostgreSQL on a fresh database of the cluster named by the
// environment variable LEADFLOW_TEST_POSTGRES (a libpq URI; ci/test.sh sets
// it from ci/postgres_cluster.sh). Without it the PostgreSQL instances
// skip, saying why.

#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "store/store.h"

namespace leadflow::testing {

enum class StoreKind { kSqlite, kPostgres };

// Every table of a database, row by row as text, each table's rows sorted:
// two snapshots are equal exactly when nothing was written in between.
using Snapshot = std::map<std::string, std::vector<std::string>>;

// For test names: "Sqlite", "Postgres".
std::string StoreKindName(StoreKind kind);
// For INSTANTIATE_TEST_SUITE_P over StoreKind: names instances after it.
std::string StoreKindParamName(const ::testing::TestParamInfo<StoreKind>& info);
inline std::ostream& operator<<(std::ostream& out, StoreKind kind) {
  return out << StoreKindName(kind);
}

class StoreBackend {
 public:
  virtual ~StoreBackend() = default;

  // What the server's --db takes to open this backend's database: the
  // SQLite file's path or the PostgreSQL URI.
  virtual std::string Location() const = 0;

  // A store on this backend's database (the same data on every call).
  virtual absl::StatusOr<std::unique_ptr<store::Store>> Open(
      const store::EventRetention& retention = {}) = 0;

  // Runs `sql`, written in the SQL both engines accept, on the database
  // behind the store's back (to set up states the API cannot reach yet).
  virtual void Exec(const std::string& sql) = 0;

  // Every row of every table (and the schema), read in one transaction.
  virtual Snapshot ReadSnapshot() = 0;

  // The integer `sql` selects (one row, one column).
  virtual std::int64_t QueryInt(const std::string& sql) = 0;

  // The names of `table`'s columns.
  virtual std::set<std::string> Columns(const std::string& table) = 0;

  // The schema version the database is at, and the newest this build
  // writes.
  virtual int SchemaVersion() = 0;
  virtual int LatestSchemaVersion() const = 0;

  // Marks the schema as written by a newer Leadflow.
  virtual void MakeSchemaNewer() = 0;

  // Makes every statement `event` (e.g. "BEFORE INSERT ON accounts") fail
  // with "injected fault" when `condition` on NEW holds ("" for always),
  // until RemoveFault. One fault at a time.
  virtual void InjectFault(const std::string& event, const std::string& condition) = 0;
  virtual void RemoveFault() = 0;
};

// Why `kind` cannot run here (an empty string when it can).
std::string UnavailableReason(StoreKind kind);

// The store the service-level tests run their server on: PostgreSQL when
// the environment variable LEADFLOW_TEST_STORE is "postgres" (ctest runs
// the service-level suites a second time that way, named "postgres.*"),
// SQLite otherwise.
StoreKind ServiceTestStoreKind();

// A backend of `kind` on a new, empty database. UnavailableReason(kind)
// must be empty.
std::unique_ptr<StoreBackend> MakeStoreBackend(StoreKind kind);

// A new, empty database on the PostgreSQL server of a libpq URI, dropped
// (WITH (FORCE), so connections left open do not keep it) when destroyed:
// runs that share a cluster never see each other's rows.
class ScratchPostgresDatabase {
 public:
  // Creates "<prefix><random number>" on the server of `server_uri`.
  static absl::StatusOr<std::unique_ptr<ScratchPostgresDatabase>> Create(
      const std::string& server_uri, const std::string& prefix);
  ~ScratchPostgresDatabase();
  ScratchPostgresDatabase(const ScratchPostgresDatabase&) = delete;
  ScratchPostgresDatabase& operator=(const ScratchPostgresDatabase&) = delete;

  const std::string& name() const { return name_; }
  // `server_uri` naming this database instead.
  const std::string& uri() const { return uri_; }

 private:
  ScratchPostgresDatabase(std::string server_uri, std::string name);

  std::string server_uri_;
  std::string name_;
  std::string uri_;
};

}  // namespace leadflow::testing

#endif  // LEADFLOW_TESTS_SUPPORT_STORE_BACKENDS_H_
