#ifndef LEADFLOW_SERVER_STORE_FILTER_FILTER_AST_H_
#define LEADFLOW_SERVER_STORE_FILTER_FILTER_AST_H_

// The syntax tree of a List filter (the AIP-160 subset described in
// filter_parser.h). It is purely syntactic: field names are not yet checked
// against any whitelist and values are still text, because what a value means
// (string, bool, timestamp, integer) depends on the field, which only
// CompileFilter() (filter_sql.h) knows.

#include <string>
#include <utility>
#include <vector>

namespace leadflow::store::filter {

// The comparison operators of AIP-160 that Leadflow supports.
enum class Comparator {
  kEquals,         // =
  kNotEquals,      // !=
  kLess,           // <
  kLessEquals,     // <=
  kGreater,        // >
  kGreaterEquals,  // >=
  kHas,            // :  (substring match on strings)
};

// The operator as the user writes it, e.g. "<=".
inline const char* ComparatorText(Comparator op) {
  switch (op) {
    case Comparator::kEquals: return "=";
    case Comparator::kNotEquals: return "!=";
    case Comparator::kLess: return "<";
    case Comparator::kLessEquals: return "<=";
    case Comparator::kGreater: return ">";
    case Comparator::kGreaterEquals: return ">=";
    case Comparator::kHas: return ":";
  }
  return "?";
}

// `field op value`, e.g. `status = "OPEN"`. Positions are 1-based character
// (Unicode code point) offsets into the filter, kept so that errors found
// later, when the comparison is compiled, can still point at the culprit.
struct Comparison {
  std::string field;
  Comparator op = Comparator::kEquals;
  // The value with quotes removed and escapes resolved.
  std::string value;
  // Whether the value was written as a quoted string. Compilation treats
  // `x = 5` and `x = "5"` alike; this is kept for messages and tests.
  bool value_quoted = false;
  int field_position = 0;
  int op_position = 0;
  int value_position = 0;
};

// A node of the tree. A tagged struct rather than std::variant keeps
// recursive construction and pattern-matching in tests simple.
struct Expr {
  enum class Kind { kAnd, kOr, kNot, kComparison };

  Kind kind = Kind::kAnd;
  // kAnd / kOr: two or more operands, in source order; the one exception is
  // an kAnd with no operands, which is the empty filter and matches
  // everything. kNot: exactly one operand. kComparison: none.
  std::vector<Expr> operands;
  // Meaningful only for kComparison.
  Comparison comparison;

  static Expr MatchAll() { return Expr{}; }
  static Expr And(std::vector<Expr> operands) {
    return Expr{Kind::kAnd, std::move(operands), {}};
  }
  static Expr Or(std::vector<Expr> operands) {
    return Expr{Kind::kOr, std::move(operands), {}};
  }
  static Expr Not(Expr operand) {
    Expr e{Kind::kNot, {}, {}};
    e.operands.push_back(std::move(operand));
    return e;
  }
  static Expr Compare(Comparison comparison) {
    return Expr{Kind::kComparison, {}, std::move(comparison)};
  }

  bool IsMatchAll() const { return kind == Kind::kAnd && operands.empty(); }
};

}  // namespace leadflow::store::filter

#endif  // LEADFLOW_SERVER_STORE_FILTER_FILTER_AST_H_
