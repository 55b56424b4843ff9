#ifndef LEADFLOW_SERVER_API_REPLIES_H_
#define LEADFLOW_SERVER_API_REPLIES_H_

// How handlers finish their calls, and the edge where absl::Status becomes
// grpc::Status: code, message, and the google.rpc.Status with every error
// detail in `grpc-status-details-bin`.

#include <grpcpp/grpcpp.h>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "domain/resource_name.h"
#include "store/store.h"

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

// Finishes a call at once with `status`: for a refused request, or a reply
// already complete.
grpc::ServerUnaryReactor* FinishNow(grpc::CallbackServerContext* context,
                                 const absl::Status& status);

// A server-streaming call finished at once with `status`, for a refused
// request. Owns itself.
template <typename Response>
class RefusedStream final : public grpc::ServerWriteReactor<Response> {
 public:
  explicit RefusedStream(const absl::Status& status) { this->Finish(ToGrpcStatus(status)); }
  void OnDone() override { delete this; }
};

// A client-streaming call finished at once with `status`, for a refused
// request. Owns itself.
template <typename Request>
class RefusedUpload final : public grpc::ServerReadReactor<Request> {
 public:
  explicit RefusedUpload(const absl::Status& status) { this->Finish(ToGrpcStatus(status)); }
  void OnDone() override { delete this; }
};

// Finishes a unary call with a read's result, on the calling thread.
template <typename T>
grpc::ServerUnaryReactor* Reply(grpc::CallbackServerContext* context, T* response,
                                absl::StatusOr<T> result) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  FinishUnary(reactor, response, std::move(result));
  return reactor;
}

// A store completion that finishes the call with a write's result.
template <typename T>
auto FinishWith(grpc::ServerUnaryReactor* reactor, T* response) {
  return [reactor, response](absl::StatusOr<T> result) {
    FinishUnary(reactor, response, std::move(result));
  };
}

// A store completion that finishes a call whose reply is empty.
inline auto FinishEmpty(grpc::ServerUnaryReactor* reactor) {
  return [reactor](const absl::Status& status) { reactor->Finish(ToGrpcStatus(status)); };
}

// A Get-like call on the resource `name` of `collection` (request field
// "name"): refused when the name is malformed, else finished with
// `read(id)`, a store read.
template <typename T, typename Read>
grpc::ServerUnaryReactor* ReplyWithNamed(grpc::CallbackServerContext* context,
                                         absl::string_view collection, const std::string& name,
                                         T* response, Read&& read) {
  absl::StatusOr<std::string> id = domain::ParseResourceId(collection, name, "name");
  if (!id.ok()) return FinishNow(context, id.status());
  return Reply(context, response, read(*id));
}

// A Delete of the resource `name` of `collection`: refused when the name is
// malformed, else `erase(id, done)` starts the store's delete, whose `done`
// finishes the call.
template <typename Erase>
grpc::ServerUnaryReactor* DeleteNamed(grpc::CallbackServerContext* context,
                                      absl::string_view collection, const std::string& name,
                                      Erase&& erase) {
  absl::StatusOr<std::string> id = domain::ParseResourceId(collection, name, "name");
  if (!id.ok()) return FinishNow(context, id.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  erase(*std::move(id), FinishEmpty(reactor));
  return reactor;
}

// Moves a page of resources into a List response's repeated field and token.
template <typename T, typename Field>
void MovePage(store::Page<T>& page, Field& items, std::string* next_page_token) {
  items.Reserve(static_cast<int>(page.items.size()));
  for (T& item : page.items) *items.Add() = std::move(item);
  *next_page_token = std::move(page.next_page_token);
}

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_REPLIES_H_
