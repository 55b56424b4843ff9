#include "store/filter/filter_sql.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/time/civil_time.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"
#include "domain/text.h"
#include "store/filter/filter_ast.h"
#include "store/filter/filter_parser.h"
#include "util/status_macros.h"

namespace leadflow::store {
namespace {

using filter::Comparator;
using filter::Comparison;
using filter::Expr;
using filter::FilterError;
using domain::QuoteForError;

// Up to this many operands of one AND / OR are joined flat, which reads best;
// beyond it they are split in halves, because SQLite parses `a AND b AND c`
// as a left-deep tree and refuses trees deeper than 1000, a depth a 4 KB
// filter of short terms could otherwise reach.
constexpr std::size_t kMaxFlatOperands = 16;

// The range of google.protobuf.Timestamp, which is what the API stores.
constexpr std::int64_t kMinTimestampSeconds = -62135596800;  // 0001-01-01
constexpr std::int64_t kMaxTimestampSeconds = 253402300799;  // 9999-12-31

const char* TypeName(FilterFieldType type) {
  switch (type) {
    case FilterFieldType::kString: return "string";
    case FilterFieldType::kBool: return "bool";
    case FilterFieldType::kTimestamp: return "timestamp";
    case FilterFieldType::kInt64: return "integer";
    case FilterFieldType::kResourceName: return "resource name";
    case FilterFieldType::kDate: return "date";
    case FilterFieldType::kEnum: return "enum";
    case FilterFieldType::kMoney: return "amount";
  }
  return "unknown";
}

// `!=` is IS NOT (IS DISTINCT FROM) so that it is true for NULL columns;
// see filter_sql.h.
absl::string_view SqlOperator(Comparator op, const SqlDialect& dialect) {
  switch (op) {
    case Comparator::kEquals: return "=";
    case Comparator::kNotEquals: return dialect.distinct_from;
    case Comparator::kLess: return "<";
    case Comparator::kLessEquals: return "<=";
    case Comparator::kGreater: return ">";
    case Comparator::kGreaterEquals: return ">=";
    case Comparator::kHas: return dialect.case_insensitive_like;
  }
  return "=";
}

// The LIKE pattern that matches `value` anywhere, with the escape character
// `\` (see the ESCAPE clause) protecting LIKE's own wildcards.
std::string ContainsPattern(absl::string_view value) {
  std::string pattern = "%";
  for (char c : value) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  pattern += '%';
  return pattern;
}

// A decimal integer: an optional "-" and digits only. SimpleAtoi alone
// would also take "+5" and surrounding spaces.
bool ParseDecimal(absl::string_view text, std::int64_t& out) {
  absl::string_view digits = text;
  if (!digits.empty() && digits.front() == '-') digits.remove_prefix(1);
  if (digits.empty()) return false;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
  }
  return absl::SimpleAtoi(text, &out);
}

// Microseconds since the epoch of an RFC 3339 timestamp, or an error
// description.
absl::StatusOr<std::int64_t> ParseTimestampMicros(const std::string& text) {
  absl::Time time;
  std::string error;
  if (!absl::ParseTime(absl::RFC3339_full, text, &time, &error)) {
    return absl::InvalidArgumentError(
        "expected an RFC 3339 timestamp such as \"2024-01-31T09:00:00Z\"");
  }
  // ParseTime also accepts "infinite-future" / "infinite-past".
  if (time < absl::FromUnixSeconds(kMinTimestampSeconds) ||
      time >= absl::FromUnixSeconds(kMaxTimestampSeconds + 1)) {
    return absl::InvalidArgumentError(
        "timestamps must lie in the years 0001 to 9999");
  }
  std::int64_t micros = absl::ToUnixMicros(time);
  // Truncating would make `>=` match a row it should not.
  if (absl::FromUnixMicros(micros) != time) {
    return absl::InvalidArgumentError(
        "timestamps have at most microsecond precision");
  }
  return micros;
}

// Builds the fragment in one pass, so that the `?`s and the params come out
// in the same order.
class Compiler {
 public:
  Compiler(absl::Span<const FilterField> fields, const SqlDialect& dialect,
           std::size_t first_parameter)
      : fields_(fields), dialect_(dialect), first_parameter_(first_parameter) {}

  absl::Status Emit(const Expr& expr);
  SqlFragment Finish() && { return std::move(out_); }

 private:
  absl::Status EmitJunction(const std::vector<Expr>& operands,
                            std::size_t begin, std::size_t end,
                            const char* separator);
  absl::Status EmitComparison(const Comparison& comparison);
  // An amount spans two columns: compared as the row value (units, nanos).
  absl::Status EmitMoneyComparison(const Comparison& comparison, const FilterField& field);
  absl::Status InvalidValue(const Comparison& comparison, const FilterField& field,
                            absl::string_view problem) const;
  absl::StatusOr<const FilterField*> FindField(
      const Comparison& comparison) const;
  absl::Status CheckOperator(const Comparison& comparison,
                             const FilterField& field) const;
  absl::StatusOr<SqlValue> ConvertValue(const Comparison& comparison,
                                        const FilterField& field) const;

