#ifndef LEADFLOW_TESTS_SUPPORT_TEST_SERVER_H_
#define LEADFLOW_TESTS_SUPPORT_TEST_SERVER_H_

// The real Leadflow server, in process, on 127.0.0.1 with a free port and a
// fresh database, and stubs to call it through real gRPC channels. The
// database is a SQLite file, or a new PostgreSQL database when the suite
// runs on PostgreSQL (store_backends.h, ServiceTestStoreKind); every test
// of such a suite skips when no PostgreSQL cluster is given.

#include <memory>
#include <string>

#include <grpcpp/grpcpp.h>

#include "api/server.h"
#include "leadflow/v1/account_service.grpc.pb.h"
#include "leadflow/v1/lead_service.grpc.pb.h"
#include "leadflow/v1/opportunity_service.grpc.pb.h"
#include "support/store_backends.h"
#include "support/temp_dir.h"

namespace leadflow::testing {

class TestServer {
 public:
  TestServer();
  // With these options (their listen address and database are the test's).
  explicit TestServer(api::ServerOptions options);
  ~TestServer();

  // host:port of the running server.
  std::string address() const;
  leadflow::v1::LeadService::Stub& leads() { return *leads_; }
  leadflow::v1::AccountService::Stub& accounts() { return *accounts_; }
  leadflow::v1::OpportunityService::Stub& opportunities() { return *opportunities_; }
  std::shared_ptr<grpc::Channel> channel() { return channel_; }
  // What the server's --db names: the SQLite file's path or the PostgreSQL
  // URI.
  const std::string& db_path() const { return db_path_; }
  StoreKind store_kind() const { return store_kind_; }
  // The server's database, for reading it behind the server's back.
  StoreBackend& database() { return *database_; }
  api::LeadflowServer& server() { return *server_; }
  // A file in the server's temporary directory, for files the test writes.
  std::string File(const std::string& name) const { return dir_.File(name); }

  // Stops the server (finishing its writes) and starts a new one on the
  // same port and database file, as after a process restart.
  void Restart();

  // The two halves of Restart(), for tests that call while it is down.
  void Stop();
  void Start();

 private:
  TempDir dir_;
  StoreKind store_kind_;
  std::unique_ptr<StoreBackend> database_;  // dropped after the server stops
  api::ServerOptions options_;
  std::string db_path_;
  std::unique_ptr<api::LeadflowServer> server_;
  int port_ = 0;  // chosen at the first start, kept across restarts
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<leadflow::v1::LeadService::Stub> leads_;
  std::unique_ptr<leadflow::v1::AccountService::Stub> accounts_;
  std::unique_ptr<leadflow::v1::OpportunityService::Stub> opportunities_;
};

// A context with a deadline, so that a hung server fails a test instead of
// hanging it.
std::unique_ptr<grpc::ClientContext> Context();

// A channel to `address` with a connection of its own, not shared with the
// process's other channels, as a separate client would have.
std::shared_ptr<grpc::Channel> OwnChannel(const std::string& address);

}  // namespace leadflow::testing

#endif  // LEADFLOW_TESTS_SUPPORT_TEST_SERVER_H_
