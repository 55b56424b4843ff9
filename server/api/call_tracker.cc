#include "api/call_tracker.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include "absl/strings/match.h"
#include "absl/time/clock.h"

namespace leadflow::api {
namespace {

using grpc::experimental::InterceptionHookPoints;

// The `request_id` field of a request of `method`, when it has one: every
// create and custom write method names it so, and the access log carries
// it. Only Leadflow's own methods are known to receive protobuf messages
// (gRPC's health service, for one, receives raw bytes).
std::string RequestIdOf(absl::string_view method, const void* message) {
  if (message == nullptr || !absl::StartsWith(method, "/leadflow.")) return "";
  const auto& request = *static_cast<const google::protobuf::Message*>(message);
  const google::protobuf::FieldDescriptor* field =
      request.GetDescriptor()->FindFieldByName("request_id");
  if (field == nullptr || field->type() != google::protobuf::FieldDescriptor::TYPE_STRING ||
      field->is_repeated()) {
    return "";
  }
  return request.GetReflection()->GetString(request, field);
}

}  // namespace

// Lives exactly as long as its call: gRPC creates it when the call starts
// and destroys it with the call's context.
class CallTracker::Interceptor final : public grpc::experimental::Interceptor {
 public:
  Interceptor(CallTracker& tracker, grpc::experimental::ServerRpcInfo& info)
      : tracker_(tracker), context_(info.server_context()) {
    record_.method = info.method();
    record_.start = absl::Now();
    // The API's long-lived calls: watches and backups stream replies,
    // imports stream requests. (Bidirectional calls, which only server
    // reflection makes, count as ordinary calls, as they always have.)
    record_.streaming =
        info.type() == grpc::experimental::ServerRpcInfo::Type::SERVER_STREAMING ||
        info.type() == grpc::experimental::ServerRpcInfo::Type::CLIENT_STREAMING;
    tracker_.Started(context_, &record_);
  }

  ~Interceptor() override {
    tracker_.AddReplyBytes(-reply_bytes_);
    tracker_.Ended(context_, CallEnd{record_, code_, absl::Now() - record_.start});
  }

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_INITIAL_METADATA)) {
      record_.peer = context_->peer();  // the call is wired to its context by now
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_MESSAGE)) {
      record_.request_id = RequestIdOf(record_.method, methods->GetRecvMessage());
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_MESSAGE)) {
      // Serializing here costs nothing extra: gRPC sends these bytes
      // instead of serializing the message again.
      const grpc::ByteBuffer* reply = methods->GetSerializedSendMessage();
      if (reply != nullptr && !record_.streaming) {
        const auto bytes = static_cast<std::int64_t>(reply->Length());
        tracker_.AddReplyBytes(bytes - reply_bytes_);
        reply_bytes_ = bytes;
      }
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      code_ = methods->GetSendStatus().error_code();
    }
    methods->Proceed();
  }

 private:
  CallTracker& tracker_;
  const grpc::ServerContextBase* context_;
  CallRecord record_;
  std::int64_t reply_bytes_ = 0;  // of the message being sent
  // A call that ends without sending a status was cancelled.
  grpc::StatusCode code_ = grpc::StatusCode::CANCELLED;
};

class CallTracker::Factory final : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit Factory(CallTracker& tracker) : tracker_(tracker) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    return new Interceptor(tracker_, *info);
  }

 private:
  CallTracker& tracker_;
};

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
CallTracker::MakeInterceptorFactory() {
  return std::make_unique<Factory>(*this);
}

CallRecord* CallTracker::Find(const grpc::ServerContextBase* context) {
  absl::MutexLock lock(&mu_);
  auto it = records_.find(context);
  return it == records_.end() ? nullptr : it->second;
}

void CallTracker::Started(const grpc::ServerContextBase* context, CallRecord* record) {
  {
    absl::MutexLock lock(&mu_);
    records_[context] = record;
  }
  if (record->streaming) {
    streams_.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  const int now = in_flight_.fetch_add(1, std::memory_order_relaxed) + 1;
  int peak = peak_.load(std::memory_order_relaxed);
  while (now > peak && !peak_.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
  }
}

void CallTracker::Ended(const grpc::ServerContextBase* context, const CallEnd& end) {
  {
    absl::MutexLock lock(&mu_);
    records_.erase(context);
  }
  (end.record.streaming ? streams_ : in_flight_).fetch_sub(1, std::memory_order_relaxed);
  for (const Observer& observer : observers_) observer(end);
}

}  // namespace leadflow::api
