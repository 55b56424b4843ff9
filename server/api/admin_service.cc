#include "api/admin_service.h"

#include "absl/status/statusor.h"
#include "api/admission.h"
#include "api/backup_reactor.h"
#include "api/replies.h"
#include "domain/backup_rules.h"

namespace leadflow::api {
namespace {

// A streaming call finished at once with `status`, for a refused request.
template <typename Response>
class Refused final : public grpc::ServerWriteReactor<Response> {
 public:
  explicit Refused(const absl::Status& status) { this->Finish(ToGrpcStatus(status)); }
  void OnDone() override { delete this; }
};

}  // namespace

grpc::ServerWriteReactor<leadflow::v1::BackupProgress>* AdminService::Backup(
    grpc::CallbackServerContext* context, const leadflow::v1::BackupRequest* request) {
  // LEADFLOW_ADMIT(context), spelled out: that macro finishes unary calls
  // only. The same Admit(), under the handler's (= the RPC's) name.
  const absl::StatusOr<Caller> caller = admission_.Admit(*context, __func__);
  if (!caller.ok()) return new Refused<leadflow::v1::BackupProgress>(caller.status());
  if (absl::Status invalid = domain::CheckBackupRequest(*request); !invalid.ok()) {
    return new Refused<leadflow::v1::BackupProgress>(invalid);
  }
  return BackupReactor::Start(store_, {request->destination(), request->overwrite()});
}

}  // namespace leadflow::api
