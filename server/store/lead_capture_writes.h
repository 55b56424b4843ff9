#ifndef LEADFLOW_SERVER_STORE_LEAD_CAPTURE_WRITES_H_
#define LEADFLOW_SERVER_STORE_LEAD_CAPTURE_WRITES_H_

// How LeadService's creates capture a lead inside their write job, on
// either store: look for duplicates under the request's rules and apply its
// policy, let the assignment rules choose an owner, then create the lead
// through the one write path (record_writes.h). `Connection` is a
// SqliteConnection or a PgWrite; the operations over the key index, the
// cursors and the counts (sqlite_capture.h, postgres/pg_capture.h) are
// found by argument-dependent lookup.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "domain/assignment.h"
#include "domain/duplicates.h"
#include "domain/errors.h"
#include "domain/lead_capture.h"
#include "domain/text.h"
#include "leadflow/config/v1/server_config.pb.h"
#include "leadflow/v1/lead_capture.pb.h"
#include "store/idempotency.h"
#include "store/record_hooks.h"
#include "store/tables.h"

namespace leadflow::store {

// The method under which BatchCreateLeads records its request ids.
inline constexpr absl::string_view kBatchCreateLeadsMethod = "BatchCreateLeads";

// How many matches a create reports.
inline constexpr std::size_t kReportedDuplicates = 5;

// The records that `keys` (a candidate's) match, ranked, at most `limit`,
// each read whole. `exclude` (the candidate itself, once stored) is left out.
template <typename Connection>
std::vector<leadflow::v1::DuplicateMatch> FindDuplicateMatches(
    Connection& connection, const std::vector<domain::DuplicateKey>& keys, std::size_t limit,
    const std::string& exclude = "") {
  const std::vector<std::string> stored = domain::StoredKeys(keys);
  // A key shared by very many records (a switchboard number) must not make
  // one lookup read them all: a few hundred hits are plenty to rank.
  constexpr int kMaxHits = 500;
  std::vector<domain::DuplicateHit> hits;
  for (const auto& [key, record] : RecordsWithKeys(connection, stored, kMaxHits)) {
    if (record == exclude) continue;
    const auto at = std::find(stored.begin(), stored.end(), key);
    hits.push_back({record, &keys[static_cast<std::size_t>(at - stored.begin())]});
  }
  std::vector<leadflow::v1::DuplicateMatch> matches;
  for (domain::RankedDuplicate& ranked : domain::RankDuplicates(hits, limit)) {
    leadflow::v1::DuplicateMatch match;
    const bool is_lead = absl::StartsWith(ranked.record, LeadTable().collection());
    const ResourceTable& table = is_lead ? LeadTable() : ContactTable();
    google::protobuf::Message& record =
        is_lead ? static_cast<google::protobuf::Message&>(*match.mutable_lead())
                : *match.mutable_contact();
    if (!ReadResource(connection, table, table.IdOf(ranked.record), record).ok()) continue;
    for (leadflow::v1::DuplicateRule rule : ranked.rules) match.add_rules(rule);
    for (std::string& field : ranked.matched_fields) match.add_matched_fields(std::move(field));
    match.set_score(ranked.score);
    matches.push_back(std::move(match));
  }
  return matches;
}

// Sets the owner of `lead` (created without one) from the first rule that
// matches it and has an owner left under its cap, and counts the turn.
template <typename Connection>
void AssignOwner(Connection& connection,
                 const std::vector<leadflow::config::v1::AssignmentRule>& rules, absl::Time now,
                 leadflow::v1::Lead& lead) {
  const std::string day = domain::AssignmentDay(now);
  for (const leadflow::config::v1::AssignmentRule& rule : rules) {
    if (!domain::AssignmentRuleMatches(rule, lead)) continue;
    const std::int64_t cursor = AssignmentCursor(connection, rule.name());
    std::optional<domain::AssignmentPick> pick =
        domain::PickAssignee(rule, cursor, [&](const std::string& owner) {
          return AssignedOnDay(connection, rule.name(), owner, day);
        });
    if (!pick.has_value()) continue;
    SetAssignmentCursor(connection, rule.name(), pick->next_cursor);
    if (rule.daily_cap() > 0) CountAssignment(connection, rule.name(), pick->owner, day);
    lead.set_owner(pick->owner);
    lead.set_assignment_rule(rule.name());
    return;
  }
}

// Captures `lead` (already validated) at `now`: duplicates under `rules`,
// then the owner, then the create. `subject` names the lead in a refusal
// ("lead", "leads[3]").
template <typename Connection>
CapturedLead CaptureNewLead(Connection& connection, leadflow::v1::Lead lead,
                            const CaptureRules& rules, absl::string_view subject,
                            const WriteOrigin& origin, absl::Time now) {
  CapturedLead captured;
  if (!rules.duplicate_rules.empty()) {
    const std::vector<domain::DuplicateKey> keys =
        domain::DuplicateKeys(domain::LeadPersonFields(lead), rules.duplicate_rules);
    for (leadflow::v1::DuplicateMatch& match :
         FindDuplicateMatches(connection, keys, kReportedDuplicates)) {
      *captured.duplicates.add_matches() = std::move(match);
    }
  }
  const auto action =
      domain::DuplicateAction(rules.duplicate_policy, !captured.duplicates.matches().empty());
  captured.duplicates.set_action(action);
  if (action == leadflow::v1::DuplicateOutcome::SKIPPED) return captured;
  if (action == leadflow::v1::DuplicateOutcome::REFUSED) {
    captured.status = domain::DuplicateRefusal(subject, captured.duplicates.matches());
    return captured;
  }
  if (lead.owner().empty() && rules.assignment_rules != nullptr) {
    AssignOwner(connection, *rules.assignment_rules, now, lead);
  }
  captured.status =
      CreateRecord(connection, LeadTable(), RecordHooks<Connection>::Lead(), origin, now, lead);
  if (captured.status.ok()) {
    captured.created = true;
    captured.lead = std::move(lead);
  }
  return captured;
}

// The write of BatchCreateLeads (see Store::BatchCreateLeads). A refusal
// (before the store, or as a duplicate) wrote nothing, so it can stay in
// its item's result; any other failure fails the whole write, which the
// writer then rolls back.
template <typename Connection>
absl::StatusOr<leadflow::v1::BatchCreateLeadsResponse> CaptureBatch(Connection& connection,
                                                                    const LeadBatch& batch,
                                                                    const WriteOrigin& origin,
                                                                    absl::Time now) {
  leadflow::v1::BatchCreateLeadsResponse response;
  const bool all_or_none = batch.request.all_or_none();
  int created = 0;
  int skipped = 0;
  int failed = 0;
  for (std::size_t i = 0; i < batch.leads.size(); ++i) {
    leadflow::v1::BatchCreateLeadsResponse::Result& result = *response.add_results();
    const absl::StatusOr<leadflow::v1::Lead>& prepared = batch.leads[i];
    if (!prepared.ok()) {
      if (all_or_none) return prepared.status();
      *result.mutable_status() = domain::ToRpcStatus(prepared.status());
      ++failed;
      continue;
    }
    CapturedLead captured = CaptureNewLead(connection, *prepared, batch.rules,
                                           absl::StrCat("leads[", i, "]"), origin, now);
    const bool refused = captured.duplicates.action() == leadflow::v1::DuplicateOutcome::REFUSED;
    if (!captured.status.ok() && (all_or_none || !refused)) return captured.status;
    *result.mutable_duplicates() = std::move(captured.duplicates);
    if (refused) {
      *result.mutable_status() = domain::ToRpcStatus(captured.status);
      ++failed;
    } else if (captured.created) {
      *result.mutable_lead() = std::move(captured.lead);
      ++created;
    } else {
      ++skipped;
    }
  }
  response.set_created_count(created);
  response.set_skipped_count(skipped);
  response.set_failed_count(failed);
  return response;
}

// The row an import resumes after, given what `progress` recorded:
// REQUEST_ID_REUSED when the import was started with another header (one
// whose RequestFingerprint is not `fingerprint`).
inline absl::StatusOr<std::int64_t> ResumePoint(const std::optional<ImportProgress>& progress,
                                                const std::string& fingerprint,
                                                const std::string& request_id) {
  if (!progress.has_value()) return 0;
  if (progress->fingerprint != fingerprint) return domain::ImportReused(request_id);
  return progress->last_row;
}

// The write of one import chunk (see Store::ImportLeadChunk).
template <typename Connection>
absl::StatusOr<ImportChunkResult> ImportRows(Connection& connection, const ImportChunk& chunk,
                                             const WriteOrigin& origin, absl::Time now) {
  const std::string& request_id = chunk.header.request_id();
  const std::string fingerprint = RequestFingerprint(chunk.header);
  absl::StatusOr<std::int64_t> resume =
      ResumePoint(ReadImportProgress(connection, request_id), fingerprint, request_id);
  if (!resume.ok()) return resume.status();
  if (*resume < chunk.after_row) {
    return absl::AbortedError(absl::StrCat("the import ", domain::QuoteForError(request_id),
                                           " has committed rows up to ", *resume,
                                           " only, not up to ", chunk.after_row,
                                           ": an earlier chunk failed; send it again to resume"));
  }
  ImportChunkResult result;
  for (const ImportedLead& row : chunk.rows) {
    if (row.row_number <= *resume) {
      ++result.already_imported;
      continue;
    }
    CapturedLead captured = CaptureNewLead(connection, row.lead, chunk.rules, "lead", origin, now);
    switch (captured.duplicates.action()) {
      case leadflow::v1::DuplicateOutcome::SKIPPED:
        ++result.skipped_duplicates;
        continue;
      case leadflow::v1::DuplicateOutcome::REFUSED: {
        leadflow::v1::RejectedRow& rejected = result.refused.emplace_back();
        rejected.set_row_number(row.row_number);
        *rejected.mutable_status() = domain::ToRpcStatus(captured.status);
        continue;
      }
      default:
        break;
    }
    if (!captured.status.ok()) return captured.status;
    ++(captured.duplicates.action() == leadflow::v1::DuplicateOutcome::CREATED
           ? result.created
           : result.created_despite_duplicates);
  }
  result.last_committed_row = std::max(*resume, chunk.last_row);
  WriteImportProgress(connection, request_id,
                      ImportProgress{fingerprint, result.last_committed_row},
                      absl::ToUnixMicros(now));
  return result;
}

// The write of Store::CaptureLead, under its request id as CreateLead's
// (same method, and a fingerprint of the lead as asked for).
template <typename Connection>
absl::StatusOr<leadflow::v1::Lead> CaptureLeadOnce(Connection& connection,
                                                   const leadflow::v1::Lead& lead,
                                                   const CaptureRules& rules,
                                                   const WriteOrigin& origin) {
  return ExecuteOnce<leadflow::v1::Lead>(
      connection, absl::StrCat("Create", LeadTable().descriptor().name()), origin.request_id, lead,
      [&]() -> absl::StatusOr<leadflow::v1::Lead> {
        CapturedLead captured =
            CaptureNewLead(connection, lead, rules, "lead", origin, absl::Now());
        if (!captured.status.ok()) return captured.status;
        if (!captured.created)
          return domain::DuplicateRefusal("lead", captured.duplicates.matches());
        return std::move(captured.lead);
      });
}

// The write of Store::BatchCreateLeads, under its request id.
template <typename Connection>
absl::StatusOr<leadflow::v1::BatchCreateLeadsResponse> CaptureBatchOnce(Connection& connection,
                                                                        const LeadBatch& batch,
                                                                        const WriteOrigin& origin) {
  return ExecuteOnce<leadflow::v1::BatchCreateLeadsResponse>(
      connection, kBatchCreateLeadsMethod, origin.request_id, batch.request,
      [&] { return CaptureBatch(connection, batch, origin, absl::Now()); });
}

// How many rows of an import chunk one SQLite write job takes (see
// SqliteStore::ImportLeadChunk).
inline constexpr std::size_t kImportRowsPerJob = 25;

// `chunk` as consecutive parts of at most `rows_per_part` rows, each
// continuing from the one before; the last ends where the chunk does.
inline std::vector<ImportChunk> SplitImportChunk(ImportChunk chunk, std::size_t rows_per_part) {
  std::vector<ImportChunk> parts;
  std::size_t next = 0;
  std::int64_t after_row = chunk.after_row;
  do {
    ImportChunk& part = parts.emplace_back();
    part.header = chunk.header;
    part.rules = chunk.rules;
    part.after_row = after_row;
    const std::size_t end = std::min(chunk.rows.size(), next + rows_per_part);
    for (; next < end; ++next) part.rows.push_back(std::move(chunk.rows[next]));
    part.last_row = next == chunk.rows.size() ? chunk.last_row : part.rows.back().row_number;
    after_row = part.last_row;
  } while (next < chunk.rows.size());
  return parts;
}

// Adds `part` (what one part of a chunk did) to `total`.
inline void AddImportResult(const ImportChunkResult& part, ImportChunkResult& total) {
  total.created += part.created;
  total.created_despite_duplicates += part.created_despite_duplicates;
  total.skipped_duplicates += part.skipped_duplicates;
  total.already_imported += part.already_imported;
  total.refused.insert(total.refused.end(), part.refused.begin(), part.refused.end());
  total.last_committed_row = std::max(total.last_committed_row, part.last_committed_row);
}

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_LEAD_CAPTURE_WRITES_H_
