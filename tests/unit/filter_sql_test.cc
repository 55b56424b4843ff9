#include "store/filter/filter_sql.h"

#include "store/filter/filter_parser.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <optional>
#include <string>
#include "absl/strings/string_view.h"
#include <variant>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "domain/errors.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace leadflow::store {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// API names deliberately differ from some column names, to show that only
// the table's columns reach the SQL.
constexpr FilterField kFields[] = {
    {"name", "name", FilterFieldType::kString},
    {"status", "status", FilterFieldType::kString},
    {"converted", "is_converted", FilterFieldType::kBool},
    {"create_time", "create_time_us", FilterFieldType::kTimestamp},
    {"employees", "employee_count", FilterFieldType::kInt64},
    // A one-letter name lets the length tests pack the most terms into 4 KB.
    {"e", "employee_count", FilterFieldType::kInt64},
};

std::int64_t Micros(absl::string_view rfc3339) {
  absl::Time time;
  std::string error;
  EXPECT_TRUE(absl::ParseTime(absl::RFC3339_full, std::string(rfc3339),
                              &time, &error))
      << error;
  return absl::ToUnixMicros(time);
}

SqlFragment Compiled(absl::string_view filter) {
  absl::StatusOr<SqlFragment> fragment = CompileFilter(filter, kFields);
  EXPECT_TRUE(fragment.ok()) << filter << ": " << fragment.status();
  return fragment.ok() ? *std::move(fragment) : SqlFragment{};
}

absl::Status ErrorOf(absl::string_view filter) {
  absl::StatusOr<SqlFragment> fragment = CompileFilter(filter, kFields);
  if (fragment.ok()) {
    return absl::InternalError(
        absl::StrCat("compiled unexpectedly to ", fragment->sql));
  }
  return fragment.status();
}

std::vector<SqlValue> Params(std::vector<SqlValue> values) { return values; }

// ---- The SQL text and parameters ----

TEST(CompileFilterTest, EmptyFilterIsTrue) {
  for (absl::string_view blank : {"", "   "}) {
    SqlFragment fragment = Compiled(blank);
    EXPECT_EQ(fragment.sql, "1");
    EXPECT_THAT(fragment.params, IsEmpty());
  }
}

TEST(CompileFilterTest, StringOperators) {
  struct Case {
    absl::string_view filter;
    absl::string_view sql;
  };
  for (const Case& c : {Case{"status = OPEN", "(status = ?)"},
                        Case{"status != OPEN", "(status IS NOT ?)"},
                        Case{"status < OPEN", "(status < ?)"},
                        Case{"status <= OPEN", "(status <= ?)"},
                        Case{"status > OPEN", "(status > ?)"},
                        Case{"status >= OPEN", "(status >= ?)"}}) {
    SqlFragment fragment = Compiled(c.filter);
    EXPECT_EQ(fragment.sql, c.sql) << c.filter;
    EXPECT_EQ(fragment.params, Params({"OPEN"})) << c.filter;
  }
}

TEST(CompileFilterTest, HasOnAStringIsAnEscapedLike) {
  SqlFragment fragment = Compiled(R"(name : "50%_off\\now")");
  EXPECT_EQ(fragment.sql, R"((name LIKE ? ESCAPE '\'))");
  EXPECT_EQ(fragment.params, Params({R"(%50\%\_off\\now%)"}));
}

TEST(CompileFilterTest, BoolsBindAsOneOrZero) {
  SqlFragment fragment = Compiled("converted = true converted != false");
  EXPECT_EQ(fragment.sql, "((is_converted = ?) AND (is_converted IS NOT ?))");
  EXPECT_EQ(fragment.params, Params({std::int64_t{1}, std::int64_t{0}}));
}

TEST(CompileFilterTest, TimestampsBindAsMicroseconds) {
  SqlFragment fragment = Compiled(
      R"m(create_time >= "2024-01-31T09:00:00Z" create_time < )m"
      R"m('2024-01-31T10:00:00.25+01:00')m");
  EXPECT_EQ(fragment.sql,
            "((create_time_us >= ?) AND (create_time_us < ?))");
  EXPECT_EQ(fragment.params,
            Params({std::int64_t{1706691600000000},
                    std::int64_t{1706691600250000}}));
}

