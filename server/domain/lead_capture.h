#ifndef LEADFLOW_SERVER_DOMAIN_LEAD_CAPTURE_H_
#define LEADFLOW_SERVER_DOMAIN_LEAD_CAPTURE_H_

// The rules of LeadService's bulk creates (BatchCreateLeads, ImportLeads)
// and of the duplicate policy every create applies: what a batch or an
// import may hold, how each of its leads is prepared, and what a policy
// does with the matches the store found.

#include <cstdint>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "domain/catalog.h"
#include "leadflow/v1/lead.pb.h"
#include "leadflow/v1/lead_capture.pb.h"
#include "leadflow/v1/lead_service.pb.h"

namespace leadflow::domain {

// The most leads one BatchCreateLeads call may carry.
inline constexpr int kMaxBatchLeads = 1000;

// INVALID_ARGUMENT naming `field` for a duplicate policy this server does
// not know (a number a newer client sent).
absl::Status CheckDuplicatePolicy(absl::string_view field, int policy);

// The batch as a whole: 1 to kMaxBatchLeads leads, a valid request id.
absl::Status CheckBatchCreateRequest(const leadflow::v1::BatchCreateLeadsRequest& request);

// Each lead of the batch as CreateLead would prepare it, its errors naming
// `leads[i]` rather than `lead`.
std::vector<absl::StatusOr<leadflow::v1::Lead>> PrepareBatchLeads(
    const leadflow::v1::BatchCreateLeadsRequest& request, const Catalog& catalog);

// The first message of an import: a request id (required, since it is what
// makes the import resumable) and a source the catalog allows.
absl::Status CheckImportHeader(const leadflow::v1::ImportLeadsRequest& first,
                               const Catalog& catalog);

// The lead of one import row: the import's source where the row gives none
// (a purchased list's or trade show's `row` set to the row's number), then
// prepared and checked as CreateLead would.
absl::StatusOr<leadflow::v1::Lead> PrepareImportedLead(const leadflow::v1::ImportRow& row,
                                                       const leadflow::v1::ImportSource& source,
                                                       const Catalog& catalog);

// INVALID_ARGUMENT (REQUEST_ID_REUSED, "header.request_id"): an import
// under `request_id` was started with another header.
absl::Status ImportReused(absl::string_view request_id);

// INVALID_ARGUMENT naming `rows[index].row_number` unless `row_number`
// is greater than `previous` (the row before it, 0 at the start): row
// numbers are what resuming an import relies on.
absl::Status CheckRowOrder(int index, std::int64_t row_number, std::int64_t previous);

// What `policy` does with a lead that has `matches`.
leadflow::v1::DuplicateOutcome::Action DuplicateAction(leadflow::v1::DuplicatePolicy policy,
                                                       bool has_matches);

// ALREADY_EXISTS (DUPLICATE_FOUND) for `subject` ("lead", "leads[3]")
// naming `matches` and the rules that fired.
absl::Status DuplicateRefusal(
    absl::string_view subject,
    const google::protobuf::RepeatedPtrField<leadflow::v1::DuplicateMatch>& matches);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_LEAD_CAPTURE_H_
