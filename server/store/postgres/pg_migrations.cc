#include "store/postgres/pg_migrations.h"

#include <openssl/rand.h>

#include <iterator>
#include <stdexcept>
#include <string>

#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "store/postgres/pg_capture.h"
#include "store/postgres/pg_errors.h"
#include "store/postgres/pg_params.h"

namespace leadflow::store {
namespace {

// The same tables and columns as SQLite's (store/migrations.cc, named after
// store/resource_table.h) in PostgreSQL's types: BIGINT for INTEGER, BYTEA
// for BLOB, and every text column COLLATE "C", so that comparisons and
// ORDER BY are in byte order, as with SQLite's BINARY collation, whatever
// locale the database was created with. Keyset pages and page tokens rely
// on both engines ordering the same way.
constexpr const char* kMigrations[] = {
    // 1: leads, accounts, contacts, opportunities, their history,
    // idempotency keys and the store's secrets.
    R"sql(
CREATE TABLE accounts (
  id                          TEXT COLLATE "C" PRIMARY KEY,
  display_name                TEXT COLLATE "C" NOT NULL,
  website                     TEXT COLLATE "C" NOT NULL DEFAULT '',
  phone                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  industry                    TEXT COLLATE "C" NOT NULL DEFAULT '',
  annual_revenue_currency     TEXT COLLATE "C" NOT NULL DEFAULT '',
  annual_revenue_units        BIGINT NOT NULL DEFAULT 0,
  annual_revenue_nanos        BIGINT NOT NULL DEFAULT 0,
  number_of_employees         BIGINT NOT NULL DEFAULT 0,
  billing_address_street      TEXT COLLATE "C" NOT NULL DEFAULT '',
  billing_address_city        TEXT COLLATE "C" NOT NULL DEFAULT '',
  billing_address_state       TEXT COLLATE "C" NOT NULL DEFAULT '',
  billing_address_postal_code TEXT COLLATE "C" NOT NULL DEFAULT '',
  billing_address_country     TEXT COLLATE "C" NOT NULL DEFAULT '',
  description                 TEXT COLLATE "C" NOT NULL DEFAULT '',
  owner                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  account_source              TEXT COLLATE "C" NOT NULL DEFAULT '',
  create_time_us              BIGINT NOT NULL,
  update_time_us              BIGINT NOT NULL,
  revision                    BIGINT NOT NULL,
  -- Match keys for FindConversionMatches, derived from display_name and
  -- website on every write (domain/matching.h).
  match_name                  TEXT COLLATE "C" NOT NULL DEFAULT '',
  match_domain                TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX accounts_by_create_time ON accounts (create_time_us, id);
CREATE INDEX accounts_by_update_time ON accounts (update_time_us, id);
CREATE INDEX accounts_by_display_name ON accounts (display_name, id);
CREATE INDEX accounts_by_owner ON accounts (owner, create_time_us, id);
CREATE INDEX accounts_by_match_name ON accounts (match_name) WHERE match_name != '';
CREATE INDEX accounts_by_match_domain ON accounts (match_domain) WHERE match_domain != '';

CREATE TABLE contacts (
  id                          TEXT COLLATE "C" PRIMARY KEY,
  account_id                  TEXT COLLATE "C" NOT NULL REFERENCES accounts (id),
  salutation                  TEXT COLLATE "C" NOT NULL DEFAULT '',
  first_name                  TEXT COLLATE "C" NOT NULL DEFAULT '',
  last_name                   TEXT COLLATE "C" NOT NULL,
  title                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  email                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  phone                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  mobile_phone                TEXT COLLATE "C" NOT NULL DEFAULT '',
  mailing_address_street      TEXT COLLATE "C" NOT NULL DEFAULT '',
  mailing_address_city        TEXT COLLATE "C" NOT NULL DEFAULT '',
  mailing_address_state       TEXT COLLATE "C" NOT NULL DEFAULT '',
  mailing_address_postal_code TEXT COLLATE "C" NOT NULL DEFAULT '',
  mailing_address_country     TEXT COLLATE "C" NOT NULL DEFAULT '',
  lead_source                 TEXT COLLATE "C" NOT NULL DEFAULT '',
  owner                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  has_opted_out_of_email      BIGINT NOT NULL DEFAULT 0 CHECK (has_opted_out_of_email IN (0, 1)),
  do_not_call                 BIGINT NOT NULL DEFAULT 0 CHECK (do_not_call IN (0, 1)),
  description                 TEXT COLLATE "C" NOT NULL DEFAULT '',
  create_time_us              BIGINT NOT NULL,
  update_time_us              BIGINT NOT NULL,
  revision                    BIGINT NOT NULL
);
CREATE INDEX contacts_by_account ON contacts (account_id, create_time_us, id);
CREATE INDEX contacts_by_create_time ON contacts (create_time_us, id);
CREATE INDEX contacts_by_update_time ON contacts (update_time_us, id);
CREATE INDEX contacts_by_last_name ON contacts (last_name, id);
CREATE INDEX contacts_by_email ON contacts (email, id);
CREATE INDEX contacts_by_folded_email ON contacts (lower(email)) WHERE email != '';

CREATE TABLE opportunities (
  id                          TEXT COLLATE "C" PRIMARY KEY,
  account_id                  TEXT COLLATE "C" NOT NULL REFERENCES accounts (id),
  contact_id                  TEXT COLLATE "C" REFERENCES contacts (id),
  display_name                TEXT COLLATE "C" NOT NULL,
  owner                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  amount_currency             TEXT COLLATE "C" NOT NULL DEFAULT '',
  amount_units                BIGINT NOT NULL DEFAULT 0,
  amount_nanos                BIGINT NOT NULL DEFAULT 0,
  close_date                  TEXT COLLATE "C" NOT NULL DEFAULT '',
  stage                       TEXT COLLATE "C" NOT NULL,
  probability                 BIGINT NOT NULL DEFAULT 0,
  forecast_category           BIGINT NOT NULL DEFAULT 0,
  next_step                   TEXT COLLATE "C" NOT NULL DEFAULT '',
  lead_source                 TEXT COLLATE "C" NOT NULL DEFAULT '',
  type                        TEXT COLLATE "C" NOT NULL DEFAULT '',
  description                 TEXT COLLATE "C" NOT NULL DEFAULT '',
  loss_reason                 TEXT COLLATE "C" NOT NULL DEFAULT '',
  is_closed                   BIGINT NOT NULL DEFAULT 0 CHECK (is_closed IN (0, 1)),
  is_won                      BIGINT NOT NULL DEFAULT 0 CHECK (is_won IN (0, 1)),
  -- Derived on every write (domain/opportunity_rules.h), kept for reads.
  expected_revenue_currency   TEXT COLLATE "C" NOT NULL DEFAULT '',
  expected_revenue_units      BIGINT NOT NULL DEFAULT 0,
  expected_revenue_nanos      BIGINT NOT NULL DEFAULT 0,
  close_time_us               BIGINT,
  create_time_us              BIGINT NOT NULL,
  update_time_us              BIGINT NOT NULL,
  revision                    BIGINT NOT NULL
);
CREATE INDEX opportunities_by_account ON opportunities (account_id, create_time_us, id);
CREATE INDEX opportunities_by_contact ON opportunities (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX opportunities_by_create_time ON opportunities (create_time_us, id);
CREATE INDEX opportunities_by_close_date ON opportunities (close_date, id);
CREATE INDEX opportunities_by_amount ON opportunities (amount_units, amount_nanos, id);
CREATE INDEX opportunities_by_stage ON opportunities (stage, create_time_us, id);
CREATE INDEX opportunities_by_owner ON opportunities (owner, create_time_us, id);
-- Covers the pipeline summary's GROUP BY, so it reads the index alone.
CREATE INDEX opportunities_for_pipeline ON opportunities
  (is_closed, stage, forecast_category, amount_currency, is_won, probability,
   amount_units, amount_nanos);

-- Every change of an opportunity's tracked fields, oldest first. `entry` is
-- a serialized leadflow.v1.OpportunityHistoryEntry without its name.
CREATE TABLE opportunity_history (
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  opportunity_id     TEXT COLLATE "C" NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  change_time_us     BIGINT NOT NULL,
  entry              BYTEA NOT NULL
);
CREATE INDEX opportunity_history_by_opportunity ON opportunity_history (opportunity_id, id);

CREATE TABLE leads (
  id                          TEXT COLLATE "C" PRIMARY KEY,
  salutation                  TEXT COLLATE "C" NOT NULL DEFAULT '',
  first_name                  TEXT COLLATE "C" NOT NULL DEFAULT '',
  last_name                   TEXT COLLATE "C" NOT NULL,
  company                     TEXT COLLATE "C" NOT NULL,
  title                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  email                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  phone                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  mobile_phone                TEXT COLLATE "C" NOT NULL DEFAULT '',
  website                     TEXT COLLATE "C" NOT NULL DEFAULT '',
  industry                    TEXT COLLATE "C" NOT NULL DEFAULT '',
  annual_revenue_currency     TEXT COLLATE "C" NOT NULL DEFAULT '',
  annual_revenue_units        BIGINT NOT NULL DEFAULT 0,
  annual_revenue_nanos        BIGINT NOT NULL DEFAULT 0,
  number_of_employees         BIGINT NOT NULL DEFAULT 0,
  address_street              TEXT COLLATE "C" NOT NULL DEFAULT '',
  address_city                TEXT COLLATE "C" NOT NULL DEFAULT '',
  address_state               TEXT COLLATE "C" NOT NULL DEFAULT '',
  address_postal_code         TEXT COLLATE "C" NOT NULL DEFAULT '',
  address_country             TEXT COLLATE "C" NOT NULL DEFAULT '',
  description                 TEXT COLLATE "C" NOT NULL DEFAULT '',
  lead_source                 TEXT COLLATE "C" NOT NULL DEFAULT '',
  -- A serialized leadflow.v1.LeadSourceDetail: a one-of of small records
  -- that is read and written whole, never queried.
  source_detail               BYTEA,
  rating                      TEXT COLLATE "C" NOT NULL DEFAULT '',
  owner                       TEXT COLLATE "C" NOT NULL DEFAULT '',
  status                      TEXT COLLATE "C" NOT NULL,
  disqualification_reason     TEXT COLLATE "C" NOT NULL DEFAULT '',
  interest_shown              BIGINT NOT NULL DEFAULT 0 CHECK (interest_shown IN (0, 1)),
  meeting_agreed              BIGINT NOT NULL DEFAULT 0 CHECK (meeting_agreed IN (0, 1)),
  price_agreed                BIGINT NOT NULL DEFAULT 0 CHECK (price_agreed IN (0, 1)),
  has_opted_out_of_email      BIGINT NOT NULL DEFAULT 0 CHECK (has_opted_out_of_email IN (0, 1)),
  do_not_call                 BIGINT NOT NULL DEFAULT 0 CHECK (do_not_call IN (0, 1)),
  converted                   BIGINT NOT NULL DEFAULT 0 CHECK (converted IN (0, 1)),
  -- What a converted lead became; the foreign keys keep those records from
  -- being deleted while the lead records their origin.
  converted_account_id        TEXT COLLATE "C" REFERENCES accounts (id),
  converted_contact_id        TEXT COLLATE "C" REFERENCES contacts (id),
  converted_opportunity_id    TEXT COLLATE "C" REFERENCES opportunities (id),
  convert_time_us             BIGINT,
  create_time_us              BIGINT NOT NULL,
  update_time_us              BIGINT NOT NULL,
  revision                    BIGINT NOT NULL
);
-- The default order, and the orders and filters users ask for most.
CREATE INDEX leads_by_create_time ON leads (create_time_us, id);
CREATE INDEX leads_by_update_time ON leads (update_time_us, id);
CREATE INDEX leads_by_status ON leads (status, create_time_us, id);
CREATE INDEX leads_by_owner ON leads (owner, create_time_us, id);
CREATE INDEX leads_by_company ON leads (company, id);
CREATE INDEX leads_by_last_name ON leads (last_name, id);
CREATE INDEX leads_by_email ON leads (email, id);
CREATE INDEX leads_by_converted_account ON leads (converted_account_id)
  WHERE converted_account_id IS NOT NULL;
CREATE INDEX leads_by_converted_contact ON leads (converted_contact_id)
  WHERE converted_contact_id IS NOT NULL;
CREATE INDEX leads_by_converted_opportunity ON leads (converted_opportunity_id)
  WHERE converted_opportunity_id IS NOT NULL;
CREATE INDEX leads_by_source ON leads (lead_source);

-- One row per (method, request_id) that completed: a retry gets `response`
-- back instead of being executed again (AIP-155). `fingerprint` tells a
-- retry from a different request that reused the id.
CREATE TABLE idempotency_keys (
  method          TEXT COLLATE "C" NOT NULL,
  request_id      TEXT COLLATE "C" NOT NULL,
  fingerprint     BYTEA NOT NULL,
  response        BYTEA NOT NULL,
  create_time_us  BIGINT NOT NULL,
  PRIMARY KEY (method, request_id)
);
-- Secrets the server generates once per database (the first server to
-- start inserts them; see EnsureSecrets).
CREATE TABLE store_secrets (
  name   TEXT COLLATE "C" PRIMARY KEY,
  value  BYTEA NOT NULL
);
)sql",

    // 2: the change feed's outbox (docs/decisions/0010). Sequences are
    // assigned at commit from event_feed.last_sequence, whose row lock
    // orders committing writers (pg_write.h): no SERIAL, whose values
    // commit out of order.
    R"sql(
CREATE TABLE events (
  sequence        BIGINT PRIMARY KEY,
  commit_time_us  BIGINT NOT NULL,
  resource_type   INTEGER NOT NULL,  -- leadflow.v1.Event.ResourceType
  type            INTEGER NOT NULL,  -- leadflow.v1.Event.Type
  resource        TEXT COLLATE "C" NOT NULL,
  event           BYTEA NOT NULL     -- leadflow.v1.Event, without its sequence
);
CREATE INDEX events_by_resource ON events (resource, sequence);

-- last_sequence: the newest sequence ever assigned; pruned_through: every
-- event up to it is gone, every later one is kept.
CREATE TABLE event_feed (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  last_sequence   BIGINT NOT NULL,
  pruned_through  BIGINT NOT NULL
);
INSERT INTO event_feed (id, last_sequence, pruned_through) VALUES (1, 0, 0);
)sql",

    // 3: the median time to convert of GetLeadFunnel walks a partial index
    // of the converted leads (reports.h). PostgreSQL counts the funnel from
    // the leads themselves: SQLite's per-day counts (migrations.cc) would be
    // rows every server's creates update, serializing them.
    R"sql(
ALTER TABLE leads ADD COLUMN time_to_convert_us BIGINT
  GENERATED ALWAYS AS (convert_time_us - create_time_us) STORED;
CREATE INDEX leads_by_time_to_convert ON leads (time_to_convert_us, owner, create_time_us)
  WHERE converted = 1;
)sql",

