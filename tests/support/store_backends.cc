#include "support/store_backends.h"

#include <algorithm>
#include <cstdlib>
#include <random>
#include <stdexcept>

#include <SQLiteCpp/SQLiteCpp.h>
#include <pqxx/pqxx>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "store/migrations.h"
#include "store/postgres/pg_migrations.h"
#include "store/postgres/postgres_store.h"
#include "store/sqlite_store.h"
#include "support/temp_dir.h"

namespace leadflow::testing {
namespace {

constexpr const char* kPostgresVariable = "LEADFLOW_TEST_POSTGRES";
constexpr const char* kServiceStoreVariable = "LEADFLOW_TEST_STORE";

class SqliteBackend final : public StoreBackend {
 public:
  std::string Location() const override { return path_; }

  absl::StatusOr<std::unique_ptr<store::Store>> Open(
      const store::EventRetention& retention) override {
    store::SqliteStore::Options options{path_};
    options.event_retention = retention;
    auto opened = store::SqliteStore::Open(options);
    if (!opened.ok()) return opened.status();
    return std::unique_ptr<store::Store>(std::move(*opened));
  }

  void Exec(const std::string& sql) override {
    SQLite::Database db(path_, SQLite::OPEN_READWRITE);
    db.exec(sql);
  }

  std::int64_t QueryInt(const std::string& sql) override {
    SQLite::Database db(path_, SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
  }

  Snapshot ReadSnapshot() override {
    SQLite::Database db(path_, SQLite::OPEN_READONLY);
    db.exec("BEGIN");
    Snapshot snapshot;
    std::vector<std::string> tables = {"sqlite_master"};
    SQLite::Statement names(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    while (names.executeStep()) tables.push_back(names.getColumn(0).getString());
    for (const std::string& table : tables) {
      SQLite::Statement rows(db, absl::StrCat("SELECT * FROM \"", table, "\""));
      std::vector<std::string>& out = snapshot[table];
      while (rows.executeStep()) {
        std::string row;
        for (int i = 0; i < rows.getColumnCount(); ++i) {
          SQLite::Column column = rows.getColumn(i);
          std::string value =
              column.isNull() ? "NULL"
                              : absl::CHexEscape(absl::string_view(
                                    static_cast<const char*>(column.getBlob()),
                                    static_cast<std::size_t>(column.getBytes())));
          absl::StrAppend(&row, i == 0 ? "" : " | ", value);
        }
        out.push_back(std::move(row));
      }
      std::sort(out.begin(), out.end());
    }
    snapshot["PRAGMA user_version"] = {db.execAndGet("PRAGMA user_version").getString()};
    db.exec("COMMIT");
    return snapshot;
  }

  std::set<std::string> Columns(const std::string& table) override {
    SQLite::Database db(path_, SQLite::OPEN_READONLY);
    SQLite::Statement query(db, "SELECT name FROM pragma_table_info(?)");
    query.bind(1, table);
    std::set<std::string> columns;
    while (query.executeStep()) columns.insert(query.getColumn(0).getString());
    return columns;
  }

  int SchemaVersion() override {
    return static_cast<int>(QueryInt("SELECT user_version FROM pragma_user_version"));
  }
  int LatestSchemaVersion() const override { return store::LatestSchemaVersion(); }

  void MakeSchemaNewer() override {
    Exec(absl::StrCat("PRAGMA user_version = ", LatestSchemaVersion() + 1));
  }

  void InjectFault(const std::string& event, const std::string& condition) override {
    Exec(absl::StrCat("CREATE TRIGGER fault ", event,
                      condition.empty() ? "" : absl::StrCat(" WHEN ", condition),
                      " BEGIN SELECT RAISE(ABORT, 'injected fault'); END"));
  }

  void RemoveFault() override { Exec("DROP TRIGGER fault"); }

 private:
  TempDir dir_;
  std::string path_ = dir_.File("store.db");
};

// The URI of database `name` on the server of `uri`: the path of a libpq
// URI names the database.
std::string WithDatabase(const std::string& uri, const std::string& name) {
  const std::size_t scheme = uri.find("://");
  const std::size_t slash = uri.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  const std::size_t query = uri.find('?', slash == std::string::npos ? 0 : slash);
  std::string base = slash == std::string::npos ? uri.substr(0, query) : uri.substr(0, slash);
  return absl::StrCat(base, "/", name,
                      query == std::string::npos ? "" : uri.substr(query));
}

// A database created for one backend and dropped with it, so tests running
// at the same time never see each other's rows.
class PostgresBackend final : public StoreBackend {
 public:
  explicit PostgresBackend(const std::string& server_uri) {
    auto database = ScratchPostgresDatabase::Create(server_uri, "leadflow_test_");
    if (!database.ok()) throw std::runtime_error(database.status().ToString());
    database_ = std::move(*database);
    uri_ = database_->uri();
  }

  std::string Location() const override { return uri_; }

  absl::StatusOr<std::unique_ptr<store::Store>> Open(
      const store::EventRetention& retention) override {
    store::PostgresStore::Options options;
    options.uri = uri_;
    options.event_retention = retention;
    auto opened = store::PostgresStore::Open(options);
    if (!opened.ok()) return opened.status();
    return std::unique_ptr<store::Store>(std::move(*opened));
  }

  void Exec(const std::string& sql) override {
    pqxx::connection connection(uri_);
    pqxx::work transaction(connection);
    transaction.exec(sql);
    transaction.commit();
  }

  std::int64_t QueryInt(const std::string& sql) override {
    pqxx::connection connection(uri_);
    pqxx::read_transaction transaction(connection);
    return transaction.exec1(sql)[0].as<std::int64_t>();
  }

  Snapshot ReadSnapshot() override {
    pqxx::connection connection(uri_);
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> transaction(connection);
    Snapshot snapshot;
    // The schema too: its tables, columns, indexes and constraints.
    const std::string catalog[] = {
        "SELECT table_name || '.' || column_name || ' ' || data_type FROM "
        "information_schema.columns WHERE table_schema = 'public'",
        "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'",
        "SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE connamespace = 'public'::regnamespace"};
    for (const std::string& sql : catalog) {
      std::vector<std::string>& out = snapshot[sql];
      for (const auto& row : transaction.exec(sql)) out.push_back(row[0].c_str());
      std::sort(out.begin(), out.end());
    }
    for (const auto& table :
         transaction.exec("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
      const std::string name = table[0].c_str();
      std::vector<std::string>& out = snapshot[name];
      // A row as PostgreSQL writes a record: every column, NULLs included.
      for (const auto& row : transaction.exec(absl::StrCat(
               "SELECT t::text FROM ", transaction.quote_name(name), " AS t"))) {
        out.push_back(row[0].c_str());
      }
      std::sort(out.begin(), out.end());
    }
    return snapshot;
  }

  std::set<std::string> Columns(const std::string& table) override {
    pqxx::connection connection(uri_);
    pqxx::read_transaction transaction(connection);
    std::set<std::string> columns;
    for (const auto& row : transaction.exec_params(
             "SELECT column_name FROM information_schema.columns "
             "WHERE table_schema = 'public' AND table_name = $1",
             table)) {
      columns.insert(row[0].c_str());
    }
    return columns;
  }

  int SchemaVersion() override {
    return static_cast<int>(QueryInt("SELECT max(version) FROM schema_migrations"));
  }
  int LatestSchemaVersion() const override { return store::LatestPgSchemaVersion(); }

  void MakeSchemaNewer() override {
    Exec(absl::StrCat("INSERT INTO schema_migrations (version) VALUES (",
                      LatestSchemaVersion() + 1, ")"));
  }

  void InjectFault(const std::string& event, const std::string& condition) override {
    const std::size_t on = event.find(" ON ");
    fault_table_ = event.substr(on + 4);
    Exec("CREATE OR REPLACE FUNCTION fault() RETURNS trigger LANGUAGE plpgsql AS "
         "$$ BEGIN RAISE EXCEPTION 'injected fault'; END $$");
    Exec(absl::StrCat("CREATE TRIGGER fault ", event, " FOR EACH ROW",
                      condition.empty() ? "" : absl::StrCat(" WHEN (", condition, ")"),
                      " EXECUTE FUNCTION fault()"));
  }

  void RemoveFault() override { Exec(absl::StrCat("DROP TRIGGER fault ON ", fault_table_)); }

 private:
  std::unique_ptr<ScratchPostgresDatabase> database_;
  std::string uri_;
  std::string fault_table_;
};

}  // namespace

std::string StoreKindName(StoreKind kind) {
  return kind == StoreKind::kSqlite ? "Sqlite" : "Postgres";
}

std::string StoreKindParamName(const ::testing::TestParamInfo<StoreKind>& info) {
  return StoreKindName(info.param);
}

std::string UnavailableReason(StoreKind kind) {
  if (kind == StoreKind::kPostgres) {
    const char* uri = std::getenv(kPostgresVariable);
    if (uri == nullptr || *uri == '\0') {
      return absl::StrCat(kPostgresVariable,
                          " is not set; ci/postgres_cluster.sh start prints it");
    }
  }
  return "";
}

StoreKind ServiceTestStoreKind() {
  const char* store = std::getenv(kServiceStoreVariable);
  return store != nullptr && std::string(store) == "postgres" ? StoreKind::kPostgres
                                                              : StoreKind::kSqlite;
}

std::unique_ptr<StoreBackend> MakeStoreBackend(StoreKind kind) {
  if (kind == StoreKind::kSqlite) return std::make_unique<SqliteBackend>();
  return std::make_unique<PostgresBackend>(std::getenv(kPostgresVariable));
}

absl::StatusOr<std::unique_ptr<ScratchPostgresDatabase>> ScratchPostgresDatabase::Create(
    const std::string& server_uri, const std::string& prefix) {
  std::random_device random;
  std::string name = absl::StrCat(prefix, std::uniform_int_distribution<std::uint64_t>()(random));
  try {
    pqxx::connection admin(server_uri);
    pqxx::nontransaction(admin).exec(absl::StrCat("CREATE DATABASE ", name));
  } catch (const std::exception& e) {
    return absl::UnavailableError(absl::StrCat("cannot create database ", name, ": ", e.what()));
  }
  return std::unique_ptr<ScratchPostgresDatabase>(
      new ScratchPostgresDatabase(server_uri, std::move(name)));
}

ScratchPostgresDatabase::ScratchPostgresDatabase(std::string server_uri, std::string name)
    : server_uri_(std::move(server_uri)),
      name_(std::move(name)),
      uri_(WithDatabase(server_uri_, name_)) {}

ScratchPostgresDatabase::~ScratchPostgresDatabase() {
  try {
    pqxx::connection admin(server_uri_);
    pqxx::nontransaction(admin).exec(
        absl::StrCat("DROP DATABASE IF EXISTS ", name_, " WITH (FORCE)"));
  } catch (const std::exception&) {
    // The cluster is thrown away after the run anyway.
  }
}

}  // namespace leadflow::testing
