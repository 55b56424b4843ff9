#include "store/reader_pool.h"

namespace leadflow::store {

ReaderPool::ReaderPool(const std::string& path, int size) {
  for (int i = 0; i < size; ++i) {
    free_.push_back(std::make_unique<SqliteConnection>(
        path, SqliteConnection::Mode::kReadOnly));
  }
}

ReaderPool::Lease ReaderPool::Acquire() {
  absl::MutexLock lock(&mu_);
  mu_.Await(absl::Condition(
      +[](std::vector<std::unique_ptr<SqliteConnection>>* free) {
        return !free->empty();
      },
      &free_));
  std::unique_ptr<SqliteConnection> connection = std::move(free_.back());
  free_.pop_back();
  return Lease(this, std::move(connection));
}

void ReaderPool::Release(std::unique_ptr<SqliteConnection> connection) {
  absl::MutexLock lock(&mu_);
  free_.push_back(std::move(connection));
}

}  // namespace leadflow::store
