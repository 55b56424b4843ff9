#ifndef LEADFLOW_TESTS_SUPPORT_STORE_CALLS_H_
#define LEADFLOW_TESTS_SUPPORT_STORE_CALLS_H_

// Blocking wrappers of the store's asynchronous writes, for store tests.

#include <future>
#include <string>

#include "store/store.h"

namespace leadflow::testing {

inline absl::StatusOr<leadflow::v1::Lead> CreateLead(store::Store& store,
                                                     leadflow::v1::Lead lead,
                                                     std::string request_id = "") {
  std::promise<absl::StatusOr<leadflow::v1::Lead>> done;
  store.CreateLead(std::move(lead), std::move(request_id),
                   [&done](absl::StatusOr<leadflow::v1::Lead> result) {
                     done.set_value(std::move(result));
                   });
  return done.get_future().get();
}

inline absl::StatusOr<leadflow::v1::Lead> UpdateLead(store::Store& store, std::string id,
                                                     std::string etag,
                                                     store::LeadMutation mutate) {
  std::promise<absl::StatusOr<leadflow::v1::Lead>> done;
  store.UpdateLead(std::move(id), std::move(etag), std::move(mutate),
                   [&done](absl::StatusOr<leadflow::v1::Lead> result) {
                     done.set_value(std::move(result));
                   });
  return done.get_future().get();
}

inline absl::Status DeleteLead(store::Store& store, std::string id, std::string etag,
                               store::LeadCheck check) {
  std::promise<absl::Status> done;
  store.DeleteLead(std::move(id), std::move(etag), std::move(check),
                   [&done](absl::Status status) { done.set_value(std::move(status)); });
  return done.get_future().get();
}

}  // namespace leadflow::testing

#endif  // LEADFLOW_TESTS_SUPPORT_STORE_CALLS_H_
