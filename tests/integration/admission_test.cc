// The limits on calls and on streams in flight, through the real in-process
// server: past them, every Leadflow RPC is refused at once with
// RESOURCE_EXHAUSTED (SERVER_BUSY) and does nothing; below them, calls are
// served again.
//
// Two calls hold the limits deterministically, for as long as the client
// keeps them: a health Watch (a server stream), and a reflection stream
// (bidirectional, so counted as a call in flight).

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "support/raw_call.h"
#include "support/status_matchers.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::Context;
using ::leadflow::testing::HasReason;

TEST(AdmissionTest, PastTheLimitEveryRpcIsRefusedAtOnceAndDoesNothing) {
  api::ServerOptions options;
  options.max_calls_in_flight = 1;
  options.max_streams = 1;
  testing::TestServer server(options);

  // The one stream the limit allows: a watch that stays open.
  auto health = grpc::health::v1::Health::NewStub(server.channel());
  grpc::ClientContext watch_context;
  grpc::health::v1::HealthCheckRequest watch_request;
  auto watch = health->Watch(&watch_context, watch_request);
  grpc::health::v1::HealthCheckResponse serving;
  ASSERT_TRUE(watch->Read(&serving));  // the stream is established

  // The one call the limit allows: a reflection stream that stays open.
  grpc::GenericStub generic(server.channel());
  grpc::CompletionQueue queue;
  grpc::ClientContext held_context;
  std::unique_ptr<grpc::GenericClientAsyncReaderWriter> held =
      generic.PrepareCall(&held_context,
                          "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
                          &queue);
  held->StartCall(reinterpret_cast<void*>(1));
  void* tag = nullptr;
  bool ok = false;
  ASSERT_TRUE(queue.Next(&tag, &ok) && ok);  // the call is started
  // The server counts the call from when it arrives; wait until it has.
  for (int attempt = 0; attempt < 100; ++attempt) {
    v1::ListLeadsResponse probe;
    if (server.leads().ListLeads(Context().get(), {}, &probe).error_code() ==
        grpc::StatusCode::RESOURCE_EXHAUSTED) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }

  for (const google::protobuf::MethodDescriptor* method : testing::AllLeadflowMethods()) {
    grpc::Status status = testing::CallRaw(server.address(), *method, "", nullptr);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << method->full_name();
    EXPECT_THAT(status, HasReason(v1::SERVER_BUSY)) << method->full_name();
  }

  watch_context.TryCancel();
  watch->Finish().IgnoreError();
  held_context.TryCancel();
  grpc::Status held_status;
  held->Finish(&held_status, reinterpret_cast<void*>(2));
  while (queue.Next(&tag, &ok) && tag != reinterpret_cast<void*>(2)) {
  }
  queue.Shutdown();
  while (queue.Next(&tag, &ok)) {
  }
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

TEST(AdmissionTest, ARequestAboveTheReceiveLimitIsRefusedAndChangesNothing) {
  api::ServerOptions options;
  options.max_receive_message_bytes = 4096;
  testing::TestServer server(options);
  v1::CreateLeadRequest request;
  request.mutable_lead()->set_last_name("Large");
  request.mutable_lead()->set_company("Bytes Inc");
  request.mutable_lead()->set_description(std::string(8192, 'd'));
  v1::Lead lead;
  grpc::Status status = server.leads().CreateLead(Context().get(), request, &lead);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  v1::ListLeadsResponse leads;
  ASSERT_TRUE(server.leads().ListLeads(Context().get(), {}, &leads).ok());
  EXPECT_EQ(leads.leads_size(), 0);
  request.mutable_lead()->set_description("short");
  EXPECT_TRUE(server.leads().CreateLead(Context().get(), request, &lead).ok());
}

}  // namespace
}  // namespace leadflow
