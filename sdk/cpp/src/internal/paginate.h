#ifndef LEADFLOW_SDK_SRC_INTERNAL_PAGINATE_H_
#define LEADFLOW_SDK_SRC_INTERNAL_PAGINATE_H_

// Turns a page-fetching function, or a connection's List method, into a
// lazy StreamRange of items.

#include <deque>
#include <functional>
#include <memory>

#include "google/protobuf/repeated_ptr_field.h"
#include "leadflow/options.h"
#include "leadflow/stream_range.h"

namespace leadflow::internal {

// Items of every page from `request.page_token()` on; `page` fetches one
// page, `items` takes its items out.
template <typename Item, typename Request, typename Response>
StreamRange<Item> Paginate(
    Request request, std::function<absl::StatusOr<Response>(const Request&)> page,
    google::protobuf::RepeatedPtrField<Item>* (Response::*items)()) {
  struct State {
    Request request;
    std::deque<Item> buffer;
    bool last_page = false;
  };
  auto state = std::make_shared<State>(State{std::move(request), {}, false});
  return StreamRange<Item>([state, page = std::move(page), items]() -> absl::variant<absl::Status, Item> {
    while (state->buffer.empty()) {
      if (state->last_page) return absl::OkStatus();
      absl::StatusOr<Response> response = page(state->request);
      if (!response.ok()) return response.status();
      for (Item& item : *((*response).*items)()) state->buffer.push_back(std::move(item));
      state->request.set_page_token(response->next_page_token());
      state->last_page = response->next_page_token().empty();
    }
    Item item = std::move(state->buffer.front());
    state->buffer.pop_front();
    return item;
  });
}

// Items of every page of a List call, each page fetched through the
// connection method `list` (a read: retried as that connection's policy
// says). The range shares ownership of the connection, so it stays valid
// after the client that made it is gone
// (`for (auto& l : LeadClient(MakeLeadConnection()).ListLeads())`).
template <typename Item, typename Connection, typename Request, typename Response>
StreamRange<Item> PaginateCalls(std::shared_ptr<Connection> connection,
                                absl::StatusOr<Response> (Connection::*list)(const Request&,
                                                                             const CallOptions&),
                                Request request, CallOptions options,
                                google::protobuf::RepeatedPtrField<Item>* (Response::*items)()) {
  return Paginate<Item, Request, Response>(
      std::move(request),
      [connection = std::move(connection), list, options = std::move(options)](
          const Request& page) { return ((*connection).*list)(page, options); },
      items);
}

}  // namespace leadflow::internal

#endif  // LEADFLOW_SDK_SRC_INTERNAL_PAGINATE_H_
