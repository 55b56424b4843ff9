#ifndef LEADFLOW_SDK_LEAD_IMPORT_H_
#define LEADFLOW_SDK_LEAD_IMPORT_H_

// What LeadClient::ImportLeads returns: one ImportLeads call, open, to
// which the caller writes rows until it finishes it.
//
//   v1::ImportLeadsHeader header;
//   header.set_request_id("import:spring-fair.csv:48213");  // one id per file
//   absl::StatusOr<leadflow::LeadImport> import = leads.ImportLeads(header);
//   if (!import.ok()) return import.status();
//   for (each batch of a few hundred rows) {
//     // rows with row_number <= import->resumed_after_row() are already in
//     if (!import->Write(std::move(rows))) break;   // the call ended: Finish() says why
//   }
//   absl::StatusOr<v1::ImportLeadsResponse> reply = import->Finish();
//
// An import is never retried by the SDK: the server commits rows in chunks
// as they arrive, so when a call fails (reply not OK) some rows may be in.
// Resume it by starting again with the same header (the same request_id):
// the server answers with the last row it committed, resumed_after_row(),
// and the rows up to it need not be sent again (if they are, they are
// counted as already imported, not created twice).
//
// Movable, not copyable. Write() and Finish() belong to one thread at a
// time; Cancel() may be called from any thread. Destroying an import that
// was not finished cancels its call. It holds what it needs itself, so it
// may outlive the client and connection that made it.

#include <cstdint>
#include <memory>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/repeated_ptr_field.h"
#include "leadflow/v1/lead_capture.pb.h"
#include "leadflow/v1/lead_service.pb.h"

namespace leadflow {

class LeadImport {
 public:
  // What stands behind an import: its call. Made by the connection (or, in
  // tests, testing::MockLeadImportCall). Write() and Finish() are called
  // from one thread at a time, Cancel() from any.
  class Call {
   public:
    virtual ~Call() = default;
    virtual std::int64_t resumed_after_row() const = 0;
    virtual bool Write(google::protobuf::RepeatedPtrField<v1::ImportRow> rows) = 0;
    virtual absl::StatusOr<v1::ImportLeadsResponse> Finish() = 0;
    virtual void Cancel() = 0;
  };

  explicit LeadImport(std::shared_ptr<Call> call) : call_(std::move(call)) {}
  LeadImport(LeadImport&& other) noexcept
      : call_(std::move(other.call_)), finished_(other.finished_) {}
  LeadImport& operator=(LeadImport&& other) noexcept {
    if (this != &other) {
      if (!finished_) Cancel();
      call_ = std::move(other.call_);
      finished_ = other.finished_;
    }
    return *this;
  }
  ~LeadImport() {
    if (!finished_) Cancel();
  }

  // The last row an earlier call with this request_id had committed (the
  // server's `leadflow-resume-after-row` header): rows numbered up to it
  // are already imported, so skip them. 0 for a new import.
  std::int64_t resumed_after_row() const { return call_ ? call_->resumed_after_row() : 0; }

  // Sends `rows` as one message (a few hundred rows each is right; row
  // numbers must increase through the import). May wait while the server
  // catches up. False when the call has ended — the server failed it, the
  // connection broke, or it was cancelled or finished: Finish() says why.
  bool Write(google::protobuf::RepeatedPtrField<v1::ImportRow> rows) {
    return call_ && call_->Write(std::move(rows));
  }

  // Ends the stream of rows and waits for the server's reply: the counts
  // and rejected rows of this call, or its error (code, message and
  // details, as every SDK call returns them). Calling it again returns the
  // same.
  absl::StatusOr<v1::ImportLeadsResponse> Finish() {
    if (!call_) return absl::FailedPreconditionError("the import was moved from");
    finished_ = true;
    return call_->Finish();
  }

  // Ends the call without finishing it: Finish() then returns CANCELLED.
  // Rows the server committed before stay committed. Does nothing once the
  // import has finished.
  void Cancel() {
    if (call_) call_->Cancel();
  }

 private:
  std::shared_ptr<Call> call_;
  bool finished_ = false;
};

}  // namespace leadflow

#endif  // LEADFLOW_SDK_LEAD_IMPORT_H_
