#ifndef LEADFLOW_SERVER_STORE_POSTGRES_PG_WRITE_QUEUE_H_
#define LEADFLOW_SERVER_STORE_POSTGRES_PG_WRITE_QUEUE_H_

// The threads that run PostgreSQL writes, so that no gRPC thread waits for
// the database (the Store's writes are asynchronous, decision 0001). Unlike
// SQLite's single writer, several run at once: PostgreSQL takes concurrent
// writers, and row locks order the ones that touch the same records.

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/functional/any_invocable.h"

namespace leadflow::store {

class PgWriteQueue {
 public:
  explicit PgWriteQueue(int threads);
  ~PgWriteQueue() { Shutdown(); }

  // Queues `task`; false (and `task` dropped unrun) once Shutdown started.
  bool Submit(absl::AnyInvocable<void() &&> task);

  // Refuses new tasks, runs the queued ones and returns when all are done.
  void Shutdown();

 private:
  void Run();

  std::mutex mu_;
  std::condition_variable wake_;
  std::deque<absl::AnyInvocable<void() &&>> tasks_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::vector<std::thread> threads_;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_POSTGRES_PG_WRITE_QUEUE_H_
