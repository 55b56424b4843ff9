#include "store/filter/filter_parser.h"

#include <string>
#include "absl/strings/string_view.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace leadflow::store::filter {
namespace {

using ::testing::HasSubstr;

// The canonical form of the parse, or "error: <message>", so that a wrong
// result shows what the parser did instead.
std::string Parsed(absl::string_view filter) {
  absl::StatusOr<Expr> expr = ParseFilter(filter);
  if (!expr.ok()) return absl::StrCat("error: ", expr.status().message());
  return FormatExpr(*expr);
}

// The error of a filter that must not parse.
absl::Status ErrorOf(absl::string_view filter) {
  absl::StatusOr<Expr> expr = ParseFilter(filter);
  if (expr.ok()) {
    return absl::InternalError(
        absl::StrCat("parsed unexpectedly as ", FormatExpr(*expr)));
  }
  return expr.status();
}

TEST(ParseFilterTest, BlankFilterMatchesEverything) {
  for (absl::string_view blank : {"", " ", "\t\n  \r"}) {
    absl::StatusOr<Expr> expr = ParseFilter(blank);
    ASSERT_TRUE(expr.ok()) << expr.status();
    EXPECT_TRUE(expr->IsMatchAll());
    EXPECT_EQ(FormatExpr(*expr), "AND()");
  }
}

TEST(ParseFilterTest, EveryComparator) {
  EXPECT_EQ(Parsed("a = 1"), R"(a = "1")");
  EXPECT_EQ(Parsed("a != 1"), R"(a != "1")");
  EXPECT_EQ(Parsed("a < 1"), R"(a < "1")");
  EXPECT_EQ(Parsed("a <= 1"), R"(a <= "1")");
  EXPECT_EQ(Parsed("a > 1"), R"(a > "1")");
  EXPECT_EQ(Parsed("a >= 1"), R"(a >= "1")");
  EXPECT_EQ(Parsed("a : 1"), R"(a : "1")");
}

TEST(ParseFilterTest, WhitespaceAroundComparatorIsOptional) {
  EXPECT_EQ(Parsed("a=1"), R"(a = "1")");
  EXPECT_EQ(Parsed("a<=1"), R"(a <= "1")");
  EXPECT_EQ(Parsed("a:x"), R"(a : "x")");
  EXPECT_EQ(Parsed("  a \t!=\n 1  "), R"(a != "1")");
}

TEST(ParseFilterTest, ComparisonRecordsFieldOperatorValueAndPositions) {
  absl::StatusOr<Expr> expr = ParseFilter("  owner >= 'ann'");
  ASSERT_TRUE(expr.ok()) << expr.status();
  ASSERT_EQ(expr->kind, Expr::Kind::kComparison);
  const Comparison& c = expr->comparison;
  EXPECT_EQ(c.field, "owner");
  EXPECT_EQ(c.op, Comparator::kGreaterEquals);
  EXPECT_EQ(c.value, "ann");
  EXPECT_TRUE(c.value_quoted);
  EXPECT_EQ(c.field_position, 3);
  EXPECT_EQ(c.op_position, 9);
  EXPECT_EQ(c.value_position, 12);
}

TEST(ParseFilterTest, BareValuesRunToWhitespaceOrParenthesis) {
  absl::StatusOr<Expr> expr = ParseFilter("(n = -12.5e3_x/y)");
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_EQ(expr->comparison.value, "-12.5e3_x/y");
  EXPECT_FALSE(expr->comparison.value_quoted);
}

TEST(ParseFilterTest, QuotedStringsTakeEitherQuoteAndEscapes) {
  EXPECT_EQ(Parsed(R"(a = "it's")"), R"(a = "it's")");
  EXPECT_EQ(Parsed(R"(a = 'say "hi"')"), R"(a = "say \"hi\"")");
  EXPECT_EQ(Parsed(R"(a = "q\"q")"), R"(a = "q\"q")");
  EXPECT_EQ(Parsed(R"(a = 'q\'q')"), R"(a = "q'q")");
  EXPECT_EQ(Parsed(R"(a = "back\\slash")"), R"(a = "back\\slash")");
  // Operators and keywords inside quotes are just text.
  EXPECT_EQ(Parsed(R"(a = "x AND (y OR z) = 1:2")"),
            R"m(a = "x AND (y OR z) = 1:2")m");
  EXPECT_EQ(Parsed(R"(a = "")"), R"(a = "")");
  absl::StatusOr<Expr> expr = ParseFilter(R"(a = "q\"q")");
  ASSERT_TRUE(expr.ok());
  EXPECT_EQ(expr->comparison.value, "q\"q");
}

TEST(ParseFilterTest, OrBindsTighterThanAnd) {
  // AIP-160's precedence, the reverse of SQL's.
  EXPECT_EQ(Parsed("a = 1 AND b = 2 OR c = 3"),
            R"m(AND(a = "1", OR(b = "2", c = "3")))m");
  EXPECT_EQ(Parsed("a = 1 OR b = 2 AND c = 3"),
            R"m(AND(OR(a = "1", b = "2"), c = "3"))m");
  EXPECT_EQ(Parsed("a = 1 OR b = 2 OR c = 3"),
            R"m(OR(a = "1", b = "2", c = "3"))m");
}

TEST(ParseFilterTest, JuxtapositionIsAnAndLooserThanOr) {
  EXPECT_EQ(Parsed("a = 1 b = 2"), R"(AND(a = "1", b = "2"))");
  EXPECT_EQ(Parsed("a = 1 b = 2 OR c = 3"),
            R"m(AND(a = "1", OR(b = "2", c = "3")))m");
  // Implicit and explicit ANDs of one level form one node.
  EXPECT_EQ(Parsed("a = 1 b = 2 AND c = 3 d = 4"),
            R"m(AND(a = "1", b = "2", c = "3", d = "4"))m");
}

TEST(ParseFilterTest, ParenthesesGroupAndAreKept) {
  EXPECT_EQ(Parsed("(a = 1 AND b = 2) OR c = 3"),
            R"m(OR(AND(a = "1", b = "2"), c = "3"))m");
  EXPECT_EQ(Parsed("(a = 1 AND b = 2) AND c = 3"),
            R"m(AND(AND(a = "1", b = "2"), c = "3"))m");
  EXPECT_EQ(Parsed("((a = 1))"), R"(a = "1")");
  EXPECT_EQ(Parsed("(a=1)(b=2)"), R"(AND(a = "1", b = "2"))");
}

TEST(ParseFilterTest, NotAndMinusBindTightest) {
  EXPECT_EQ(Parsed("NOT a = 1"), R"(NOT(a = "1"))");
  EXPECT_EQ(Parsed("-a = 1"), R"(NOT(a = "1"))");
  EXPECT_EQ(Parsed("NOT a = 1 OR b = 2"), R"(OR(NOT(a = "1"), b = "2"))");
  EXPECT_EQ(Parsed("a = 1 -b = 2"), R"(AND(a = "1", NOT(b = "2")))");
  EXPECT_EQ(Parsed("NOT(a = 1 OR b = 2)"), R"(NOT(OR(a = "1", b = "2")))");
  EXPECT_EQ(Parsed("-(a = 1)"), R"(NOT(a = "1"))");
  EXPECT_EQ(Parsed("NOT NOT a = 1"), R"(NOT(NOT(a = "1")))");
  EXPECT_EQ(Parsed("NOT -a = 1"), R"(NOT(NOT(a = "1")))");
}

TEST(ParseFilterTest, MinusInAValueIsNotNegation) {
  EXPECT_EQ(Parsed("a = -1"), R"(a = "-1")");
  EXPECT_EQ(Parsed("a = x-y"), R"(a = "x-y")");
}

TEST(ParseFilterTest, KeywordsAreWholeUpperCaseWords) {
  EXPECT_EQ(Parsed("ANDROID = 1 ORB = 2 NOTE = 3"),
            R"m(AND(ANDROID = "1", ORB = "2", NOTE = "3"))m");
  EXPECT_EQ(Parsed("a = 1 AND(b = 2)"), R"(AND(a = "1", b = "2"))");
  EXPECT_EQ(Parsed("a = ORANGE"), R"(a = "ORANGE")");
  EXPECT_EQ(Parsed(R"(a = "AND")"), R"(a = "AND")");
}

TEST(ParseFilterTest, LongChainsAreParsedWithoutDeepRecursion) {
  std::string filter = "a=0";
  for (int i = 1; i < 500; ++i) absl::StrAppend(&filter, " OR a=", i % 10);
  absl::StatusOr<Expr> expr = ParseFilter(filter);
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_EQ(expr->kind, Expr::Kind::kOr);
  EXPECT_EQ(expr->operands.size(), 500u);
}

TEST(ParseFilterTest, ErrorsAreInvalidArgumentAboutTheFilterField) {
  absl::Status status = ErrorOf("a =");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(domain::ReasonOf(status), leadflow::v1::FILTER_INVALID);
  EXPECT_THAT(status.message(), HasSubstr("filter: "));
  google::rpc::Status rpc = domain::ToRpcStatus(status);
  EXPECT_EQ(rpc.code(), static_cast<int>(absl::StatusCode::kInvalidArgument));
}

struct ErrorCase {
  absl::string_view filter;
  absl::string_view message;  // a substring of the error message
};

class ParseFilterErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ParseFilterErrorTest, NamesPositionAndWhatWasExpected) {
  absl::Status status = ErrorOf(GetParam().filter);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
  EXPECT_EQ(domain::ReasonOf(status), leadflow::v1::FILTER_INVALID) << status;
  EXPECT_THAT(status.message(), HasSubstr(GetParam().message));
}

INSTANTIATE_TEST_SUITE_P(
    Syntax, ParseFilterErrorTest,
    ::testing::Values(
        ErrorCase{"status =",
                  R"m(expected a value after "=" at position 9 (end of )m"
                  R"m(filter))m"},
        ErrorCase{"status = )",
                  R"m(expected a value after "=" at position 10; found ")")m"},
        ErrorCase{"a == 1",
                  R"m(expected a value after "=" at position 4; found "=")m"},
        ErrorCase{"a = AND b = 1",
                  "expected a value after \"=\" at position 5; found the "
                  "keyword AND (quote it"},
        ErrorCase{"status",
                  "expected a comparison operator (=, !=, <, <=, >, >=, :) "
                  "after \"status\" at position 7 (end of filter)"},
        ErrorCase{"status OPEN",
                  R"m(after "status" at position 8; found "OPEN")m"},
        ErrorCase{"a = 1 and b = 2",
                  "after \"and\" at position 11; the keyword AND must be "
                  "written in upper case"},
        ErrorCase{"a = 1 or b = 2",
                  "after \"or\" at position 10; the keyword OR must be"},
        ErrorCase{"a ! 1", R"m(expected "!=" at position 3)m"},
        ErrorCase{"a = 1 AND",
                  R"m(expected a field name or "(" after AND at position )m"
                  R"m(10 (end of filter))m"},
        ErrorCase{"a = 1 OR )",
                  R"m(expected a field name or "(" after OR at position )m"
                  R"m(10; found ")")m"},
        ErrorCase{"AND a = 1",
                  R"m(expected a field name or "(" at position 1; found AND)m"},
        ErrorCase{"NOT",
                  R"m(expected a field name or "(" after NOT at position 4)m"},
        ErrorCase{"a = 1 - ",
                  R"m(expected a field name or "(" after "-" at position 9)m"},
        ErrorCase{"()",
                  R"m(expected a field name or "(" after "(" at position )m"
                  R"m(2; found ")")m"},
        ErrorCase{"'a' = 1",
                  R"m(expected a field name or "(" at position 1; found a )m"
                  R"m(quoted string)m"},
        ErrorCase{"a = 1 = 2",
                  R"m(expected a field name or "(" at position 7; found "=")m"},
        ErrorCase{"(a = 1",
                  "expected \")\" at position 7 (end of filter) to close the "
                  "\"(\" at position 1"},
        ErrorCase{"(a = 1 (b = 2)",
                  R"m(expected ")" at position 15 (end of filter) to close )m"
                  R"m(the "(" at position 1)m"},
        ErrorCase{"a = 1)",
                  R"m(unexpected ")" at position 6; there is no "(" for it )m"
                  R"m(to close)m"},
        ErrorCase{R"m(a = "abc)m",
                  "unterminated string starting at position 5; expected a "
                  "closing \" at position 9 (end of filter)"},
        ErrorCase{R"m(a = 'ab\')m",
                  "unterminated string starting at position 5"},
        ErrorCase{R"m(a = "a\nb")m",
                  R"m(invalid escape \n at position 7; only \", \' and \\ )m"
                  R"m(are allowed)m"},
        ErrorCase{"create_time > 2024-01-31T09:00:00Z",
                  "unexpected \":\" at position 28 after the value "
                  "\"2024-01-31T09\"; quote values that contain"},
        ErrorCase{"a=1b=2",
                  R"m(unexpected "=" at position 5 after the value "1b")m"},
        ErrorCase{R"m(a = "x"b = 1)m",
                  R"m(unexpected "b" at position 8 after the value "x"; )m"
                  R"m(separate terms with whitespace)m"},
        ErrorCase{absl::string_view("a = \"x\0y\"", 9),
                  "the character U+0000 is not allowed at position 7"},
        ErrorCase{absl::string_view("a\0 = 1", 6), "U+0000 is not allowed at position 2"},
        // Positions count characters, not bytes: "é" is two bytes.
        ErrorCase{"name = \"\xC3\xA9\" AND",
                  "after AND at position 15 (end of filter)"}));

TEST(ParseFilterTest, LongValuesAreCutShortInMessages) {
  std::string value(200, 'x');
  absl::Status status = ErrorOf(absl::StrCat("a = ", value, "=1"));
  EXPECT_THAT(status.message(),
              HasSubstr(absl::StrCat("after the value \"", std::string(40, 'x'),
                                     "...\"")));
  EXPECT_LT(status.message().size(), 400u);
}

TEST(ParseFilterTest, AcceptsUpToTheMaximumLength) {
  std::string filter = "a = ";
  filter.append(kMaxFilterBytes - filter.size(), 'x');
  ASSERT_EQ(filter.size(), kMaxFilterBytes);
  EXPECT_TRUE(ParseFilter(filter).ok());

  filter += 'x';
  absl::Status status = ErrorOf(filter);
  EXPECT_THAT(status.message(),
              HasSubstr("filter is too long at position 4097: it has 4097 "
                        "bytes and at most 4096 are allowed"));
}

std::string Nested(int depth, absl::string_view open, absl::string_view close) {
  std::string filter;
  for (int i = 0; i < depth; ++i) absl::StrAppend(&filter, open);
  filter += "a = 1";
  for (int i = 0; i < depth; ++i) absl::StrAppend(&filter, close);
  return filter;
}

TEST(ParseFilterTest, AcceptsNestingUpToTheLimit) {
  EXPECT_TRUE(ParseFilter(Nested(kMaxFilterDepth, "(", ")")).ok());
  EXPECT_TRUE(ParseFilter(Nested(kMaxFilterDepth, "NOT ", "")).ok());
  EXPECT_TRUE(ParseFilter(Nested(kMaxFilterDepth / 2, "-(", ")")).ok());
}

TEST(ParseFilterTest, RefusesDeeperNesting) {
  EXPECT_THAT(ErrorOf(Nested(kMaxFilterDepth + 1, "(", ")")).message(),
              HasSubstr("filter nests too deeply at position 33; at most 32 "
                        "levels of parentheses and NOT are allowed"));
  EXPECT_THAT(ErrorOf(Nested(kMaxFilterDepth + 1, "-", "")).message(),
              HasSubstr("filter nests too deeply at position 33"));
  // Far beyond the limit: refused, not a stack overflow.
  EXPECT_THAT(ErrorOf(Nested(2000, "(", ")")).message(),
              HasSubstr("nests too deeply at position 33"));
}

TEST(ParseFilterTest, NestingDepthIsPerPathNotTotal) {
  // Many groups side by side are fine; only their nesting counts.
  std::string filter;
  for (int i = 0; i < 100; ++i) absl::StrAppend(&filter, "(-a = ", i, ") ");
  absl::StatusOr<Expr> expr = ParseFilter(filter);
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_EQ(expr->operands.size(), 100u);
}

}  // namespace
}  // namespace leadflow::store::filter
