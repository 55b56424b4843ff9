#include "store/postgres/pg_connection_pool.h"

#include <regex>

#include "absl/strings/str_cat.h"
#include "domain/errors.h"

namespace leadflow::store {
namespace {

absl::Status Unreachable(const std::string& uri, const std::exception& e) {
  return domain::ServerError(absl::StatusCode::kUnavailable,
                             absl::StrCat("cannot connect to the PostgreSQL database ",
                                          RedactedUri(uri), ": ", e.what()));
}

}  // namespace

std::string RedactedUri(const std::string& uri) {
  // postgresql://user:password@host/... and password=... in key=value form.
  static const std::regex kUriPassword(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
  static const std::regex kKeywordPassword(R"(password\s*=\s*\S+)");
  std::string redacted = std::regex_replace(uri, kUriPassword, "$1:***@");
  return std::regex_replace(redacted, kKeywordPassword, "password=***");
}

absl::StatusOr<std::unique_ptr<PgConnectionPool>> PgConnectionPool::Open(const std::string& uri,
                                                                         int size) {
  std::vector<std::unique_ptr<pqxx::connection>> connections;
  try {
    for (int i = 0; i < std::max(1, size); ++i) {
      connections.push_back(std::make_unique<pqxx::connection>(uri));
    }
  } catch (const std::exception& e) {
    return Unreachable(uri, e);
  }
  return std::unique_ptr<PgConnectionPool>(new PgConnectionPool(uri, std::move(connections)));
}

absl::StatusOr<PgConnectionPool::Lease> PgConnectionPool::Acquire() {
  std::unique_ptr<pqxx::connection> connection;
  {
    std::unique_lock<std::mutex> lock(mu_);
    returned_.wait(lock, [this] { return !idle_.empty(); });
    connection = std::move(idle_.back());
    idle_.pop_back();
  }
  if (connection == nullptr || !connection->is_open()) {
    try {
      connection = std::make_unique<pqxx::connection>(uri_);
    } catch (const std::exception& e) {
      Release(nullptr);  // its slot stays, to be opened again next time
      return Unreachable(uri_, e);
    }
  }
  return Lease(this, std::move(connection));
}

void PgConnectionPool::Release(std::unique_ptr<pqxx::connection> connection) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    idle_.push_back(std::move(connection));
  }
  returned_.notify_one();
}

PgConnectionPool::Lease::~Lease() {
  if (pool_ != nullptr && connection_ != nullptr) pool_->Release(std::move(connection_));
}

}  // namespace leadflow::store
