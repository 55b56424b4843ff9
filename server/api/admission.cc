#include "api/admission.h"

#include "absl/strings/str_cat.h"
#include "api/replies.h"
#include "domain/errors.h"

namespace leadflow::api {

grpc::ServerUnaryReactor* Admission::Refuse(grpc::CallbackServerContext* context) const {
  // The count includes this call, so the limit admits exactly
  // max_calls_in_flight_ calls at once.
  if (counter_.in_flight() > max_calls_in_flight_) {
    return FinishNow(context, domain::ResourceExhausted(
                                  leadflow::v1::SERVER_BUSY,
                                  absl::StrCat("the server is serving its limit of ",
                                               max_calls_in_flight_,
                                               " calls; nothing was done, retry with backoff")));
  }
  if (counter_.reply_bytes() > max_reply_bytes_in_flight_) {
    return FinishNow(context,
                     domain::ResourceExhausted(
                         leadflow::v1::SERVER_BUSY,
                         absl::StrCat("the server holds its limit of ",
                                      max_reply_bytes_in_flight_ >> 20,
                                      " MiB of replies not yet received by their clients; "
                                      "nothing was done, retry with backoff")));
  }
  return nullptr;
}

}  // namespace leadflow::api
