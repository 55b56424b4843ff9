#ifndef LEADFLOW_SERVER_UTIL_STATUS_MACROS_H_
#define LEADFLOW_SERVER_UTIL_STATUS_MACROS_H_

// Abseil 20220623 (Debian 12) has no ASSIGN_OR_RETURN; these are the
// project's only copies of the idiom.

#include "absl/status/status.h"
#include "absl/status/statusor.h"

// Returns from the enclosing function if `expr` (an absl::Status) is not OK.
#define LEADFLOW_RETURN_IF_ERROR(expr)            \
  do {                                            \
    ::absl::Status leadflow_status_ = (expr);     \
    if (!leadflow_status_.ok()) return leadflow_status_; \
  } while (false)

#define LEADFLOW_STATUS_CONCAT_INNER_(a, b) a##b
#define LEADFLOW_STATUS_CONCAT_(a, b) LEADFLOW_STATUS_CONCAT_INNER_(a, b)

// Evaluates `rexpr` (an absl::StatusOr<T>); on error returns its status from
// the enclosing function, else moves the value into `lhs`, which may be a
// declaration: LEADFLOW_ASSIGN_OR_RETURN(Lead lead, store.GetLead(id));
#define LEADFLOW_ASSIGN_OR_RETURN(lhs, rexpr)                               \
  LEADFLOW_ASSIGN_OR_RETURN_IMPL_(                                          \
      LEADFLOW_STATUS_CONCAT_(leadflow_statusor_, __LINE__), lhs, rexpr)

// `statusor` and `lhs` name or declare variables, so they cannot be
// parenthesised as bugprone-macro-parentheses asks.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define LEADFLOW_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                                    \
  if (!statusor.ok()) return std::move(statusor).status();    \
  lhs = *std::move(statusor)
// NOLINTEND(bugprone-macro-parentheses)

#endif  // LEADFLOW_SERVER_UTIL_STATUS_MACROS_H_
