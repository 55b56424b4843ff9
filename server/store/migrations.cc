#include "store/migrations.h"

#include <array>
#include <string>

#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "store/sqlite_capture.h"

namespace leadflow::store {
namespace {

// Text columns are NOT NULL DEFAULT '' so that filters and keyset ordering
// never meet NULL; times are microseconds since the Unix epoch (UTC).
constexpr const char* kMigrations[] = {
    // 1: leads, accounts, contacts, opportunities, idempotency keys and the
    // page-token signing key. Column names follow resource_table.h.
    R"sql(
CREATE TABLE accounts (
  id                          TEXT PRIMARY KEY,
  display_name                TEXT NOT NULL,
  website                     TEXT NOT NULL DEFAULT '',
  phone                       TEXT NOT NULL DEFAULT '',
  industry                    TEXT NOT NULL DEFAULT '',
  annual_revenue_currency     TEXT NOT NULL DEFAULT '',
  annual_revenue_units        INTEGER NOT NULL DEFAULT 0,
  annual_revenue_nanos        INTEGER NOT NULL DEFAULT 0,
  number_of_employees         INTEGER NOT NULL DEFAULT 0,
  billing_address_street      TEXT NOT NULL DEFAULT '',
  billing_address_city        TEXT NOT NULL DEFAULT '',
  billing_address_state       TEXT NOT NULL DEFAULT '',
  billing_address_postal_code TEXT NOT NULL DEFAULT '',
  billing_address_country     TEXT NOT NULL DEFAULT '',
  description                 TEXT NOT NULL DEFAULT '',
  owner                       TEXT NOT NULL DEFAULT '',
  account_source              TEXT NOT NULL DEFAULT '',
  create_time_us              INTEGER NOT NULL,
  update_time_us              INTEGER NOT NULL,
  revision                    INTEGER NOT NULL,
  -- Match keys for FindConversionMatches, derived from display_name and
  -- website on every write (domain/matching.h).
  match_name                  TEXT NOT NULL DEFAULT '',
  match_domain                TEXT NOT NULL DEFAULT ''
);
CREATE INDEX accounts_by_create_time ON accounts (create_time_us, id);
CREATE INDEX accounts_by_update_time ON accounts (update_time_us, id);
CREATE INDEX accounts_by_display_name ON accounts (display_name, id);
CREATE INDEX accounts_by_owner ON accounts (owner, create_time_us, id);
CREATE INDEX accounts_by_match_name ON accounts (match_name) WHERE match_name != '';
CREATE INDEX accounts_by_match_domain ON accounts (match_domain) WHERE match_domain != '';

CREATE TABLE contacts (
  id                          TEXT PRIMARY KEY,
  account_id                  TEXT NOT NULL REFERENCES accounts (id),
  salutation                  TEXT NOT NULL DEFAULT '',
  first_name                  TEXT NOT NULL DEFAULT '',
  last_name                   TEXT NOT NULL,
  title                       TEXT NOT NULL DEFAULT '',
  email                       TEXT NOT NULL DEFAULT '',
  phone                       TEXT NOT NULL DEFAULT '',
  mobile_phone                TEXT NOT NULL DEFAULT '',
  mailing_address_street      TEXT NOT NULL DEFAULT '',
  mailing_address_city        TEXT NOT NULL DEFAULT '',
  mailing_address_state       TEXT NOT NULL DEFAULT '',
  mailing_address_postal_code TEXT NOT NULL DEFAULT '',
  mailing_address_country     TEXT NOT NULL DEFAULT '',
  lead_source                 TEXT NOT NULL DEFAULT '',
  owner                       TEXT NOT NULL DEFAULT '',
  has_opted_out_of_email      INTEGER NOT NULL DEFAULT 0 CHECK (has_opted_out_of_email IN (0, 1)),
  do_not_call                 INTEGER NOT NULL DEFAULT 0 CHECK (do_not_call IN (0, 1)),
  description                 TEXT NOT NULL DEFAULT '',
  create_time_us              INTEGER NOT NULL,
  update_time_us              INTEGER NOT NULL,
  revision                    INTEGER NOT NULL
);
CREATE INDEX contacts_by_account ON contacts (account_id, create_time_us, id);
CREATE INDEX contacts_by_create_time ON contacts (create_time_us, id);
CREATE INDEX contacts_by_update_time ON contacts (update_time_us, id);
CREATE INDEX contacts_by_last_name ON contacts (last_name, id);
CREATE INDEX contacts_by_email ON contacts (email, id);
CREATE INDEX contacts_by_folded_email ON contacts (lower(email)) WHERE email != '';

CREATE TABLE opportunities (
  id                          TEXT PRIMARY KEY,
  account_id                  TEXT NOT NULL REFERENCES accounts (id),
  contact_id                  TEXT REFERENCES contacts (id),
  display_name                TEXT NOT NULL,
  owner                       TEXT NOT NULL DEFAULT '',
  amount_currency             TEXT NOT NULL DEFAULT '',
  amount_units                INTEGER NOT NULL DEFAULT 0,
  amount_nanos                INTEGER NOT NULL DEFAULT 0,
  close_date                  TEXT NOT NULL DEFAULT '',
  stage                       TEXT NOT NULL,
  probability                 INTEGER NOT NULL DEFAULT 0,
  forecast_category           INTEGER NOT NULL DEFAULT 0,
  next_step                   TEXT NOT NULL DEFAULT '',
  lead_source                 TEXT NOT NULL DEFAULT '',
  type                        TEXT NOT NULL DEFAULT '',
  description                 TEXT NOT NULL DEFAULT '',
  loss_reason                 TEXT NOT NULL DEFAULT '',
  is_closed                   INTEGER NOT NULL DEFAULT 0 CHECK (is_closed IN (0, 1)),
  is_won                      INTEGER NOT NULL DEFAULT 0 CHECK (is_won IN (0, 1)),
  -- Derived on every write (domain/opportunity_rules.h), kept for reads.
  expected_revenue_currency   TEXT NOT NULL DEFAULT '',
  expected_revenue_units      INTEGER NOT NULL DEFAULT 0,
  expected_revenue_nanos      INTEGER NOT NULL DEFAULT 0,
  close_time_us               INTEGER,
  create_time_us              INTEGER NOT NULL,
  update_time_us              INTEGER NOT NULL,
  revision                    INTEGER NOT NULL
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
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  opportunity_id     TEXT NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  change_time_us     INTEGER NOT NULL,
  entry              BLOB NOT NULL
);
CREATE INDEX opportunity_history_by_opportunity ON opportunity_history (opportunity_id, id);

CREATE TABLE leads (
  id                          TEXT PRIMARY KEY,
  salutation                  TEXT NOT NULL DEFAULT '',
  first_name                  TEXT NOT NULL DEFAULT '',
  last_name                   TEXT NOT NULL,
  company                     TEXT NOT NULL,
  title                       TEXT NOT NULL DEFAULT '',
  email                       TEXT NOT NULL DEFAULT '',
  phone                       TEXT NOT NULL DEFAULT '',
  mobile_phone                TEXT NOT NULL DEFAULT '',
  website                     TEXT NOT NULL DEFAULT '',
  industry                    TEXT NOT NULL DEFAULT '',
  annual_revenue_currency     TEXT NOT NULL DEFAULT '',
  annual_revenue_units        INTEGER NOT NULL DEFAULT 0,
  annual_revenue_nanos        INTEGER NOT NULL DEFAULT 0,
  number_of_employees         INTEGER NOT NULL DEFAULT 0,
  address_street              TEXT NOT NULL DEFAULT '',
  address_city                TEXT NOT NULL DEFAULT '',
  address_state               TEXT NOT NULL DEFAULT '',
  address_postal_code         TEXT NOT NULL DEFAULT '',
  address_country             TEXT NOT NULL DEFAULT '',
  description                 TEXT NOT NULL DEFAULT '',
  lead_source                 TEXT NOT NULL DEFAULT '',
  -- A serialized leadflow.v1.LeadSourceDetail: a one-of of small records
  -- that is read and written whole, never queried.
  source_detail               BLOB,
  rating                      TEXT NOT NULL DEFAULT '',
  owner                       TEXT NOT NULL DEFAULT '',
  status                      TEXT NOT NULL,
  disqualification_reason     TEXT NOT NULL DEFAULT '',
  interest_shown              INTEGER NOT NULL DEFAULT 0 CHECK (interest_shown IN (0, 1)),
  meeting_agreed              INTEGER NOT NULL DEFAULT 0 CHECK (meeting_agreed IN (0, 1)),
  price_agreed                INTEGER NOT NULL DEFAULT 0 CHECK (price_agreed IN (0, 1)),
  has_opted_out_of_email      INTEGER NOT NULL DEFAULT 0 CHECK (has_opted_out_of_email IN (0, 1)),
  do_not_call                 INTEGER NOT NULL DEFAULT 0 CHECK (do_not_call IN (0, 1)),
  converted                   INTEGER NOT NULL DEFAULT 0 CHECK (converted IN (0, 1)),
  -- What a converted lead became; the foreign keys keep those records from
  -- being deleted while the lead records their origin.
  converted_account_id        TEXT REFERENCES accounts (id),
  converted_contact_id        TEXT REFERENCES contacts (id),
  converted_opportunity_id    TEXT REFERENCES opportunities (id),
  convert_time_us             INTEGER,
  create_time_us              INTEGER NOT NULL,
  update_time_us              INTEGER NOT NULL,
  revision                    INTEGER NOT NULL
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

    // 2: the change feed's outbox (sqlite_events.h). AUTOINCREMENT so that
    // a sequence is never reused, even once the newest events are pruned.
    R"sql(
CREATE TABLE events (
  sequence        INTEGER PRIMARY KEY AUTOINCREMENT,
  commit_time_us  INTEGER NOT NULL,
  resource_type   INTEGER NOT NULL,  -- leadflow.v1.Event.ResourceType
  type            INTEGER NOT NULL,  -- leadflow.v1.Event.Type
  resource        TEXT NOT NULL,     -- the record's resource name
  event           BLOB NOT NULL      -- leadflow.v1.Event, without its sequence
);
CREATE INDEX events_by_resource ON events (resource, sequence);

-- How far retention has pruned the feed: every event up to pruned_through
-- is gone, every later one is kept.
CREATE TABLE event_feed (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  pruned_through  INTEGER NOT NULL
);
INSERT INTO event_feed (id, pruned_through) VALUES (1, 0);
)sql",

    // 3: what GetLeadFunnel reads instead of every lead (reports.h). Leads
    // counted per owner, UTC day of creation, status and source, kept by
    // triggers in the transaction of every lead write, so the funnel of
    // ten million leads reads a few hundred thousand rows. The median time
    // to convert walks a partial index of the converted leads only. The
    // backfill reads every lead once, at upgrade.
    R"sql(
CREATE TABLE lead_funnel_days (
  owner        TEXT NOT NULL,
  day          INTEGER NOT NULL,  -- create_time_us / 86400000000
  status       TEXT NOT NULL,
  lead_source  TEXT NOT NULL,
  leads        INTEGER NOT NULL,
  converted    INTEGER NOT NULL,
  PRIMARY KEY (owner, day, status, lead_source)
) WITHOUT ROWID;
INSERT INTO lead_funnel_days
  SELECT owner, create_time_us / 86400000000, status, lead_source, count(*), sum(converted)
  FROM leads GROUP BY 1, 2, 3, 4;

CREATE TRIGGER leads_funnel_insert AFTER INSERT ON leads BEGIN
  INSERT INTO lead_funnel_days
    VALUES (NEW.owner, NEW.create_time_us / 86400000000, NEW.status, NEW.lead_source, 1,
            NEW.converted)
    ON CONFLICT DO UPDATE SET leads = leads + 1, converted = converted + excluded.converted;
END;
CREATE TRIGGER leads_funnel_delete AFTER DELETE ON leads BEGIN
  UPDATE lead_funnel_days SET leads = leads - 1, converted = converted - OLD.converted
    WHERE owner = OLD.owner AND day = OLD.create_time_us / 86400000000
      AND status = OLD.status AND lead_source = OLD.lead_source;
END;
CREATE TRIGGER leads_funnel_update
  AFTER UPDATE OF owner, status, lead_source, converted, create_time_us ON leads
  WHEN OLD.owner IS NOT NEW.owner OR OLD.status IS NOT NEW.status
    OR OLD.lead_source IS NOT NEW.lead_source OR OLD.converted IS NOT NEW.converted
    OR OLD.create_time_us IS NOT NEW.create_time_us
BEGIN
  UPDATE lead_funnel_days SET leads = leads - 1, converted = converted - OLD.converted
    WHERE owner = OLD.owner AND day = OLD.create_time_us / 86400000000
      AND status = OLD.status AND lead_source = OLD.lead_source;
  INSERT INTO lead_funnel_days
    VALUES (NEW.owner, NEW.create_time_us / 86400000000, NEW.status, NEW.lead_source, 1,
            NEW.converted)
    ON CONFLICT DO UPDATE SET leads = leads + 1, converted = converted + excluded.converted;
END;

ALTER TABLE leads ADD COLUMN time_to_convert_us INTEGER
  GENERATED ALWAYS AS (convert_time_us - create_time_us) VIRTUAL;
CREATE INDEX leads_by_time_to_convert ON leads (time_to_convert_us, owner, create_time_us)
  WHERE converted = 1;
)sql",

