#ifndef LEADFLOW_SERVER_API_ACTOR_H_
#define LEADFLOW_SERVER_API_ACTOR_H_

#include <string>

#include <grpcpp/grpcpp.h>

#include "absl/status/statusor.h"

namespace leadflow::api {

// The request metadata that names who makes a change, as the calling
// service asserts it; kept in opportunity history.
inline constexpr char kActorMetadata[] = "leadflow-actor";

// The actor of a call: its `leadflow-actor` metadata, or "" when absent.
// INVALID_ARGUMENT when longer than 255 bytes.
absl::StatusOr<std::string> ActorOf(const grpc::CallbackServerContext& context);

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_ACTOR_H_
