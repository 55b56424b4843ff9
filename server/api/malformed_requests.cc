#include "api/malformed_requests.h"

#include <cstdio>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "api/replies.h"
#include "domain/errors.h"
#include "google/protobuf/stubs/logging.h"

namespace leadflow::api {
namespace {

using grpc::experimental::InterceptionHookPoints;

class MalformedRequestInterceptor final : public grpc::experimental::Interceptor {
 public:
  explicit MalformedRequestInterceptor(const char* method) : method_(method) {}

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_MESSAGE) &&
        methods->GetRecvMessage() == nullptr) {
      // gRPC hands interceptors no message when deserialization failed.
      malformed_ = true;
    }
    if (malformed_ &&
        methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS) &&
        methods->GetSendStatus().error_code() == grpc::StatusCode::UNIMPLEMENTED) {
      methods->ModifySendStatus(ToGrpcStatus(domain::Refused(absl::StatusCode::kInvalidArgument, 
          leadflow::v1::REQUEST_MALFORMED,
          absl::StrCat("the request is not a valid request message of ", method_,
                       ": a string field holds invalid UTF-8, or the bytes are not the "
                       "method's protobuf message"))));
    }
    methods->Proceed();
  }

 private:
  const char* method_;
  bool malformed_ = false;
};

class Factory final : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    return new MalformedRequestInterceptor(info->method());
  }
};

void LogUnlessClientParseError(google::protobuf::LogLevel level, const char* filename, int line,
                               const std::string& message) {
  if (absl::StrContains(message, "invalid UTF-8 data when parsing")) return;
  static const char* const kLevels[] = {"INFO", "WARNING", "ERROR", "FATAL"};
  std::fprintf(stderr, "[libprotobuf %s %s:%d] %s\n", kLevels[level], filename, line,
               message.c_str());
}

}  // namespace

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
MakeMalformedRequestInterceptorFactory() {
  return std::make_unique<Factory>();
}

void QuietClientParseErrors() { google::protobuf::SetLogHandler(LogUnlessClientParseError); }

}  // namespace leadflow::api
