#include "store/migrations.h"

#include <array>
#include <string>

#include "absl/strings/str_cat.h"
#include "domain/errors.h"

namespace leadflow::store {
namespace {

// Text columns are NOT NULL DEFAULT '' so that filters and keyset ordering
// never meet NULL; times are microseconds since the Unix epoch (UTC).
constexpr const char* kMigrations[] = {
    // 1: leads, idempotency keys and the page-token signing key.
    R"sql(
CREATE TABLE leads (
  id                        TEXT PRIMARY KEY,
  salutation                TEXT NOT NULL DEFAULT '',
  first_name                TEXT NOT NULL DEFAULT '',
  last_name                 TEXT NOT NULL,
  company                   TEXT NOT NULL,
  title                     TEXT NOT NULL DEFAULT '',
  email                     TEXT NOT NULL DEFAULT '',
  phone                     TEXT NOT NULL DEFAULT '',
  mobile_phone              TEXT NOT NULL DEFAULT '',
  website                   TEXT NOT NULL DEFAULT '',
  industry                  TEXT NOT NULL DEFAULT '',
  annual_revenue_currency   TEXT NOT NULL DEFAULT '',
  annual_revenue_units      INTEGER NOT NULL DEFAULT 0,
  annual_revenue_nanos      INTEGER NOT NULL DEFAULT 0,
  number_of_employees       INTEGER NOT NULL DEFAULT 0,
  street                    TEXT NOT NULL DEFAULT '',
  city                      TEXT NOT NULL DEFAULT '',
  state                     TEXT NOT NULL DEFAULT '',
  postal_code               TEXT NOT NULL DEFAULT '',
  country                   TEXT NOT NULL DEFAULT '',
  description               TEXT NOT NULL DEFAULT '',
  lead_source               TEXT NOT NULL DEFAULT '',
  -- A serialized leadflow.v1.LeadSourceDetail: a one-of of small records
  -- that is read and written whole, never queried.
  source_detail             BLOB,
  rating                    TEXT NOT NULL DEFAULT '',
  owner                     TEXT NOT NULL DEFAULT '',
  status                    TEXT NOT NULL,
  disqualification_reason   TEXT NOT NULL DEFAULT '',
  interest_shown            INTEGER NOT NULL DEFAULT 0 CHECK (interest_shown IN (0, 1)),
  meeting_agreed            INTEGER NOT NULL DEFAULT 0 CHECK (meeting_agreed IN (0, 1)),
  price_agreed              INTEGER NOT NULL DEFAULT 0 CHECK (price_agreed IN (0, 1)),
  has_opted_out_of_email    INTEGER NOT NULL DEFAULT 0 CHECK (has_opted_out_of_email IN (0, 1)),
  do_not_call               INTEGER NOT NULL DEFAULT 0 CHECK (do_not_call IN (0, 1)),
  converted                 INTEGER NOT NULL DEFAULT 0 CHECK (converted IN (0, 1)),
  converted_account         TEXT NOT NULL DEFAULT '',
  converted_contact         TEXT NOT NULL DEFAULT '',
  converted_opportunity     TEXT NOT NULL DEFAULT '',
  convert_time_us           INTEGER,
  create_time_us            INTEGER NOT NULL,
  update_time_us            INTEGER NOT NULL,
  revision                  INTEGER NOT NULL
);
-- The default order, and the orders and filters users ask for most.
CREATE INDEX leads_by_create_time ON leads (create_time_us, id);
CREATE INDEX leads_by_update_time ON leads (update_time_us, id);
CREATE INDEX leads_by_status ON leads (status, create_time_us, id);
CREATE INDEX leads_by_owner ON leads (owner, create_time_us, id);
CREATE INDEX leads_by_company ON leads (company, id);
CREATE INDEX leads_by_last_name ON leads (last_name, id);
CREATE INDEX leads_by_email ON leads (email);

-- One row per (method, request_id) that completed: a retry gets `response`
-- back instead of being executed again (AIP-155). `fingerprint` tells a
-- retry from a different request that reused the id.
CREATE TABLE idempotency_keys (
  method          TEXT NOT NULL,
  request_id      TEXT NOT NULL,
  fingerprint     BLOB NOT NULL,
  response        BLOB NOT NULL,
  create_time_us  INTEGER NOT NULL,
  PRIMARY KEY (method, request_id)
) WITHOUT ROWID;

-- Secrets the server generates once per database.
CREATE TABLE store_secrets (
  name   TEXT PRIMARY KEY,
  value  BLOB NOT NULL
) WITHOUT ROWID;
INSERT INTO store_secrets (name, value) VALUES ('page_token_key', randomblob(32));
)sql",
};

int CurrentVersion(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(std::size(kMigrations)); }

absl::Status Migrate(SQLite::Database& db) {
  const int latest = LatestSchemaVersion();
  try {
    int version = CurrentVersion(db);
    if (version > latest) {
      return domain::ServerError(
          absl::StatusCode::kFailedPrecondition,
          absl::StrCat("the database has schema version ", version,
                       ", written by a newer Leadflow; this server knows "
                       "versions up to ",
                       latest, ". Upgrade leadflow-server, or use another --db"));
    }
    for (; version < latest; ++version) {
      SQLite::Transaction transaction(db);
      db.exec(kMigrations[version]);
      db.exec(absl::StrCat("PRAGMA user_version = ", version + 1));
      transaction.commit();
    }
  } catch (const std::exception& e) {
    return domain::ServerError(absl::StatusCode::kInternal,
                               absl::StrCat("schema migration failed: ", e.what()));
  }
  return absl::OkStatus();
}

}  // namespace leadflow::store
