#ifndef LEADFLOW_SERVER_STORE_SQLITE_STORE_H_
#define LEADFLOW_SERVER_STORE_SQLITE_STORE_H_

// The Store on an embedded SQLite file: one writer thread that commits
// writes in groups (see writer.h) and a pool of read-only connections.

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "store/page_token.h"
#include "store/reader_pool.h"
#include "store/store.h"
#include "store/writer.h"

namespace leadflow::store {

class SqliteStore final : public Store {
 public:
  struct Options {
    std::string path;          // created when missing
    int reader_connections = 4;
  };

  // Opens (creating and migrating as needed) the database at `options.path`.
  // FAILED_PRECONDITION when the file comes from a newer Leadflow; INTERNAL
  // when it cannot be opened.
  static absl::StatusOr<std::unique_ptr<SqliteStore>> Open(const Options& options);

  ~SqliteStore() override;

  absl::StatusOr<leadflow::v1::Lead> GetLead(absl::string_view id) override;
  absl::StatusOr<Page<leadflow::v1::Lead>> ListLeads(const ListQuery& query) override;
  void CreateLead(leadflow::v1::Lead lead, std::string request_id,
                  Done<leadflow::v1::Lead> done) override;
  void UpdateLead(std::string id, std::string etag, LeadMutation mutate,
                  Done<leadflow::v1::Lead> done) override;
  void DeleteLead(std::string id, std::string etag, LeadCheck check,
                  StatusDone done) override;
  void Shutdown() override;

 private:
  SqliteStore(std::unique_ptr<SqliteConnection> writer_connection,
              std::unique_ptr<ReaderPool> readers, PageTokenCodec tokens);

  // Runs `apply` as a write job whose result is delivered to `done`.
  template <typename T>
  void SubmitWrite(absl::AnyInvocable<absl::StatusOr<T>(SqliteConnection&)> apply,
                   Done<T> done);

  std::unique_ptr<ReaderPool> readers_;
  PageTokenCodec tokens_;
  Writer writer_;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_SQLITE_STORE_H_