    // 4: lead capture, as SQLite's version 4 (migrations.cc); the key
    // index is filled by BuildDuplicateKeys after it.
    R"sql(
ALTER TABLE leads ADD COLUMN assignment_rule TEXT COLLATE "C" NOT NULL DEFAULT '';

CREATE TABLE duplicate_keys (
  key     TEXT COLLATE "C" NOT NULL,
  record  TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (key, record)
);

CREATE TABLE assignment_cursors (
  rule        TEXT COLLATE "C" PRIMARY KEY,
  next_owner  BIGINT NOT NULL
);

CREATE TABLE assignment_counts (
  rule      TEXT COLLATE "C" NOT NULL,
  owner     TEXT COLLATE "C" NOT NULL,
  day       TEXT COLLATE "C" NOT NULL,
  assigned  BIGINT NOT NULL,
  PRIMARY KEY (rule, owner, day)
);

CREATE TABLE lead_imports (
  request_id      TEXT COLLATE "C" PRIMARY KEY,
  fingerprint     BYTEA NOT NULL,
  last_row        BIGINT NOT NULL,
  update_time_us  BIGINT NOT NULL
);
)sql",
};

// What a migration needs beyond SQL, run after it (indexed by the version
// it migrates from).
void (*const kMigrationSteps[])(pqxx::transaction_base&) = {nullptr, nullptr, nullptr,
                                                            BuildDuplicateKeys};
