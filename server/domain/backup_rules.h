#ifndef LEADFLOW_SERVER_DOMAIN_BACKUP_RULES_H_
#define LEADFLOW_SERVER_DOMAIN_BACKUP_RULES_H_

// What AdminService.Backup accepts before it looks at the file system (the
// store checks the destination against the disk and the live database).

#include "absl/status/status.h"
#include "leadflow/v1/admin_service.pb.h"

namespace leadflow::domain {

// The longest destination path accepted, in bytes (Linux's PATH_MAX).
inline constexpr std::size_t kMaxBackupPathBytes = 4096;

// INVALID_ARGUMENT (FIELD_INVALID, field "destination") unless the
// destination is an absolute path of at most kMaxBackupPathBytes bytes with
// no control characters. Relative paths are refused because they would be
// resolved against the server's working directory, which a remote caller
// cannot see.
absl::Status CheckBackupRequest(const leadflow::v1::BackupRequest& request);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_BACKUP_RULES_H_