    // 4: lead capture (lead_capture_writes.h). Duplicate keys of every lead
    // that is not converted and of every contact, one index for all rules
    // (the key's first letter is its rule), filled by BuildDuplicateKeys at
    // upgrade; the assignment rules' round-robin cursors and per-day
    // counts; how far each resumable import has committed.
    R"sql(
ALTER TABLE leads ADD COLUMN assignment_rule TEXT NOT NULL DEFAULT '';

CREATE TABLE duplicate_keys (
  key     TEXT NOT NULL,  -- domain::StoredKey
  record  TEXT NOT NULL,  -- "leads/{id}" or "contacts/{id}"
  PRIMARY KEY (key, record)
) WITHOUT ROWID;

CREATE TABLE assignment_cursors (
  rule        TEXT PRIMARY KEY,
  next_owner  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE assignment_counts (
  rule      TEXT NOT NULL,
  owner     TEXT NOT NULL,
  day       TEXT NOT NULL,  -- UTC, YYYY-MM-DD
  assigned  INTEGER NOT NULL,
  PRIMARY KEY (rule, owner, day)
) WITHOUT ROWID;

CREATE TABLE lead_imports (
  request_id      TEXT PRIMARY KEY,
  fingerprint     BLOB NOT NULL,  -- of the import's header
  last_row        INTEGER NOT NULL,
  update_time_us  INTEGER NOT NULL
) WITHOUT ROWID;
)sql",
};

// What a migration needs beyond SQL, run after it in its transaction
// (indexed by the version it migrates from).
void (*const kMigrationSteps[])(SQLite::Database&) = {nullptr, nullptr, nullptr,
                                                      BuildDuplicateKeys};
static_assert(std::size(kMigrationSteps) == std::size(kMigrations));

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
      if (kMigrationSteps[version] != nullptr) kMigrationSteps[version](db);
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
