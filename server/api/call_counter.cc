#include "api/call_counter.h"

namespace leadflow::api {

// Lives exactly as long as its call: gRPC creates it when the call starts
// and destroys it with the call's context.
class CallCounter::Interceptor final : public grpc::experimental::Interceptor {
 public:
  explicit Interceptor(CallCounter& counter) : counter_(counter) { counter_.Started(); }
  ~Interceptor() override {
    counter_.AddReplyBytes(-reply_bytes_);
    counter_.Ended();
  }

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            grpc::experimental::InterceptionHookPoints::PRE_SEND_MESSAGE)) {
      // Serializing here costs nothing extra: gRPC sends these bytes
      // instead of serializing the message again.
      if (const grpc::ByteBuffer* reply = methods->GetSerializedSendMessage()) {
        const auto bytes = static_cast<std::int64_t>(reply->Length());
        counter_.AddReplyBytes(bytes - reply_bytes_);
        reply_bytes_ = bytes;
      }
    }
    methods->Proceed();
  }

 private:
  CallCounter& counter_;
  std::int64_t reply_bytes_ = 0;  // of the message being sent
};

class CallCounter::Factory final : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit Factory(CallCounter& counter) : counter_(counter) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* /*info*/) override {
    return new Interceptor(counter_);
  }

 private:
  CallCounter& counter_;
};

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
CallCounter::MakeInterceptorFactory() {
  return std::make_unique<Factory>(*this);
}

void CallCounter::Started() {
  const int now = in_flight_.fetch_add(1, std::memory_order_relaxed) + 1;
  int peak = peak_.load(std::memory_order_relaxed);
  while (now > peak && !peak_.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
  }
}

}  // namespace leadflow::api