TEST(CompileFilterTest, IntegersBindAsInt64) {
  SqlFragment fragment = Compiled(
      "employees > -3 employees <= \"9223372036854775807\" "
      "employees = -9223372036854775808");
  EXPECT_EQ(fragment.sql,
            "((employee_count > ?) AND (employee_count <= ?) AND "
            "(employee_count = ?))");
  EXPECT_EQ(fragment.params,
            Params({std::int64_t{-3}, INT64_MAX, INT64_MIN}));
}

TEST(CompileFilterTest, LogicGroupsWithParamsInTextOrder) {
  SqlFragment fragment = Compiled(
      "status = A AND -name : b OR converted = true employees > 4");
  EXPECT_EQ(fragment.sql,
            "((status = ?) AND (((name LIKE ? ESCAPE '\\') IS NOT TRUE) "
            "OR (is_converted = ?)) AND (employee_count > ?))");
  EXPECT_EQ(fragment.params, Params({"A", "%b%", std::int64_t{1},
                                     std::int64_t{4}}));
}

TEST(CompileFilterTest, ValuesNeverReachTheSqlText) {
  const char* filter = R"(name = "x') OR 1=1; DROP TABLE t; --")";
  SqlFragment fragment = Compiled(filter);
  EXPECT_EQ(fragment.sql, "(name = ?)");
  EXPECT_EQ(fragment.params, Params({"x') OR 1=1; DROP TABLE t; --"}));
}

TEST(CompileFilterTest, LongChainsAreSplitIntoBalancedGroups) {
  std::string filter = "e = 0";
  for (int i = 1; i < 17; ++i) absl::StrAppend(&filter, " OR e = ", i);
  // 17 operands: one more than is joined flat.
  SqlFragment fragment = Compiled(filter);
  std::string eight = "(employee_count = ?)";
  for (int i = 1; i < 8; ++i) eight += " OR (employee_count = ?)";
  std::string nine = eight + " OR (employee_count = ?)";
  EXPECT_EQ(fragment.sql, absl::StrCat("((", eight, ") OR (", nine, "))"));
  ASSERT_EQ(fragment.params.size(), 17u);
  EXPECT_EQ(fragment.params[16], SqlValue(std::int64_t{16}));
}

// ---- Errors ----

TEST(CompileFilterTest, ErrorsAreFilterInvalid) {
  absl::Status status = ErrorOf("nope = 1");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(domain::ReasonOf(status), leadflow::v1::FILTER_INVALID);
  EXPECT_THAT(status.message(), HasSubstr("filter: unknown field"));
}

TEST(CompileFilterTest, SyntaxErrorsComeFromTheParser) {
  EXPECT_THAT(ErrorOf("status =").message(),
              HasSubstr(R"(expected a value after "=" at position 9)"));
}

struct ErrorCase {
  absl::string_view filter;
  absl::string_view message;  // a substring of the error message
};

class CompileFilterErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(CompileFilterErrorTest, NamesPositionAndProblem) {
  absl::Status status = ErrorOf(GetParam().filter);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
  EXPECT_EQ(domain::ReasonOf(status), leadflow::v1::FILTER_INVALID) << status;
  EXPECT_THAT(status.message(), HasSubstr(GetParam().message));
}