static_assert(std::size(kMigrationSteps) == std::size(kMigrations));

// Any 64-bit number, as long as every Leadflow server uses the same one: the
// advisory lock that lets one server at a time migrate a database.
constexpr std::int64_t kMigrationLock = 0x4c656164666c6f77;  // "Leadflow"

int CurrentVersion(pqxx::transaction_base& transaction) {
  pqxx::result rows = transaction.exec("SELECT max(version) FROM schema_migrations");
  return rows[0][0].is_null() ? 0 : rows[0][0].as<int>();
}

void EnsureSecrets(pqxx::transaction_base& transaction) {
  std::string key(32, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), static_cast<int>(key.size())) != 1) {
    throw std::runtime_error("no random bytes for the page token key");
  }
  PgParams params;
  params.Bytes(key);
  params.Exec(transaction,
              "INSERT INTO store_secrets (name, value) VALUES ('page_token_key', $1) "
              "ON CONFLICT (name) DO NOTHING");
}

}  // namespace

int LatestPgSchemaVersion() { return static_cast<int>(std::size(kMigrations)); }

absl::Status MigratePg(pqxx::connection& connection) {
  const int latest = LatestPgSchemaVersion();
  try {
    // One transaction for every step, under a lock: servers starting
    // together over a new database migrate it once, and a failure leaves
    // it as it was.
    pqxx::work transaction(connection);
    transaction.exec1(absl::StrCat("SELECT pg_advisory_xact_lock(", kMigrationLock, ")"));
    transaction.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "  version     INTEGER PRIMARY KEY,"
        "  applied_at  TIMESTAMPTZ NOT NULL DEFAULT now())");
    int version = CurrentVersion(transaction);
    if (version > latest) {
      return domain::ServerError(
          absl::StatusCode::kFailedPrecondition,
          absl::StrCat("the database has schema version ", version,
                       ", written by a newer Leadflow; this server knows versions up to ",
                       latest, ". Upgrade leadflow-server, or use another --db"));
    }
    for (; version < latest; ++version) {
      transaction.exec(kMigrations[version]);
      if (kMigrationSteps[version] != nullptr) kMigrationSteps[version](transaction);
      transaction.exec(absl::StrCat("INSERT INTO schema_migrations (version) VALUES (",
                                    version + 1, ")"));
    }
    EnsureSecrets(transaction);
    transaction.commit();
  } catch (const std::exception& e) {
    absl::Status error = PgStorageError(e);
    if (error.code() == absl::StatusCode::kUnavailable) return error;
    return domain::ServerError(absl::StatusCode::kInternal,
                               absl::StrCat("schema migration failed: ", e.what()));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadPgPageTokenKey(pqxx::connection& connection) {
  try {
    pqxx::read_transaction transaction(connection);
    pqxx::result rows =
        transaction.exec("SELECT value FROM store_secrets WHERE name = 'page_token_key'");
    if (rows.empty()) {
      return domain::ServerError(absl::StatusCode::kInternal, "the page token key is missing");
    }
    return std::string(pqxx::binarystring(rows[0][0]).str());
  } catch (const std::exception& e) {
    return PgStorageError(e);
  }
}

}  // namespace leadflow::store
