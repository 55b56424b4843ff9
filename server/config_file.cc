#include "config_file.h"

#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"

namespace leadflow {
namespace {

// Collects the parser's complaints, with their positions, for the message.
class ErrorCollector final : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, int column, const std::string& message) override {
    absl::StrAppend(&errors_, errors_.empty() ? "" : "; ", "line ", line + 1,
                    " column ", column + 1, ": ", message);
  }
  const std::string& errors() const { return errors_; }

 private:
  std::string errors_;
};

}  // namespace

absl::Status ParseTextProtoFile(const std::string& path, google::protobuf::Message& message) {
  std::ifstream file(path);
  if (!file) return absl::NotFoundError(absl::StrCat("cannot read config file ", path));
  std::stringstream text;
  text << file.rdbuf();
  google::protobuf::TextFormat::Parser parser;
  ErrorCollector errors;
  parser.RecordErrorsTo(&errors);
  if (!parser.ParseFromString(text.str(), &message)) {
    return absl::InvalidArgumentError(absl::StrCat("config file ", path, " is not a valid ",
                                                   message.GetDescriptor()->name(), ": ",
                                                   errors.errors()));
  }
  return absl::OkStatus();
}

absl::StatusOr<domain::Catalog> LoadCatalog(const std::string& path) {
  leadflow::config::v1::ServerConfig config;
  if (!path.empty()) {
    if (absl::Status parsed = ParseTextProtoFile(path, config); !parsed.ok()) return parsed;
  }
  absl::StatusOr<domain::Catalog> catalog = domain::Catalog::Create(config);
  if (!catalog.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "config file ", path, " is not acceptable: ", catalog.status().message()));
  }
  return catalog;
}

}  // namespace leadflow
