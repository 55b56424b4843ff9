// The limit on calls in flight, through the real in-process server: past
// it, every Leadflow RPC is refused at once with RESOURCE_EXHAUSTED
// (SERVER_BUSY) and does nothing; below it, calls are served again.
//
// A health Watch stream stays open for as long as the client keeps it, so
// it holds one call in flight deterministically.

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "absl/synchronization/notification.h"
#include "gmock/gmock.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "leadflow/v1/admin_service.grpc.pb.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "support/status_matchers.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::Context;
using ::leadflow::testing::HasReason;

// Every method of the Leadflow services, as "/package.Service/Method".
std::vector<std::string> EveryLeadflowMethod() {
  std::vector<std::string> methods;
  for (const char* service : {"leadflow.v1.LeadService", "leadflow.v1.AccountService",
                              "leadflow.v1.OpportunityService", "leadflow.v1.AdminService"}) {
    const google::protobuf::ServiceDescriptor* descriptor =
        google::protobuf::DescriptorPool::generated_pool()->FindServiceByName(service);
    for (int i = 0; i < descriptor->method_count(); ++i) {
      methods.push_back("/" + std::string(service) + "/" + descriptor->method(i)->name());
    }
  }
  return methods;
}

// Calls `method` with an empty request message.
grpc::Status CallWithEmptyRequest(grpc::GenericStub& stub, const std::string& method) {
  grpc::ByteBuffer request, response;
  grpc::Slice empty("");
  request = grpc::ByteBuffer(&empty, 1);
  auto context = Context();
  grpc::Status status;
  absl::Notification done;
  stub.UnaryCall(context.get(), method, grpc::StubOptions(), &request, &response,
                 [&](grpc::Status s) {
                   status = std::move(s);
                   done.Notify();
                 });
  done.WaitForNotification();
  return status;
}

TEST(AdmissionTest, PastTheLimitEveryRpcIsRefusedAtOnceAndDoesNothing) {
  api::ServerOptions options;
  options.max_calls_in_flight = 1;
  testing::TestServer server(options);

  // The one call the limit allows: a stream that stays open.
  auto health = grpc::health::v1::Health::NewStub(server.channel());
  grpc::ClientContext watch_context;
  grpc::health::v1::HealthCheckRequest watch_request;
  auto watch = health->Watch(&watch_context, watch_request);
  grpc::health::v1::HealthCheckResponse serving;
  ASSERT_TRUE(watch->Read(&serving));  // the stream is established

  grpc::GenericStub stub(server.channel());
  const std::vector<std::string> methods = EveryLeadflowMethod();
  ASSERT_EQ(methods.size(), 28u) << "a new RPC: check that its handler calls Admission";
  for (const std::string& method : methods) {
    grpc::Status status = CallWithEmptyRequest(stub, method);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << method;
    EXPECT_THAT(status, HasReason(v1::SERVER_BUSY)) << method;
  }

  watch_context.TryCancel();
  watch->Finish().IgnoreError();
  // Served again once the stream is gone; the refused creates wrote nothing.
  v1::ListLeadsResponse leads;
  grpc::Status status;
  for (int attempt = 0; attempt < 50; ++attempt) {  // the stream ends asynchronously
    leads.Clear();
    status = server.leads().ListLeads(Context().get(), {}, &leads);
    if (status.ok()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(leads.leads_size(), 0);
}

}  // namespace
}  // namespace leadflow
