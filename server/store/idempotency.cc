#include "store/idempotency.h"

#include <openssl/sha.h>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "domain/errors.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "store/row_values.h"
#include "domain/text.h"

namespace leadflow::store {

std::string RequestFingerprint(const google::protobuf::Message& request) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    request.SerializeToCodedStream(&coded);
  }
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
         digest);
  return std::string(reinterpret_cast<const char*>(digest), sizeof(digest));
}

absl::StatusOr<std::optional<std::string>> FindRecordedResponse(
    SqliteConnection& connection, absl::string_view method,
    const std::string& request_id, const std::string& fingerprint) {
  ScopedStatement query = connection.PrepareBound(
      "SELECT fingerprint, response FROM idempotency_keys "
      "WHERE method = ? AND request_id = ?",
      {std::string(method), request_id});
  if (!query->executeStep()) return std::nullopt;
  SQLite::Column recorded = query->getColumn(0);
  if (absl::string_view(static_cast<const char*>(recorded.getBlob()),
                       recorded.getBytes()) != fingerprint) {
    return domain::InvalidField(
        "request_id",
        absl::StrCat(domain::QuoteForError(request_id),
                     " was already used for a different request; use a "
                     "fresh request_id for each distinct request"),
        leadflow::v1::REQUEST_ID_REUSED);
  }
  SQLite::Column response = query->getColumn(1);
  return std::string(static_cast<const char*>(response.getBlob()),
                     response.getBytes());
}

void RecordResponse(SqliteConnection& connection, absl::string_view method,
                    const std::string& request_id, const std::string& fingerprint,
                    const google::protobuf::Message& response) {
  ScopedStatement insert = connection.Prepare(
      "INSERT INTO idempotency_keys "
      "(method, request_id, fingerprint, response, create_time_us) "
      "VALUES (?, ?, ?, ?, ?)");
  insert->bind(1, std::string(method));
  insert->bind(2, request_id);
  insert->bind(3, fingerprint.data(), static_cast<int>(fingerprint.size()));
  std::string bytes = response.SerializeAsString();
  insert->bind(4, bytes.data(), static_cast<int>(bytes.size()));
  insert->bind(5, static_cast<int64_t>(ToMicros(absl::Now())));
  insert->exec();
}

}  // namespace leadflow::store
