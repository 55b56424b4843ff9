#include "support/test_server.h"

#include <chrono>
#include <stdexcept>
#include <utility>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace leadflow::testing {
namespace {

// Skips every test of a suite run on PostgreSQL when no cluster is given,
// so that ctest without ci/postgres_cluster.sh reports them skipped, not
// failed.
class PostgresAvailability final : public ::testing::Environment {
 public:
  void SetUp() override {
    if (ServiceTestStoreKind() != StoreKind::kPostgres) return;
    const std::string reason = UnavailableReason(StoreKind::kPostgres);
    if (!reason.empty()) GTEST_SKIP() << reason;
  }
};

[[maybe_unused]] ::testing::Environment* const kPostgresAvailability =
    ::testing::AddGlobalTestEnvironment(new PostgresAvailability);

}  // namespace

TestServer::TestServer() : TestServer(api::ServerOptions()) {}

TestServer::TestServer(api::ServerOptions options)
    : store_kind_(ServiceTestStoreKind()),
      database_(MakeStoreBackend(store_kind_)),
      options_(std::move(options)),
      db_path_(database_->Location()) {
  Start();
}

TestServer::~TestServer() {
  if (server_) server_->Shutdown(absl::Seconds(5));
  server_.reset();
}

void TestServer::Start() {
  api::ServerOptions options = options_;
  options.listen = absl::StrCat("127.0.0.1:", port_);
  options.db_path = db_path_;
  auto server = api::LeadflowServer::Start(std::move(options));
  if (!server.ok()) {
    throw std::runtime_error(std::string(server.status().message()));
  }
  server_ = *std::move(server);
  port_ = server_->port();
  channel_ = grpc::CreateChannel(address(), grpc::InsecureChannelCredentials());
  leads_ = leadflow::v1::LeadService::NewStub(channel_);
  accounts_ = leadflow::v1::AccountService::NewStub(channel_);
  opportunities_ = leadflow::v1::OpportunityService::NewStub(channel_);
}

std::string TestServer::address() const { return absl::StrCat("127.0.0.1:", port_); }

void TestServer::Stop() {
  server_->Shutdown(absl::Seconds(5));
  server_.reset();
}

void TestServer::Restart() {
  Stop();
  Start();
}

std::unique_ptr<grpc::ClientContext> Context() {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  return context;
}

std::shared_ptr<grpc::Channel> OwnChannel(const std::string& address) {
  grpc::ChannelArguments args;
  args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
}

}  // namespace leadflow::testing
