#include "api/admin_service.h"

#include "absl/status/statusor.h"
#include "api/admission.h"
#include "api/backup_reactor.h"
#include "api/replies.h"
#include "domain/backup_rules.h"

namespace leadflow::api {
grpc::ServerWriteReactor<leadflow::v1::BackupProgress>* AdminService::Backup(
    grpc::CallbackServerContext* context, const leadflow::v1::BackupRequest* request) {
  LEADFLOW_ADMIT_STREAM(context, leadflow::v1::BackupProgress);
  if (absl::Status invalid = domain::CheckBackupRequest(*request); !invalid.ok()) {
    return new RefusedStream<leadflow::v1::BackupProgress>(invalid);
  }
  return BackupReactor::Start(store_, {request->destination(), request->overwrite()});
}

}  // namespace leadflow::api
