#include "domain/backup_rules.h"

#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "domain/field_checks.h"

namespace leadflow::domain {

absl::Status CheckBackupRequest(const leadflow::v1::BackupRequest& request) {
  constexpr char kField[] = "destination";
  const std::string& destination = request.destination();
  FieldViolations violations;
  if (destination.empty()) {
    violations.Add(kField, "is required: the file on the server's machine to write the copy to");
  } else if (destination.size() > kMaxBackupPathBytes) {
    violations.Add(kField, absl::StrCat("is longer than ", kMaxBackupPathBytes, " bytes"));
  } else {
    CheckText(kField, destination, kMaxBackupPathBytes, violations);
    if (destination.front() != '/') {
      violations.Add(kField, "must be an absolute path (starting with /) on the server's machine");
    }
  }
  return violations.ToStatus();
}

}  // namespace leadflow::domain
