#include "api/store_health.h"

namespace leadflow::api {

StoreHealth::StoreHealth(store::Store& store, grpc::HealthCheckServiceInterface& health,
                         absl::Duration period)
    : store_(store), health_(health), period_(period), thread_([this] { Run(); }) {}

StoreHealth::~StoreHealth() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void StoreHealth::Run() {
  bool serving = true;  // as the server starts: it just opened the database
  while (true) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      if (wake_.wait_for(lock, absl::ToChronoNanoseconds(period_), [this] { return stopping_; })) {
        return;
      }
    }
    const bool reachable = store_.Reachable();
    if (reachable != serving) {
      serving = reachable;
      health_.SetServingStatus(serving);
    }
  }
}

}  // namespace leadflow::api
