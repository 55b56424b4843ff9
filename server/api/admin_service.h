#ifndef LEADFLOW_SERVER_API_ADMIN_SERVICE_H_
#define LEADFLOW_SERVER_API_ADMIN_SERVICE_H_

// leadflow.v1.AdminService on gRPC's callback API: operations on the server
// itself (online backups), each behind the `admin` scope.

#include "api/admission.h"
#include "leadflow/v1/admin_service.grpc.pb.h"
#include "store/store.h"

namespace leadflow::api {

class AdminService final : public leadflow::v1::AdminService::CallbackService {
 public:
  // `store` and `admission` must outlive the service.
  AdminService(store::Store& store, const Admission& admission)
      : store_(store), admission_(admission) {}

  grpc::ServerWriteReactor<leadflow::v1::BackupProgress>* Backup(
      grpc::CallbackServerContext* context, const leadflow::v1::BackupRequest* request) override;

 private:
  store::Store& store_;
  const Admission& admission_;
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_ADMIN_SERVICE_H_