  // The text of the next parameter, which the caller then appends to params.
  std::string NextParameter() const {
    return dialect_.Parameter(first_parameter_ + out_.params.size());
  }

  absl::Span<const FilterField> fields_;
  const SqlDialect& dialect_;
  const std::size_t first_parameter_;
  SqlFragment out_;
};

absl::Status Compiler::Emit(const Expr& expr) {
  switch (expr.kind) {
    case Expr::Kind::kComparison:
      return EmitComparison(expr.comparison);
    case Expr::Kind::kNot:
      // IS NOT TRUE makes NOT the complement even when its operand is NULL
      // (a comparison with a NULL column). Unlike NOT COALESCE(x, 0), it
      // adds no function call: SQLite's parser stack overflows on about
      // ten nested calls, well inside kMaxFilterDepth (found by
      // tests/fuzz/filter_fuzz).
      out_.sql += "(";
      LEADFLOW_RETURN_IF_ERROR(Emit(expr.operands.front()));
      out_.sql += " IS NOT TRUE)";
      return absl::OkStatus();
    case Expr::Kind::kAnd:
      if (expr.operands.empty()) {
        absl::StrAppend(&out_.sql, dialect_.true_literal);
        return absl::OkStatus();
      }
      return EmitJunction(expr.operands, 0, expr.operands.size(), " AND ");
    case Expr::Kind::kOr:
      return EmitJunction(expr.operands, 0, expr.operands.size(), " OR ");
  }
  return absl::OkStatus();
}

absl::Status Compiler::EmitJunction(const std::vector<Expr>& operands,
                                    std::size_t begin, std::size_t end,
                                    const char* separator) {
  out_.sql += '(';
  if (end - begin <= kMaxFlatOperands) {
    for (std::size_t i = begin; i < end; ++i) {
      if (i > begin) out_.sql += separator;
      LEADFLOW_RETURN_IF_ERROR(Emit(operands[i]));
    }
  } else {
    std::size_t middle = begin + (end - begin) / 2;
    LEADFLOW_RETURN_IF_ERROR(EmitJunction(operands, begin, middle, separator));
    out_.sql += separator;
    LEADFLOW_RETURN_IF_ERROR(EmitJunction(operands, middle, end, separator));
  }
  out_.sql += ')';
  return absl::OkStatus();
}

absl::Status Compiler::EmitComparison(const Comparison& comparison) {
  LEADFLOW_ASSIGN_OR_RETURN(const FilterField* field, FindField(comparison));
  LEADFLOW_RETURN_IF_ERROR(CheckOperator(comparison, *field));
  if (field->type == FilterFieldType::kMoney) return EmitMoneyComparison(comparison, *field);
  LEADFLOW_ASSIGN_OR_RETURN(SqlValue value, ConvertValue(comparison, *field));
  absl::StrAppend(&out_.sql, "(", field->column, " ", SqlOperator(comparison.op, dialect_), " ",
                  NextParameter(),
                  comparison.op == Comparator::kHas ? " ESCAPE '\\'" : "", ")");
  out_.params.push_back(std::move(value));
  return absl::OkStatus();
}

absl::Status Compiler::EmitMoneyComparison(const Comparison& comparison,
                                           const FilterField& field) {
  // "123" or "123.45": whole units and up to nine decimals, never negative.
  const std::string& text = comparison.value;
  std::size_t point = text.find('.');
  absl::string_view units_text = absl::string_view(text).substr(0, point);
  absl::string_view fraction =
      point == std::string::npos ? absl::string_view() : absl::string_view(text).substr(point + 1);
  std::int64_t units = 0;
  const bool digits_only = !units_text.empty() && units_text.front() != '-' &&
                           std::all_of(fraction.begin(), fraction.end(), absl::ascii_isdigit);
  if (!digits_only || !ParseDecimal(units_text, units) || fraction.size() > 9 ||
      (point != std::string::npos && fraction.empty())) {
    return InvalidValue(comparison, field,
                        "expected a non-negative decimal number such as 1000 or 99.95");
  }
  std::string nanos_text(fraction);
  nanos_text.resize(9, '0');
  std::int64_t nanos = 0;
  ParseDecimal(nanos_text, nanos);
  absl::StrAppend(&out_.sql, "((", field.column, "_units, ", field.column, "_nanos) ",
                  SqlOperator(comparison.op, dialect_), " (", NextParameter(), ", ");
  out_.params.emplace_back(units);
  absl::StrAppend(&out_.sql, NextParameter(), "))");
  out_.params.emplace_back(nanos);
  return absl::OkStatus();
}

absl::Status Compiler::InvalidValue(const Comparison& comparison, const FilterField& field,
                                    absl::string_view problem) const {
  return FilterError(absl::StrCat("invalid value ", QuoteForError(comparison.value), " for ",
                                  TypeName(field.type), " field ", QuoteForError(field.name),
                                  " at position ", comparison.value_position, ": ", problem));
}

absl::StatusOr<const FilterField*> Compiler::FindField(
    const Comparison& comparison) const {
  for (const FilterField& field : fields_) {
    if (field.name == comparison.field) return &field;
  }
  std::string message =
      absl::StrCat("unknown field ", QuoteForError(comparison.field),
                   " at position ", comparison.field_position);
  if (fields_.empty()) {
    absl::StrAppend(&message, "; this collection has no filterable fields");
  } else {
    absl::StrAppend(&message, "; filterable fields: ",
                    absl::StrJoin(fields_, ", ",
                                  [](std::string* out, const FilterField& f) {
                                    absl::StrAppend(out, f.name);
                                  }));
  }
  return FilterError(std::move(message));
}

absl::Status Compiler::CheckOperator(const Comparison& comparison,
                                     const FilterField& field) const {
  const char* op = filter::ComparatorText(comparison.op);
  if (comparison.op == Comparator::kHas &&
      field.type != FilterFieldType::kString) {
    return FilterError(absl::StrCat(
        "operator \":\" at position ", comparison.op_position,
        " applies only to string fields, not to the ", TypeName(field.type),
        " field ", QuoteForError(field.name),
        "; use \"=\" to test for equality"));
  }
  if ((field.type == FilterFieldType::kBool || field.type == FilterFieldType::kEnum ||
       field.type == FilterFieldType::kResourceName) &&
      comparison.op != Comparator::kEquals &&
      comparison.op != Comparator::kNotEquals) {
    return FilterError(absl::StrCat(
        "operator \"", op, "\" at position ", comparison.op_position,
        " does not apply to the ", TypeName(field.type), " field ",
        QuoteForError(field.name),
        "; use \"=\" or \"!=\""));
  }
  return absl::OkStatus();
}

absl::StatusOr<SqlValue> Compiler::ConvertValue(
    const Comparison& comparison, const FilterField& field) const {
  const std::string& text = comparison.value;
  std::string problem;
  switch (field.type) {
    case FilterFieldType::kString:
      if (comparison.op == Comparator::kHas) return ContainsPattern(text);
      return text;
    case FilterFieldType::kBool:
      if (text == "true") return std::int64_t{1};
      if (text == "false") return std::int64_t{0};
      problem = "expected true or false";
      break;
    case FilterFieldType::kInt64: {
      std::int64_t number;
      if (ParseDecimal(text, number)) return number;
      problem = "expected a decimal integer";
      break;
    }
    case FilterFieldType::kDate: {
      absl::CivilDay day;
      if (text.size() == 10 && absl::ParseCivilTime(text, &day) &&
          absl::FormatCivilTime(day) == text) {
        return text;
      }
      problem = "expected a date \"YYYY-MM-DD\"";
      break;
    }
    case FilterFieldType::kEnum: {
      const google::protobuf::EnumValueDescriptor* value =
          field.enum_type->FindValueByName(text);
      if (value != nullptr && value->number() != 0) return std::int64_t{value->number()};
      std::vector<std::string> names;
      for (int i = 1; i < field.enum_type->value_count(); ++i) {
        names.push_back(field.enum_type->value(i)->name());
      }
      problem = absl::StrCat("expected one of ", absl::StrJoin(names, ", "));
      break;
    }
    case FilterFieldType::kMoney:
      problem = "amounts are compared by EmitMoneyComparison";
      break;
    case FilterFieldType::kResourceName: {
      absl::string_view id = text;
      if (absl::ConsumePrefix(&id, absl::StrCat(field.collection, "/")) &&
          !id.empty()) {
        return std::string(id);
      }
      problem = absl::StrCat("expected \"", field.collection, "/{id}\"");
      break;
    }
    case FilterFieldType::kTimestamp: {
      absl::StatusOr<std::int64_t> micros = ParseTimestampMicros(text);
      if (micros.ok()) return *micros;
      problem = std::string(micros.status().message());
      break;
    }
  }
  return InvalidValue(comparison, field, problem);
}

}  // namespace

absl::StatusOr<SqlFragment> CompileFilter(absl::string_view filter,
                                          absl::Span<const FilterField> fields,
                                          const SqlDialect& dialect,
                                          std::size_t first_parameter) {
  LEADFLOW_ASSIGN_OR_RETURN(Expr expr, filter::ParseFilter(filter));
  Compiler compiler(fields, dialect, first_parameter);
  LEADFLOW_RETURN_IF_ERROR(compiler.Emit(expr));
  return std::move(compiler).Finish();
}

}  // namespace leadflow::store
