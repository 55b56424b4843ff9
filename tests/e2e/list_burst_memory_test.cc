// A burst of 2,000 concurrent ListLeads, each asking for a page of 1,000
// leads, against the real leadflow-server binary: every call gets an
// answer (a page, or an immediate RESOURCE_EXHAUSTED / SERVER_BUSY past the
// limits of what calls in flight may hold), the server's peak memory stays
// under 512 MB, the memory is given back once the burst is over, and the
// next call is served in full.
// Usage: list_burst_memory_test LEADFLOW_SERVER

#include <grpcpp/grpcpp.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/blocking_counter.h"
#include "gtest/gtest.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "support/server_process.h"
#include "support/status_matchers.h"
#include "support/temp_dir.h"
#include "support/test_main.h"

namespace leadflow {
namespace {

constexpr int kLeads = 1000;
constexpr int kConcurrentCalls = 2000;
constexpr int kChannels = 16;
constexpr long kMaxPeakKb = 512 * 1024;

std::string g_server_binary;

// A field of /proc/<pid>/status, in kB (VmHWM: peak resident memory; VmRSS:
// resident now).
long ProcStatusKb(int pid, const std::string& field) {
  std::ifstream status(absl::StrCat("/proc/", pid, "/status"));
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
  }
  return -1;
}

std::shared_ptr<grpc::Channel> NewChannel(const std::string& address, int index) {
  grpc::ChannelArguments args;
  // Distinct arguments keep channels from sharing one connection.
  args.SetInt("leadflow.test_channel", index);
  args.SetMaxReceiveMessageSize(64 << 20);
  return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
}

void SeedLeads(v1::LeadService::Stub& stub) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&stub, t] {
      for (int i = t; i < kLeads; i += 8) {
        v1::CreateLeadRequest request;
        v1::Lead& lead = *request.mutable_lead();
        lead.set_first_name("Grace");
        lead.set_last_name(absl::StrCat("Hopper ", i));
        lead.set_company(absl::StrCat("Compiler Works ", i));
        lead.set_email(absl::StrCat("grace", i, "@compiler.example"));
        lead.set_website("https://compiler.example");
        lead.set_lead_source("Web");
        lead.set_description(std::string(300, 'd'));
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
        v1::Lead created;
        grpc::Status status = stub.CreateLead(&context, request, &created);
        ASSERT_TRUE(status.ok()) << status.error_message();
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
}

TEST(ListBurstMemoryTest, EveryCallIsAnsweredAndMemoryStaysBoundedAndIsReturned) {
  testing::TempDir dir;
  testing::ServerProcess server(g_server_binary, dir.File("leadflow.db"), dir.File("server.log"));
  std::string error;
  ASSERT_TRUE(server.Start(std::chrono::seconds(20), &error)) << error;

  std::vector<std::shared_ptr<grpc::Channel>> channels;
  std::vector<std::unique_ptr<v1::LeadService::Stub>> stubs;
  for (int c = 0; c < kChannels; ++c) {
    channels.push_back(NewChannel(server.address(), c));
    stubs.push_back(v1::LeadService::NewStub(channels.back()));
  }
  SeedLeads(*stubs[0]);
  const long rss_before_kb = ProcStatusKb(server.pid(), "VmRSS");

  struct Call {
    grpc::ClientContext context;
    v1::ListLeadsRequest request;
    v1::ListLeadsResponse response;
  };
  std::vector<std::unique_ptr<Call>> calls;
  std::atomic<int> ok{0}, busy{0}, other{0};
  std::atomic<std::size_t> leads_received{0};
  absl::BlockingCounter answered(kConcurrentCalls);
  for (int i = 0; i < kConcurrentCalls; ++i) {
    auto call = std::make_unique<Call>();
    call->context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(120));
    call->request.set_page_size(kLeads);
    Call* raw = call.get();
    stubs[i % kChannels]->async()->ListLeads(
        &raw->context, &raw->request, &raw->response, [&, raw](grpc::Status status) {
          if (status.ok()) {
            ++ok;
            leads_received += raw->response.leads_size();
            raw->response.Clear();
          } else if (status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED &&
                     testing::ReasonOf(testing::RpcStatusOf(status)) == "SERVER_BUSY") {
            ++busy;
          } else {
            ++other;
            ADD_FAILURE() << "unexpected " << status.error_code() << ": "
                          << status.error_message();
          }
          answered.DecrementCount();
        });
    calls.push_back(std::move(call));
  }
  answered.Wait();
  const long peak_kb = ProcStatusKb(server.pid(), "VmHWM");

  // The trimmer checks once a second; give it a few.
  std::this_thread::sleep_for(std::chrono::seconds(4));
  const long rss_after_kb = ProcStatusKb(server.pid(), "VmRSS");
  std::printf(
      "list burst: %d calls, %d answered with a page (%zu leads), %d refused as busy, "
      "%d other; server memory: %ld MB before, %ld MB peak, %ld MB after\n",
      kConcurrentCalls, ok.load(), leads_received.load(), busy.load(), other.load(),
      rss_before_kb / 1024, peak_kb / 1024, rss_after_kb / 1024);

  // Full service right after: a call that follows the burst is answered.
  {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    v1::ListLeadsRequest request;
    request.set_page_size(kLeads);
    v1::ListLeadsResponse response;
    grpc::Status status = stubs[0]->ListLeads(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(response.leads_size(), kLeads);
  }

  EXPECT_EQ(ok + busy, kConcurrentCalls);
  EXPECT_GT(ok, 0);
  EXPECT_LT(peak_kb, kMaxPeakKb);
  // Given back: much closer to where it started than to the peak.
  EXPECT_LT(rss_after_kb - rss_before_kb, (peak_kb - rss_before_kb) / 2);
  EXPECT_TRUE(server.Stop(std::chrono::seconds(10), &error)) << error;
}

}  // namespace
}  // namespace leadflow

int main(int argc, char** argv) {
  return leadflow::testing::RunTestsWithArguments(
      argc, argv, {{"LEADFLOW_SERVER", &leadflow::g_server_binary}});
}