INSTANTIATE_TEST_SUITE_P(
    Semantics, CompileFilterErrorTest,
    ::testing::Values(
        ErrorCase{"status = OPEN AND foo = 1",
                  "unknown field \"foo\" at position 19; filterable fields: "
                  "name, status, converted, create_time, employees, e"},
        // Columns are not fields: only the API names are.
        ErrorCase{"is_converted = true",
                  R"m(unknown field "is_converted" at position 1)m"},
        ErrorCase{"Status = OPEN", R"m(unknown field "Status" at position 1)m"},
        ErrorCase{"converted : true",
                  "operator \":\" at position 11 applies only to string "
                  "fields, not to the bool field \"converted\"; use \"=\""},
        ErrorCase{"create_time:\"2024-01-31T09:00:00Z\"",
                  R"m(operator ":" at position 12 applies only to string )m"
                  R"m(fields, not to the timestamp field "create_time")m"},
        ErrorCase{"employees : 5",
                  R"m(not to the integer field "employees")m"},
        ErrorCase{"converted < true",
                  "operator \"<\" at position 11 does not apply to the bool "
                  "field \"converted\"; use \"=\" or \"!=\""},
        ErrorCase{"converted >= false", R"m(operator ">=" at position 11)m"},
        ErrorCase{"converted = True",
                  "invalid value \"True\" for bool field \"converted\" at "
                  "position 13: expected true or false"},
        ErrorCase{"converted = 1", R"m(invalid value "1" for bool field)m"},
        ErrorCase{"employees = 1.5",
                  "invalid value \"1.5\" for integer field \"employees\" at "
                  "position 13: expected a decimal integer"},
        ErrorCase{"employees = +5",
                  R"m(invalid value "+5" for integer field)m"},
        ErrorCase{"employees = \" 5\"",
                  R"m(invalid value " 5" for integer field)m"},
        ErrorCase{"employees = -", R"m(invalid value "-" for integer field)m"},
        ErrorCase{"employees = 9223372036854775808",
                  R"m(invalid value "9223372036854775808" for integer field)m"},
        ErrorCase{"create_time > \"2024-01-31\"",
                  "invalid value \"2024-01-31\" for timestamp field "
                  "\"create_time\" at position 15: expected an RFC 3339 "
                  "timestamp such as \"2024-01-31T09:00:00Z\""},
        ErrorCase{"create_time > '2024-01-31T09:00:00'",
                  "expected an RFC 3339 timestamp"},
        ErrorCase{"create_time > 'infinite-future'",
                  "timestamps must lie in the years 0001 to 9999"},
        ErrorCase{"create_time > '0000-12-31T23:59:59Z'",
                  "timestamps must lie in the years 0001 to 9999"},
        ErrorCase{"create_time > '2024-01-31T09:00:00.0000001Z'",
                  "timestamps have at most microsecond precision"},
        // The first error in the text is the one reported.
        ErrorCase{"converted = maybe foo = 1", R"m(invalid value "maybe")m"}));

TEST(CompileFilterTest, MessagesStayValidUtf8) {
  // Error details travel in proto string fields, which must be UTF-8; bytes
  // that are not are shown escaped.
  absl::Status status = ErrorOf("\xC3\xA9\xFF\xC3 = 1");
  EXPECT_THAT(status.message(),
              HasSubstr("unknown field \"\xC3\xA9\\xff\\xc3\" at position 1"));
}

TEST(CompileFilterTest, NoFilterableFields) {
  absl::StatusOr<SqlFragment> fragment = CompileFilter("a = 1", {});
  EXPECT_THAT(fragment.status().message(),
              HasSubstr("unknown field \"a\" at position 1; this collection "
                        "has no filterable fields"));
  // The empty filter needs no fields.
  EXPECT_TRUE(CompileFilter("", {}).ok());
}

// ---- What the SQL selects ----

// Runs compiled filters against a small table shaped like the store's.
class FilterSemanticsTest : public ::testing::Test {
 protected:
  struct Row {
    int id;
    std::optional<std::string> name;
    std::optional<std::string> status;
    bool converted;
    std::optional<std::int64_t> create_time_us;
    std::optional<std::int64_t> employee_count;
  };

  void SetUp() override {
    db_.exec(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, status TEXT, "
        "is_converted INTEGER NOT NULL, create_time_us INTEGER, "
        "employee_count INTEGER)");
    const Row rows[] = {
        {1, "Acme 100% Corp", "OPEN", false, Micros("2024-01-01T00:00:00Z"),
         10},
        {2, "acme_widgets", "CONTACTED", true,
         Micros("2024-02-01T00:00:00Z"), 250},
        {3, "Acme-Widgets", "open", false, Micros("2024-03-01T12:30:00.5Z"),
         5000},
        {4, "Initech 1000 Corp", "CLOSED", true,
         Micros("2023-12-31T23:59:59.999999Z"), std::nullopt},
        {5, "C:\\path", std::nullopt, false, std::nullopt, -3},
    };
    SQLite::Statement insert(db_, "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)");
    for (const Row& row : rows) {
      insert.reset();
      insert.clearBindings();
      insert.bind(1, row.id);
      if (row.name) insert.bind(2, *row.name);
      if (row.status) insert.bind(3, *row.status);
      insert.bind(4, row.converted ? 1 : 0);
      if (row.create_time_us) insert.bind(5, *row.create_time_us);
      if (row.employee_count) insert.bind(6, *row.employee_count);
      insert.exec();
    }
  }

