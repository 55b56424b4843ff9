#ifndef LEADFLOW_SERVER_STORE_FILTER_FILTER_PARSER_H_
#define LEADFLOW_SERVER_STORE_FILTER_FILTER_PARSER_H_

// Parses the `filter` of List requests: the subset of AIP-160
// (https://google.aip.dev/160) that Leadflow supports.
//
// Grammar (EBNF; WS is ASCII whitespace):
//
//   filter      = [ expression ] ;           blank means "match everything"
//   expression  = sequence { WS "AND" WS sequence } ;
//   sequence    = factor { WS factor } ;      implicit AND
//   factor      = term { WS "OR" WS term } ;
//   term        = { "NOT" WS | "-" } simple ;
//   simple      = restriction | "(" expression ")" ;
//   restriction = field comparator value ;
//   comparator  = "=" | "!=" | "<" | "<=" | ">" | ">=" | ":" ;
//   field       = bare ;
//   value       = bare | '"' chars '"' | "'" chars "'" ;
//
// Precedence, as AIP-160 specifies and unlike SQL or C: NOT and "-" bind
// tightest, then OR, then implicit AND (juxtaposition), then AND. So
// `a = 1 AND b = 2 OR c = 3` means `a = 1 AND (b = 2 OR c = 3)`, and
// `a = 1 b = 2 OR c = 3` means the same.
//
// Lexical rules:
//  - Keywords AND, OR and NOT are upper-case only; "and" is an ordinary word
//    (the error then suggests the upper-case keyword).
//  - A bare word runs until whitespace or one of ( ) = < > ! : " '. So a
//    value that contains one of those characters must be quoted; in
//    particular RFC 3339 timestamps contain ':' and are normally written
//    quoted: create_time > "2024-01-31T09:00:00Z".
//  - Quoted strings take either quote; inside, \" \' and \\ stand for the
//    character after the backslash and any other escape is an error.
//  - A restriction must be followed by whitespace, ")" or the end, so
//    `a=1b=2` is an error rather than a surprise.
//  - A bare value that is a keyword (`status = AND`) is refused; quote it.
//
// Not supported (refused with INVALID_ARGUMENT): global restrictions (a bare
// value with no field), field traversal (`a.b`), functions, `:*` presence
// tests, and wildcards (`*` is an ordinary character).
//
// Limits, so that a hostile filter cannot exhaust the stack or the CPU: at
// most kMaxFilterBytes bytes, and at most kMaxFilterDepth nested levels of
// "(" / NOT / "-". Recursion depth is bounded by the latter; long chains of
// AND / OR are parsed iteratively.
//
// Every error is INVALID_ARGUMENT about the request field "filter" with
// reason FILTER_INVALID, and its description names the 1-based character
// position and what was expected there, e.g.
//   expected a value after "=" at position 9 (end of filter)

#include <cstddef>
#include <string>
#include "absl/strings/string_view.h"

#include "absl/status/statusor.h"
#include "store/filter/filter_ast.h"

namespace leadflow::store::filter {

inline constexpr std::size_t kMaxFilterBytes = 4096;
inline constexpr int kMaxFilterDepth = 32;

// Parses `filter`. A filter that is empty or only whitespace gives
// Expr::MatchAll(). Within one level, AND and OR chains are flattened into
// one n-ary node (`a AND b c` is one kAnd of three operands); parentheses
// are kept as written, so `(a AND b) AND c` nests.
absl::StatusOr<Expr> ParseFilter(absl::string_view filter);

// A canonical, fully parenthesised rendering of `expr` for tests and logs,
// e.g. `AND(status = "OPEN", OR(owner = "ann", NOT(rating < "3")))`.
// Values are always shown double-quoted, with " and \ escaped; the empty
// filter is `AND()`.
std::string FormatExpr(const Expr& expr);

// The INVALID_ARGUMENT status of a filter error: InvalidField("filter",
// description, FILTER_INVALID).
absl::Status FilterError(std::string description);

}  // namespace leadflow::store::filter

#endif  // LEADFLOW_SERVER_STORE_FILTER_FILTER_PARSER_H_
