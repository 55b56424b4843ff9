#include "store/reader_pool.h"

namespace leadflow::store {

ReaderPool::ReaderPool(const std::string& path, int size) : path_(path) {
  for (int i = 0; i < size; ++i) {
    free_.push_back(
        {std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::kReadOnly), 0});
  }
}

ReaderPool::Lease ReaderPool::Acquire() {
  Idle idle;
  std::uint64_t generation;
  {
    std::unique_lock<std::mutex> lock(mu_);
    released_.wait(lock, [this] { return !free_.empty(); });
    idle = std::move(free_.back());
    free_.pop_back();
    generation = generation_;
  }
  if (idle.generation != generation) {
    // Opening outside the lock: other readers need not wait for it.
    idle.connection.reset();
    idle.connection =
        std::make_unique<SqliteConnection>(path_, SqliteConnection::Mode::kReadOnly);
  }
  return Lease(this, std::move(idle.connection), generation);
}

void ReaderPool::Reload() {
  std::lock_guard<std::mutex> lock(mu_);
  ++generation_;
}

void ReaderPool::Release(std::unique_ptr<SqliteConnection> connection,
                         std::uint64_t generation) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back({std::move(connection), generation});
  }
  released_.notify_one();
}

}  // namespace leadflow::store
