#ifndef LEADFLOW_SERVER_API_GRPC_STATUS_H_
#define LEADFLOW_SERVER_API_GRPC_STATUS_H_

// The edge where absl::Status becomes grpc::Status: code, message, and the
// google.rpc.Status with every error detail in `grpc-status-details-bin`.

#include <grpcpp/grpcpp.h>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace leadflow::api {

grpc::Status ToGrpcStatus(const absl::Status& status);

// Finishes a unary call with `result`: its value into `response` on success.
template <typename T>
void FinishUnary(grpc::ServerUnaryReactor* reactor, T* response,
                 absl::StatusOr<T> result) {
  if (!result.ok()) {
    reactor->Finish(ToGrpcStatus(result.status()));
    return;
  }
  *response = *std::move(result);
  reactor->Finish(grpc::Status::OK);
}

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_GRPC_STATUS_H_
