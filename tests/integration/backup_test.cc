// AdminService.Backup through real gRPC channels to the in-process server,
// and the store's backup underneath it:
//  - a backup taken while several clients keep creating leads opens,
//    passes SQLite's integrity and foreign key checks, holds every lead
//    whose create was acknowledged before the backup was called, and has
//    the server's schema version;
//  - progress is streamed, ending with the result;
//  - bad destinations are refused with the documented code, reason and
//    field, and leave no file behind;
//  - a cancelled backup leaves no file behind.

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <dirent.h>
#include <grpcpp/grpcpp.h>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "leadflow/v1/admin_service.grpc.pb.h"
#include "store/migrations.h"
#include "store/sqlite_backup.h"
#include "support/status_matchers.h"
#include "support/temp_dir.h"
#include "support/test_server.h"

namespace leadflow {
namespace {

using ::leadflow::testing::Context;
using ::leadflow::testing::HasFieldViolation;
using ::leadflow::testing::HasReason;
using ::leadflow::testing::TempDir;
using ::leadflow::testing::TestServer;

struct BackupCall {
  grpc::Status status;
  std::vector<v1::BackupProgress> messages;
};

// Calls AdminService.Backup and reads the whole stream.
BackupCall Backup(TestServer& server, const std::string& destination, bool overwrite = false) {
  auto admin = v1::AdminService::NewStub(server.channel());
  v1::BackupRequest request;
  request.set_destination(destination);
  request.set_overwrite(overwrite);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(120));
  BackupCall call;
  auto reader = admin->Backup(&context, request);
  v1::BackupProgress message;
  while (reader->Read(&message)) call.messages.push_back(message);
  call.status = reader->Finish();
  return call;
}

// The names of the files in `dir`.
std::set<std::string> FilesIn(const std::string& dir) {
  std::set<std::string> names;
  DIR* listing = opendir(dir.c_str());
  if (listing == nullptr) return names;
  while (dirent* entry = readdir(listing)) {
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names.insert(name);
  }
  closedir(listing);
  return names;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::int64_t FileSize(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 ? info.st_size : -1;
}

// Creates leads on `threads` threads until stopped, recording each lead
// whose create was acknowledged, in acknowledgement order.
class LeadWriters {
 public:
  LeadWriters(TestServer& server, int threads) {
    for (int t = 0; t < threads; ++t) {
      threads_.emplace_back([this, &server, t] {
        auto leads = v1::LeadService::NewStub(server.channel());
        for (int i = 0; !stop_.load(); ++i) {
          v1::CreateLeadRequest request;
          request.mutable_lead()->set_last_name("Writer " + std::to_string(t) + "-" +
                                                std::to_string(i));
          request.mutable_lead()->set_company("Backup Load Ltd");
          v1::Lead created;
          grpc::Status status = leads->CreateLead(Context().get(), request, &created);
          if (!status.ok()) {
            failures_.fetch_add(1);
            continue;
          }
          std::lock_guard<std::mutex> lock(mu_);
          acknowledged_.push_back(created.name());
        }
      });
    }
  }
  ~LeadWriters() { Stop(); }

  // The leads acknowledged so far.
  std::vector<std::string> Acknowledged() {
    std::lock_guard<std::mutex> lock(mu_);
    return acknowledged_;
  }
  std::size_t AcknowledgedCount() {
    std::lock_guard<std::mutex> lock(mu_);
    return acknowledged_.size();
  }
  int failures() const { return failures_.load(); }

  void Stop() {
    stop_.store(true);
    for (std::thread& thread : threads_) {
      if (thread.joinable()) thread.join();
    }
  }

 private:
  std::atomic<bool> stop_{false};
  std::atomic<int> failures_{0};
  std::mutex mu_;
  std::vector<std::string> acknowledged_;
  std::vector<std::thread> threads_;
};

// Fills the database with `count` leads of `description_bytes` each, so
// that a backup takes long enough for writes to land during it.
void Fill(TestServer& server, int count, std::size_t description_bytes) {
  std::vector<std::thread> threads;
  constexpr int kThreads = 4;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&server, count, description_bytes, t] {
      auto leads = v1::LeadService::NewStub(server.channel());
      for (int i = t; i < count; i += kThreads) {
        v1::CreateLeadRequest request;
        request.mutable_lead()->set_last_name("Filler " + std::to_string(i));
        request.mutable_lead()->set_company("Bulk Ltd");
        request.mutable_lead()->set_description(
            std::string(description_bytes, static_cast<char>('a' + i % 26)));
        v1::Lead created;
        ASSERT_TRUE(leads->CreateLead(Context().get(), request, &created).ok());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
}

TEST(BackupTest, BackupUnderWriteLoadIsAConsistentSnapshotWithEveryAcknowledgedWrite) {
  TestServer server;
  TempDir backups;
  constexpr int kFillLeads = 2500;
  Fill(server, kFillLeads, 16000);  // about 40 MB

  LeadWriters writers(server, 4);
  while (writers.AcknowledgedCount() < 200) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // Every lead acknowledged before the call must be in the copy.
  const std::vector<std::string> before = writers.Acknowledged();
  const std::string destination = backups.File("leadflow-backup.db");
  const auto start = std::chrono::steady_clock::now();
  BackupCall call = Backup(server, destination);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  const std::size_t after_count = writers.AcknowledgedCount();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  writers.Stop();
  ASSERT_TRUE(call.status.ok()) << call.status.error_message();
  EXPECT_EQ(writers.failures(), 0);
  const std::size_t during = after_count - before.size();
  EXPECT_GT(during, 0u) << "no write was acknowledged while the backup ran";

  // Progress: first as soon as the size is known, the result last.
  ASSERT_GE(call.messages.size(), 2u);
  const v1::BackupProgress& last = call.messages.back();
  ASSERT_TRUE(last.has_result());
  std::int64_t copied = 0;
  for (std::size_t i = 0; i < call.messages.size(); ++i) {
    const v1::BackupProgress& message = call.messages[i];
    EXPECT_EQ(message.page_count(), last.page_count()) << "message " << i;
    EXPECT_GE(message.pages_copied(), copied) << "message " << i;
    EXPECT_LE(message.pages_copied(), message.page_count());
    EXPECT_EQ(message.has_result(), i + 1 == call.messages.size());
    copied = message.pages_copied();
  }
  EXPECT_LT(call.messages.front().pages_copied(), call.messages.front().page_count());
  EXPECT_EQ(last.pages_copied(), last.page_count());
  const v1::BackupResult& result = last.result();
  EXPECT_EQ(result.destination(), destination);
  EXPECT_EQ(result.page_count(), last.page_count());
  EXPECT_EQ(result.size_bytes(), result.page_count() * result.page_size());
  EXPECT_EQ(FileSize(destination), result.size_bytes());
  EXPECT_EQ(result.schema_version(), store::LatestSchemaVersion());
  EXPECT_GT(result.snapshot_time().seconds(), 0);

  // The copy: intact, one self-contained file, with every acknowledged lead.
  EXPECT_EQ(FilesIn(backups.path()), std::set<std::string>{"leadflow-backup.db"});
  SQLite::Database copy(destination, SQLite::OPEN_READONLY);
  EXPECT_EQ(copy.execAndGet("PRAGMA integrity_check").getString(), "ok");
  SQLite::Statement foreign_keys(copy, "PRAGMA foreign_key_check");
  EXPECT_FALSE(foreign_keys.executeStep()) << "a foreign key is broken in the copy";
  EXPECT_EQ(copy.execAndGet("PRAGMA user_version").getInt(), store::LatestSchemaVersion());
  EXPECT_EQ(copy.execAndGet("PRAGMA journal_mode").getString(), "delete");
  std::set<std::string> in_copy;
  SQLite::Statement ids(copy, "SELECT id FROM leads");
  while (ids.executeStep()) in_copy.insert("leads/" + ids.getColumn(0).getString());
  std::size_t missing = 0;
  for (const std::string& name : before) missing += in_copy.count(name) == 0 ? 1 : 0;
  EXPECT_EQ(missing, 0u) << "of " << before.size() << " leads acknowledged before the backup";
  EXPECT_GE(in_copy.size(), kFillLeads + before.size());
  EXPECT_LE(in_copy.size(), kFillLeads + after_count);

  std::printf(
      "backup of %lld bytes (%lld pages) in %.0f ms under load: %zu creates acknowledged "
      "while it ran, %zu before it (all in the copy), %zu leads in the copy, %zu progress "
      "messages\n",
      static_cast<long long>(result.size_bytes()), static_cast<long long>(result.page_count()),
      std::chrono::duration<double, std::milli>(elapsed).count(), during, before.size(),
      in_copy.size(), call.messages.size());
}

TEST(BackupTest, BadDestinationsAreRefusedAndWriteNothing) {
  TestServer server;
  TempDir backups;
  const std::string existing = backups.File("existing.db");
  { std::ofstream(existing) << "not to be replaced"; }
  ASSERT_EQ(mkdir(backups.File("a-directory").c_str(), 0700), 0);
  const std::string link_to_live = backups.File("live-link.db");
  ASSERT_EQ(symlink(server.db_path().c_str(), link_to_live.c_str()), 0);
  ASSERT_EQ(link(server.db_path().c_str(), backups.File("live-hardlink.db").c_str()), 0);
  { std::ofstream(backups.File("in-use.db-wal")) << "a journal"; }
  const std::set<std::string> files_before = FilesIn(backups.path());

  struct Case {
    std::string destination;
    grpc::StatusCode code;
  };
  const std::vector<Case> cases = {
      {"", grpc::StatusCode::INVALID_ARGUMENT},
      {"relative/backup.db", grpc::StatusCode::INVALID_ARGUMENT},
      {backups.path() + "/", grpc::StatusCode::INVALID_ARGUMENT},
      {server.db_path(), grpc::StatusCode::INVALID_ARGUMENT},
      {server.db_path() + "-wal", grpc::StatusCode::INVALID_ARGUMENT},
      {link_to_live, grpc::StatusCode::INVALID_ARGUMENT},
      {backups.File("live-hardlink.db"), grpc::StatusCode::INVALID_ARGUMENT},
      {backups.File("no-such-directory/backup.db"), grpc::StatusCode::FAILED_PRECONDITION},
      {existing + "/backup.db", grpc::StatusCode::FAILED_PRECONDITION},
      {existing, grpc::StatusCode::FAILED_PRECONDITION},
      {backups.File("a-directory"), grpc::StatusCode::FAILED_PRECONDITION},
      {backups.File("in-use.db"), grpc::StatusCode::FAILED_PRECONDITION},
  };
  for (const Case& c : cases) {
    BackupCall call = Backup(server, c.destination);
    EXPECT_EQ(call.status.error_code(), c.code) << c.destination << ": "
                                                << call.status.error_message();
    EXPECT_TRUE(call.messages.empty()) << c.destination;
    if (c.code == grpc::StatusCode::INVALID_ARGUMENT) {
      EXPECT_THAT(call.status, HasReason(v1::FIELD_INVALID)) << c.destination;
      EXPECT_THAT(call.status, HasFieldViolation("destination")) << c.destination;
    } else {
      EXPECT_THAT(call.status, HasReason(v1::BACKUP_DESTINATION_UNUSABLE)) << c.destination;
    }
  }
  EXPECT_EQ(FilesIn(backups.path()), files_before) << "a refused backup wrote a file";
  EXPECT_EQ(ReadFile(existing), "not to be replaced");

  // With overwrite the existing file is replaced by a good copy.
  BackupCall overwrite = Backup(server, existing, /*overwrite=*/true);
  ASSERT_TRUE(overwrite.status.ok()) << overwrite.status.error_message();
  SQLite::Database copy(existing, SQLite::OPEN_READONLY);
  EXPECT_EQ(copy.execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_EQ(FilesIn(backups.path()), files_before);
}

// Small steps under a steady write load: the backup never starts over
// (SQLite restarts a stepped backup whenever another connection commits,
// unless it reads inside one held transaction, as the store's does).
TEST(BackupTest, SteppedBackupUnderWriteLoadNeverRestarts) {
  TestServer server;
  Fill(server, 500, 16000);  // about 8 MB: some 120 steps of 16 pages
  TempDir backups;
  LeadWriters writers(server, 4);
  while (writers.AcknowledgedCount() < 50) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  store::BackupOptions options;
  options.destination = backups.File("stepped.db");
  options.pages_per_step = 16;
  std::vector<store::BackupProgress> steps;
  const std::size_t before = writers.AcknowledgedCount();
  absl::StatusOr<store::BackupSummary> summary =
      store::BackupDatabase(server.db_path(), options, [&](const store::BackupProgress& step) {
        steps.push_back(step);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));  // let writers commit
        return true;
      });
  const std::size_t during = writers.AcknowledgedCount() - before;
  writers.Stop();
  ASSERT_TRUE(summary.ok()) << summary.status();
  EXPECT_GT(during, 0u);
  ASSERT_GT(steps.size(), 100u);
  for (std::size_t i = 1; i < steps.size(); ++i) {
    EXPECT_EQ(steps[i].page_count, steps[0].page_count) << "step " << i;
    EXPECT_EQ(steps[i].pages_copied,
              std::min<std::int64_t>(steps[i - 1].pages_copied + 16, steps[i].page_count))
        << "step " << i;
  }
  EXPECT_EQ(steps.back().pages_copied, steps.back().page_count);
  SQLite::Database copy(options.destination, SQLite::OPEN_READONLY);
  EXPECT_EQ(copy.execAndGet("PRAGMA integrity_check").getString(), "ok");
  std::printf("%zu steps of 16 pages, %zu creates acknowledged meanwhile, no restart\n",
              steps.size(), during);
}

TEST(BackupTest, StoppedBackupLeavesNoFile) {
  TestServer server;
  Fill(server, 50, 16000);  // several steps of 16 pages
  TempDir backups;
  store::BackupOptions options;
  options.destination = backups.File("stopped.db");
  options.pages_per_step = 16;
  int steps = 0;
  absl::StatusOr<store::BackupSummary> summary = store::BackupDatabase(
      server.db_path(), options, [&steps](const store::BackupProgress&) { return ++steps < 2; });
  EXPECT_EQ(summary.status().code(), absl::StatusCode::kCancelled);
  EXPECT_EQ(steps, 2);
  EXPECT_TRUE(FilesIn(backups.path()).empty());
}

}  // namespace
}  // namespace leadflow
