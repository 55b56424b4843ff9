#include "store/postgres/pg_commit_watcher.h"

#include <chrono>

#include <pqxx/pqxx>

namespace leadflow::store {
namespace {

// How often the watcher looks up from waiting to see whether it should stop.
constexpr long kPollMicros = 200'000;

class Receiver final : public pqxx::notification_receiver {
 public:
  Receiver(pqxx::connection& connection, const std::function<void()>& committed)
      : pqxx::notification_receiver(connection, kEventsChannel), committed_(committed) {}
  void operator()(const std::string& /*payload*/, int /*backend_pid*/) override { committed_(); }

 private:
  const std::function<void()>& committed_;
};

}  // namespace

PgCommitWatcher::PgCommitWatcher(std::string uri, std::function<void()> committed)
    : uri_(std::move(uri)), committed_(std::move(committed)), thread_([this] { Run(); }) {}

PgCommitWatcher::~PgCommitWatcher() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
}

void PgCommitWatcher::Run() {
  while (!stopping_) {
    try {
      pqxx::connection connection(uri_);
      Receiver receiver(connection, committed_);
      connected_ = true;
      // Commits made while no connection listened are not announced again.
      committed_();
      while (!stopping_) {
        connection.await_notification(0, kPollMicros);
        // A server that went away is noticed here, not only at the next
        // notification (which would never come).
        if (!connection.is_open()) throw pqxx::broken_connection("the connection closed");
      }
    } catch (const std::exception&) {
      connected_ = false;
      // The database is unreachable: try again shortly. Reads and writes
      // report the outage to callers; this only delays wake-ups.
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }
}

}  // namespace leadflow::store
