#ifndef LEADFLOW_SERVER_CONFIG_FILE_H_
#define LEADFLOW_SERVER_CONFIG_FILE_H_

#include <string>

#include "absl/status/statusor.h"
#include "domain/catalog.h"
#include "google/protobuf/message.h"

namespace leadflow {

// Parses the textproto file at `path` into `message`. NOT_FOUND when the
// file cannot be read; INVALID_ARGUMENT with the line and column of each
// syntax error.
absl::Status ParseTextProtoFile(const std::string& path, google::protobuf::Message& message);

// The catalog configured by the textproto file at `path` (a
// leadflow.config.v1.ServerConfig), or the built-in defaults when `path` is
// empty. INVALID_ARGUMENT with the line and column of a syntax error, or
// naming the list that breaks a rule; NOT_FOUND when the file is missing.
absl::StatusOr<domain::Catalog> LoadCatalog(const std::string& path);

}  // namespace leadflow

#endif  // LEADFLOW_SERVER_CONFIG_FILE_H_
