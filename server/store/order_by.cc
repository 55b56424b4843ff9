#include "store/order_by.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "domain/errors.h"
#include "domain/text.h"

namespace leadflow::store {
namespace {

absl::Status Invalid(std::string description) {
  return domain::InvalidField("order_by", std::move(description),
                              leadflow::v1::ORDER_BY_INVALID);
}

std::string SortableNames(absl::Span<const SortField> sortable) {
  std::vector<absl::string_view> names;
  for (const SortField& field : sortable) names.push_back(field.name);
  return absl::StrJoin(names, ", ");
}

const SortField* FindField(absl::Span<const SortField> sortable,
                           absl::string_view name) {
  for (const SortField& field : sortable) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

}  // namespace

absl::StatusOr<std::vector<OrderKey>> ParseOrderBy(
    absl::string_view order_by, absl::Span<const SortField> sortable,
    absl::string_view default_field, absl::string_view id_column) {
  std::vector<OrderKey> keys;
  absl::string_view text = absl::StripAsciiWhitespace(order_by);
  if (text.empty()) text = default_field;
  for (absl::string_view item : absl::StrSplit(text, ',')) {
    std::vector<absl::string_view> words =
        absl::StrSplit(item, absl::ByAnyChar(" \t\n"), absl::SkipEmpty());
    if (words.empty() || words.size() > 2) {
      return Invalid(absl::StrCat(domain::QuoteForError(absl::StripAsciiWhitespace(item)),
                                  " is not \"field\" or \"field desc\""));
    }
    const SortField* field = FindField(sortable, words[0]);
    if (field == nullptr) {
      return Invalid(absl::StrCat("cannot sort by ", domain::QuoteForError(words[0]),
                                  "; sortable fields: ",
                                  SortableNames(sortable)));
    }
    bool descending = false;
    if (words.size() == 2) {
      if (words[1] != "desc" && words[1] != "asc") {
        return Invalid(absl::StrCat("unknown direction ", domain::QuoteForError(words[1]),
                                    " after ", domain::QuoteForError(words[0]),
                                    "; use \"desc\" or nothing"));
      }
      descending = words[1] == "desc";
    }
    for (const OrderKey& key : keys) {
      if (key.column == field->column) {
        return Invalid(absl::StrCat(domain::QuoteForError(words[0]), " is named twice"));
      }
    }
    keys.push_back({std::string(field->column), descending});
    if (!field->then_column.empty()) {
      keys.push_back({std::string(field->then_column), descending});
    }
  }
  keys.push_back({std::string(id_column), keys.back().descending});
  return keys;
}

std::string OrderByClause(const std::vector<OrderKey>& keys) {
  return absl::StrJoin(keys, ", ", [](std::string* out, const OrderKey& key) {
    absl::StrAppend(out, key.column, key.descending ? " DESC" : " ASC");
  });
}

SqlFragment AfterCondition(const std::vector<OrderKey>& keys,
                           const std::vector<SqlValue>& after, const SqlDialect& dialect,
                           std::size_t first_parameter) {
  const bool uniform = std::all_of(keys.begin(), keys.end(), [&](const OrderKey& k) {
    return k.descending == keys.front().descending;
  });
  if (uniform) {
    // A row-value comparison, which both engines turn into an index range scan.
    std::vector<absl::string_view> columns;
    std::vector<std::string> parameters;
    columns.reserve(keys.size());
    for (const OrderKey& key : keys) {
      columns.emplace_back(key.column);
      parameters.push_back(dialect.Parameter(first_parameter + parameters.size()));
    }
    return {absl::StrCat("(", absl::StrJoin(columns, ", "), ")",
                         keys.front().descending ? " < (" : " > (",
                         absl::StrJoin(parameters, ", "), ")"),
            after};
  }
  // Mixed directions, built from the last key outwards:
  //   k_n > ?  then  (k_{n-1} > ? OR (k_{n-1} = ? AND <inner>)) ...
  // Built as text with `?` marks first, since the parameters' order is only
  // known at the end, then numbered when the dialect wants numbers (column
  // names never contain `?`).
  SqlFragment condition;
  for (std::size_t i = keys.size(); i-- > 0;) {
    const char* op = keys[i].descending ? " < ?" : " > ?";
    if (condition.sql.empty()) {
      condition.sql = absl::StrCat(keys[i].column, op);
      condition.params = {after[i]};
    } else {
      condition.sql = absl::StrCat("(", keys[i].column, op, " OR (",
                                   keys[i].column, " = ? AND ", condition.sql,
                                   "))");
      std::vector<SqlValue> params = {after[i], after[i]};
      params.insert(params.end(), condition.params.begin(), condition.params.end());
      condition.params = std::move(params);
    }
  }
  if (dialect.numbered_parameters) {
    std::string numbered;
    std::size_t next = first_parameter;
    for (char c : condition.sql) {
      if (c == '?') {
        numbered += dialect.Parameter(next++);
      } else {
        numbered += c;
      }
    }
    condition.sql = std::move(numbered);
  }
  return condition;
}

}  // namespace leadflow::store
