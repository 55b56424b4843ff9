#ifndef LEADFLOW_SDK_STREAM_RANGE_H_
#define LEADFLOW_SDK_STREAM_RANGE_H_

// A lazy range over the items of a List call. Pages are fetched as the loop
// advances; an error ends the range and is yielded as its last element:
//
//   for (absl::StatusOr<v1::Lead> const& lead : client.ListLeads(request)) {
//     if (!lead.ok()) { /* lead.status() */ break; }
//     ...
//   }
//
// A range is single-pass (an input range) and movable, not copyable.

#include <cstddef>
#include <functional>
#include <iterator>
#include <optional>
#include <utility>

#include "absl/status/statusor.h"
#include "absl/types/variant.h"

namespace leadflow {

template <typename T>
class StreamRange {
 public:
  // Yields the next item, an error, or OK for the end.
  using Reader = std::function<absl::variant<absl::Status, T>()>;

  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = absl::StatusOr<T>;
    using difference_type = std::ptrdiff_t;
    using pointer = const value_type*;
    using reference = const value_type&;

    iterator() = default;
    reference operator*() const { return range_->current_; }
    pointer operator->() const { return &range_->current_; }
    iterator& operator++() {
      range_->Advance();
      if (range_->done_) range_ = nullptr;
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& a, const iterator& b) { return a.range_ == b.range_; }
    friend bool operator!=(const iterator& a, const iterator& b) { return !(a == b); }

   private:
    friend class StreamRange;
    explicit iterator(StreamRange* range) : range_(range) {}
    StreamRange* range_ = nullptr;
  };

  explicit StreamRange(Reader reader) : reader_(std::move(reader)) {}
  StreamRange(StreamRange&&) noexcept = default;
  StreamRange& operator=(StreamRange&&) noexcept = default;

  // The first call reads the first item.
  iterator begin() {
    if (!started_) {
      started_ = true;
      Advance();
    }
    return done_ ? end() : iterator(this);
  }
  iterator end() { return iterator(); }

 private:
  void Advance() {
    if (ended_with_error_) {
      done_ = true;
      return;
    }
    auto next = reader_();
    if (auto* status = absl::get_if<absl::Status>(&next)) {
      if (status->ok()) {
        done_ = true;
      } else {
        current_ = std::move(*status);
        ended_with_error_ = true;  // yield it, then stop
      }
      return;
    }
    current_ = std::move(absl::get<T>(next));
  }

  Reader reader_;
  absl::StatusOr<T> current_ = absl::UnknownError("not read yet");
  bool started_ = false;
  bool done_ = false;
  bool ended_with_error_ = false;
};

}  // namespace leadflow

#endif  // LEADFLOW_SDK_STREAM_RANGE_H_