  // The ids of the rows `filter` selects, in order.
  std::vector<int> Matching(absl::string_view filter) {
    absl::StatusOr<SqlFragment> fragment = CompileFilter(filter, kFields);
    EXPECT_TRUE(fragment.ok()) << filter << ": " << fragment.status();
    if (!fragment.ok()) return {-1};
    // Embedded as the store will embed it, next to another condition.
    SQLite::Statement query(
        db_, absl::StrCat("SELECT id FROM t WHERE (", fragment->sql,
                          ") AND id > ? ORDER BY id"));
    int index = 1;
    for (const SqlValue& value : fragment->params) {
      std::visit([&](const auto& v) { query.bind(index, v); }, value);
      ++index;
    }
    query.bind(index, 0);
    std::vector<int> ids;
    while (query.executeStep()) ids.push_back(query.getColumn(0).getInt());
    return ids;
  }

  SQLite::Database db_{":memory:",
                       SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
};

TEST_F(FilterSemanticsTest, EmptyFilterSelectsEverything) {
  EXPECT_THAT(Matching(""), ElementsAre(1, 2, 3, 4, 5));
}

TEST_F(FilterSemanticsTest, StringEqualityIsExactAndCaseSensitive) {
  EXPECT_THAT(Matching("status = OPEN"), ElementsAre(1));
  EXPECT_THAT(Matching("status = open"), ElementsAre(3));
  EXPECT_THAT(Matching("status = OPE"), IsEmpty());
  EXPECT_THAT(Matching(R"(name = "C:\\path")"), ElementsAre(5));
}

TEST_F(FilterSemanticsTest, StringOrderingIsByteWise) {
  // "CLOSED" < "CONTACTED" < "D" < "OPEN" < "open".
  EXPECT_THAT(Matching("status < D"), ElementsAre(2, 4));
  EXPECT_THAT(Matching("status >= OPEN"), ElementsAre(1, 3));
  EXPECT_THAT(Matching("status > OPEN"), ElementsAre(3));
  EXPECT_THAT(Matching("status <= CLOSED"), ElementsAre(4));
}

TEST_F(FilterSemanticsTest, HasIsACaseInsensitiveSubstringMatch) {
  EXPECT_THAT(Matching("name : acme"), ElementsAre(1, 2, 3));
  EXPECT_THAT(Matching("name : CORP"), ElementsAre(1, 4));
  EXPECT_THAT(Matching(R"(name : "")"), ElementsAre(1, 2, 3, 4, 5));
}

TEST_F(FilterSemanticsTest, HasEscapesLikeWildcards) {
  // Unescaped, "100%" would also match "1000" and "_" every name.
  EXPECT_THAT(Matching(R"(name : "100%")"), ElementsAre(1));
  EXPECT_THAT(Matching(R"(name : "_")"), ElementsAre(2));
  // Unescaped, "e_w" would also match "Acme-Widgets".
  EXPECT_THAT(Matching(R"(name : "e_w")"), ElementsAre(2));
  EXPECT_THAT(Matching(R"(name : "%")"), ElementsAre(1));
  EXPECT_THAT(Matching(R"(name : "\\")"), ElementsAre(5));
  EXPECT_THAT(Matching(R"(name : ":\\p")"), ElementsAre(5));
}

TEST_F(FilterSemanticsTest, Bools) {
  EXPECT_THAT(Matching("converted = true"), ElementsAre(2, 4));
  EXPECT_THAT(Matching("converted = false"), ElementsAre(1, 3, 5));
  EXPECT_THAT(Matching("converted != true"), ElementsAre(1, 3, 5));
}

TEST_F(FilterSemanticsTest, Timestamps) {
  EXPECT_THAT(Matching(R"(create_time >= "2024-01-01T00:00:00Z")"),
              ElementsAre(1, 2, 3));
  EXPECT_THAT(Matching(R"(create_time < "2024-01-01T00:00:00Z")"),
              ElementsAre(4));
  // Microseconds count.
  EXPECT_THAT(Matching(R"(create_time > "2023-12-31T23:59:59.999998Z")"),
              ElementsAre(1, 2, 3, 4));
  EXPECT_THAT(Matching(R"(create_time > "2024-03-01T12:30:00.499999Z")"),
              ElementsAre(3));
  // Offsets are honoured: this is row 3's instant.
  EXPECT_THAT(Matching(R"(create_time = "2024-03-01T13:30:00.5+01:00")"),
              ElementsAre(3));
  EXPECT_THAT(Matching(R"(create_time != "2024-03-01T13:30:00.5+01:00")"),
              ElementsAre(1, 2, 4, 5));
}

TEST_F(FilterSemanticsTest, Integers) {
  EXPECT_THAT(Matching("employees = 10"), ElementsAre(1));
  EXPECT_THAT(Matching("employees > 100"), ElementsAre(2, 3));
  EXPECT_THAT(Matching("employees < 0"), ElementsAre(5));
  EXPECT_THAT(Matching("employees >= -3"), ElementsAre(1, 2, 3, 5));
}

TEST_F(FilterSemanticsTest, NotIsTheComplementEvenForNullColumns) {
  // Row 5 has no status and row 4 no employee count.
  EXPECT_THAT(Matching("-status = OPEN"), ElementsAre(2, 3, 4, 5));
  EXPECT_THAT(Matching("NOT status = OPEN"), ElementsAre(2, 3, 4, 5));
  EXPECT_THAT(Matching("status != OPEN"), ElementsAre(2, 3, 4, 5));
  EXPECT_THAT(Matching("-employees > 100"), ElementsAre(1, 4, 5));
  EXPECT_THAT(Matching("-(status = OPEN OR status = CLOSED)"),
              ElementsAre(2, 3, 5));
  EXPECT_THAT(Matching("NOT NOT status = OPEN"), ElementsAre(1));
  EXPECT_THAT(Matching(R"(-create_time < "2024-02-01T00:00:00Z")"),
              ElementsAre(2, 3, 5));
  EXPECT_THAT(Matching("-name : acme"), ElementsAre(4, 5));
}

// The deepest filters the parser accepts still run: each NOT used to add a
// nested function call, and SQLite's parser stack overflowed on filters of
// about ten (the store then answered INTERNAL). Found by filter_fuzz.
TEST_F(FilterSemanticsTest, TheDeepestAcceptedFiltersRun) {
  constexpr int depth = filter::kMaxFilterDepth;
  static_assert(depth % 2 == 0, "the expectations below count an even number of negations");
  EXPECT_THAT(Matching(std::string(depth, '-') + "status = OPEN"), ElementsAre(1));
  std::string mixed = "status = OPEN";
  for (int i = 0; i < depth / 2; ++i) mixed = "NOT (" + mixed + " OR status = CLOSED)";
  EXPECT_THAT(Matching(mixed), ElementsAre(1));  // an even number of negations
}

TEST_F(FilterSemanticsTest, OrBindsTighterThanAnd) {
  // AIP-160: converted AND (OPEN OR > 100). SQL's reading would add row 3.
  EXPECT_THAT(Matching("converted = true AND status = OPEN OR employees > 100"),
              ElementsAre(2));
  EXPECT_THAT(
      Matching("(converted = true AND status = OPEN) OR employees > 100"),
      ElementsAre(2, 3));
  // Juxtaposition is an AND too, also looser than OR.
  EXPECT_THAT(Matching("converted = true status = CLOSED OR employees > 100"),
              ElementsAre(2, 4));
}

TEST_F(FilterSemanticsTest, NotBindsTighterThanOr) {
  EXPECT_THAT(Matching("NOT converted = true OR status = CLOSED"),
              ElementsAre(1, 3, 4, 5));
  EXPECT_THAT(Matching("NOT (converted = true OR status = CLOSED)"),
              ElementsAre(1, 3, 5));
}

TEST_F(FilterSemanticsTest, InjectionAttemptsAreJustValues) {
  EXPECT_THAT(Matching(R"(name = "x' OR 1=1 --")"), IsEmpty());
  EXPECT_THAT(Matching(R"(name : "%' OR '1'='1")"), IsEmpty());
  EXPECT_THAT(Matching("status = OPEN"), ElementsAre(1));
}

TEST_F(FilterSemanticsTest, LongestFiltersStayWithinSqliteLimits) {
  // 1024 terms: a left-deep AND chain would exceed SQLite's expression depth
  // limit of 1000.
  std::string all_and;
  while (all_and.size() + 4 <= 4096) all_and += "e>0 ";
  EXPECT_THAT(Matching(all_and), ElementsAre(1, 2, 3));

  std::string all_or = "e=10";
  while (all_or.size() + 8 <= 4096) all_or += " OR e=11";
  EXPECT_THAT(Matching(all_or), ElementsAre(1));
}

TEST_F(FilterSemanticsTest, DeepestNestingRuns) {
  // Sixteen "-(" are 32 levels; the negations cancel out.
  std::string filter;
  for (int i = 0; i < 16; ++i) filter += "-(";
  filter += "status = OPEN";
  filter.append(16, ')');
  EXPECT_THAT(Matching(filter), ElementsAre(1));
}

}  // namespace
}  // namespace leadflow::store
