#ifndef LEADFLOW_TESTS_SUPPORT_STORE_CALLS_H_
#define LEADFLOW_TESTS_SUPPORT_STORE_CALLS_H_

// Blocking forms of the store's asynchronous writes, for store tests.

#include <future>
#include <string>

#include "store/store.h"

namespace leadflow::testing {

// Runs `call(done)` and waits for `done` to be called with a StatusOr<T>.
template <typename T, typename Call>
absl::StatusOr<T> Await(Call call) {
  std::promise<absl::StatusOr<T>> result;
  call([&result](absl::StatusOr<T> value) { result.set_value(std::move(value)); });
  return result.get_future().get();
}

// Runs `call(done)` and waits for `done` to be called with a Status.
template <typename Call>
absl::Status AwaitStatus(Call call) {
  std::promise<absl::Status> result;
  call([&result](absl::Status status) { result.set_value(std::move(status)); });
  return result.get_future().get();
}

inline absl::StatusOr<leadflow::v1::Lead> CreateLead(store::Store& store, leadflow::v1::Lead lead,
                                                     std::string request_id = "") {
  return Await<leadflow::v1::Lead>([&](auto done) {
    store.CreateLead(std::move(lead), {"", std::move(request_id)}, std::move(done));
  });
}

inline absl::StatusOr<leadflow::v1::Lead> UpdateLead(
    store::Store& store, std::string id, std::string etag,
    store::Mutation<leadflow::v1::Lead> mutate) {
  return Await<leadflow::v1::Lead>([&](auto done) {
    store.UpdateLead(std::move(id), std::move(etag), std::move(mutate), {}, std::move(done));
  });
}

inline absl::Status DeleteLead(store::Store& store, std::string id, std::string etag,
                               store::DeleteCheck<leadflow::v1::Lead> check) {
  return AwaitStatus([&](auto done) {
    store.DeleteLead(std::move(id), std::move(etag), std::move(check), {}, std::move(done));
  });
}

}  // namespace leadflow::testing

#endif  // LEADFLOW_TESTS_SUPPORT_STORE_CALLS_H_
