#ifndef LEADFLOW_SERVER_API_STORE_HEALTH_H_
#define LEADFLOW_SERVER_API_STORE_HEALTH_H_

// Keeps the gRPC health service's answer in step with the database: a
// server whose database cannot be reached (PostgreSQL down, or the network
// to it) reports NOT_SERVING, so load balancers send calls elsewhere, and
// SERVING again by itself once the database is back. Calls made meanwhile
// fail with UNAVAILABLE from the store.

#include <condition_variable>
#include <mutex>
#include <thread>

#include <grpcpp/health_check_service_interface.h>

#include "absl/base/thread_annotations.h"
#include "absl/time/time.h"
#include "store/store.h"

namespace leadflow::api {

class StoreHealth {
 public:
  // Looks at store.Reachable() every `period`. `health` outlives this.
  StoreHealth(store::Store& store, grpc::HealthCheckServiceInterface& health,
              absl::Duration period = absl::Milliseconds(250));
  // Stops looking; the status stays as last set.
  ~StoreHealth();

  StoreHealth(const StoreHealth&) = delete;
  StoreHealth& operator=(const StoreHealth&) = delete;

 private:
  void Run();

  store::Store& store_;
  grpc::HealthCheckServiceInterface& health_;
  const absl::Duration period_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::thread thread_;  // last: started once everything it uses exists
};

}  // namespace leadflow::api

#endif  // LEADFLOW_SERVER_API_STORE_HEALTH_H_
