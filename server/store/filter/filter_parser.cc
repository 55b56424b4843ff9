#include "store/filter/filter_parser.h"

#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "domain/errors.h"
#include "domain/text.h"
#include "util/status_macros.h"

namespace leadflow::store::filter {
namespace {

using domain::IsContinuationByte;
using domain::QuoteForError;
using domain::ValidUtf8;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

bool IsOperatorChar(char c) {
  return c == '=' || c == '<' || c == '>' || c == '!' || c == ':';
}

bool EndsBareWord(char c) {
  return IsSpace(c) || IsOperatorChar(c) || c == '(' || c == ')' || c == '"' ||
         c == '\'';
}

bool IsKeyword(absl::string_view word) {
  return word == "AND" || word == "OR" || word == "NOT";
}

// A recursive-descent parser over the characters of the filter; see the
// grammar in filter_parser.h. There is no separate lexer because what a
// character means depends on where it is: "-" negates before a term but is
// part of a value such as -5 after a comparator.
class Parser {
 public:
  explicit Parser(absl::string_view text) : text_(text) {}

  absl::StatusOr<Expr> ParseAll();

 private:
  absl::StatusOr<Expr> ParseExpression();
  absl::StatusOr<std::vector<Expr>> ParseSequence();
  absl::StatusOr<Expr> ParseFactor();
  absl::StatusOr<Expr> ParseTerm();
  absl::StatusOr<Expr> ParseSimple();
  absl::StatusOr<Expr> ParseRestriction();
  absl::StatusOr<Comparator> ParseComparator(absl::string_view field);
  absl::Status ParseValue(Comparison& comparison);
  absl::StatusOr<std::string> ParseQuoted();
  absl::Status CheckAfterValue(const Comparison& comparison);

  // Counts one more level of "(" / NOT at byte `offset`; refuses too many.
  absl::Status Enter(std::size_t offset);
  absl::Status ExpectedTerm() const;

  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  void SkipSpace() {
    while (!AtEnd() && IsSpace(text_[pos_])) ++pos_;
  }
  // The bare word starting at the current position, possibly empty.
  absl::string_view PeekWord() const;
  // The token at the current position, described for a "found ..." hint.
  std::string DescribeNext() const;
  // "at position N", plus " (end of filter)" when `offset` is the end.
  std::string At(std::size_t offset) const;
  int PositionOf(std::size_t offset) const;

  absl::string_view text_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  // The token just consumed ("AND", "\"(\"", ...), or empty: it makes
  // "expected ..." messages say what the missing piece should follow.
  std::string after_;
  // PositionOf() resumes counting from the last offset it was asked about,
  // as offsets mostly grow, so positions cost O(n) per filter, not O(n^2).
  mutable std::size_t counted_offset_ = 0;
  mutable int counted_position_ = 1;
};

absl::StatusOr<Expr> Parser::ParseAll() {
  if (text_.size() > kMaxFilterBytes) {
    return FilterError(absl::StrCat(
        "filter is too long ", At(kMaxFilterBytes), ": it has ", text_.size(),
        " bytes and at most ", kMaxFilterBytes, " are allowed"));
  }
  // No field name, keyword or stored text can hold a NUL (text fields
  // refuse it), and PostgreSQL's client library would end a parameter at
  // one: refusing it keeps a filter's meaning the same on both engines.
  if (const std::size_t nul = text_.find('\0'); nul != absl::string_view::npos) {
    return FilterError(absl::StrCat("the character U+0000 is not allowed ", At(nul)));
  }
  SkipSpace();
  if (AtEnd()) return Expr::MatchAll();
  LEADFLOW_ASSIGN_OR_RETURN(Expr expr, ParseExpression());
  SkipSpace();
  if (!AtEnd()) {
    // ParseExpression stops only at the end or at a ")".
    return FilterError(absl::StrCat(
        "unexpected ", DescribeNext(), " ", At(pos_),
        Peek() == ')' ? "; there is no \"(\" for it to close" : ""));
  }
  return expr;
}

absl::StatusOr<Expr> Parser::ParseExpression() {
  std::vector<Expr> operands;
  while (true) {
    LEADFLOW_ASSIGN_OR_RETURN(std::vector<Expr> sequence, ParseSequence());
    for (Expr& e : sequence) operands.push_back(std::move(e));
    SkipSpace();
    if (PeekWord() != "AND") break;
    pos_ += 3;
    after_ = "AND";
  }
  if (operands.size() == 1) return std::move(operands.front());
  return Expr::And(std::move(operands));
}

// Returns the factors rather than an Expr so that ParseExpression can merge
// implicit and explicit ANDs into one node without also merging a
// parenthesised AND, which the user grouped on purpose.
absl::StatusOr<std::vector<Expr>> Parser::ParseSequence() {
  std::vector<Expr> factors;
  while (true) {
    LEADFLOW_ASSIGN_OR_RETURN(Expr factor, ParseFactor());
    factors.push_back(std::move(factor));
    SkipSpace();
    if (AtEnd() || Peek() == ')' || PeekWord() == "AND") return factors;
    after_.clear();
  }
}

absl::StatusOr<Expr> Parser::ParseFactor() {
  std::vector<Expr> terms;
  while (true) {
    LEADFLOW_ASSIGN_OR_RETURN(Expr term, ParseTerm());
    terms.push_back(std::move(term));
    SkipSpace();
    if (PeekWord() != "OR") break;
    pos_ += 2;
    after_ = "OR";
  }
  if (terms.size() == 1) return std::move(terms.front());
  return Expr::Or(std::move(terms));
}

absl::StatusOr<Expr> Parser::ParseTerm() {
  SkipSpace();
  std::size_t start = pos_;
  if (Peek() == '-') {
    pos_ += 1;
    after_ = "\"-\"";
  } else if (PeekWord() == "NOT") {
    pos_ += 3;
    after_ = "NOT";
  } else {
    return ParseSimple();
  }
  LEADFLOW_RETURN_IF_ERROR(Enter(start));
  LEADFLOW_ASSIGN_OR_RETURN(Expr operand, ParseTerm());
  --depth_;
  return Expr::Not(std::move(operand));
}

absl::StatusOr<Expr> Parser::ParseSimple() {
  SkipSpace();
  if (Peek() != '(') return ParseRestriction();
  std::size_t open = pos_;
  LEADFLOW_RETURN_IF_ERROR(Enter(open));
  pos_ += 1;
  after_ = "\"(\"";
  LEADFLOW_ASSIGN_OR_RETURN(Expr inner, ParseExpression());
  SkipSpace();
  if (Peek() != ')') {
    return FilterError(absl::StrCat("expected \")\" ", At(pos_),
                                    " to close the \"(\" ", At(open)));
  }
  pos_ += 1;
  --depth_;
  return inner;
}

absl::StatusOr<Expr> Parser::ParseRestriction() {
  SkipSpace();
  absl::string_view field = PeekWord();
  if (field.empty() || field == "AND" || field == "OR") return ExpectedTerm();
  Comparison comparison;
  comparison.field = std::string(field);
  comparison.field_position = PositionOf(pos_);
  pos_ += field.size();
  SkipSpace();
  comparison.op_position = PositionOf(pos_);
  LEADFLOW_ASSIGN_OR_RETURN(comparison.op, ParseComparator(field));
  SkipSpace();
  LEADFLOW_RETURN_IF_ERROR(ParseValue(comparison));
  LEADFLOW_RETURN_IF_ERROR(CheckAfterValue(comparison));
  return Expr::Compare(std::move(comparison));
}

absl::StatusOr<Comparator> Parser::ParseComparator(absl::string_view field) {
  std::size_t at = pos_;
  char c = Peek();
  bool then_equals = Peek(1) == '=';
  switch (c) {
    case '=':
      pos_ += 1;
      return Comparator::kEquals;
    case ':':
      pos_ += 1;
      return Comparator::kHas;
    case '<':
      pos_ += then_equals ? 2 : 1;
      return then_equals ? Comparator::kLessEquals : Comparator::kLess;
    case '>':
      pos_ += then_equals ? 2 : 1;
      return then_equals ? Comparator::kGreaterEquals : Comparator::kGreater;
    case '!':
      if (then_equals) {
        pos_ += 2;
        return Comparator::kNotEquals;
      }
      return FilterError(absl::StrCat("expected \"!=\" ", At(at),
                                      "; use NOT or \"-\" to negate"));
    default:
      break;
  }
  std::string upper = absl::AsciiStrToUpper(std::string(field));
  std::string hint = IsKeyword(upper)
                         ? absl::StrCat("; the keyword ", upper,
                                        " must be written in upper case")
                         : "";
  if (hint.empty() && !AtEnd()) hint = absl::StrCat("; found ", DescribeNext());
  return FilterError(absl::StrCat(
      "expected a comparison operator (=, !=, <, <=, >, >=, :) after ",
      QuoteForError(field), " ", At(at), hint));
}

absl::Status Parser::ParseValue(Comparison& comparison) {
  comparison.value_position = PositionOf(pos_);
  if (Peek() == '"' || Peek() == '\'') {
    LEADFLOW_ASSIGN_OR_RETURN(comparison.value, ParseQuoted());
    comparison.value_quoted = true;
    return absl::OkStatus();
  }
  absl::string_view word = PeekWord();
  if (word.empty() || IsKeyword(word)) {
    std::string message =
        absl::StrCat("expected a value after \"", ComparatorText(comparison.op),
                     "\" ", At(pos_));
    if (IsKeyword(word)) {
      absl::StrAppend(&message, "; found the keyword ", word,
                      " (quote it to compare with the word)");
    } else if (!AtEnd()) {
      absl::StrAppend(&message, "; found ", DescribeNext());
    }
    return FilterError(std::move(message));
  }
  comparison.value = std::string(word);
  pos_ += word.size();
  return absl::OkStatus();
}

absl::StatusOr<std::string> Parser::ParseQuoted() {
  std::size_t open = pos_;
  char quote = text_[pos_++];
  std::string value;
  while (!AtEnd()) {
    char c = text_[pos_];
    if (c == quote) {
      pos_ += 1;
      return value;
    }
    if (c == '\\' && pos_ + 1 < text_.size()) {
      char escaped = text_[pos_ + 1];
      if (escaped != '"' && escaped != '\'' && escaped != '\\') {
        std::size_t end = pos_ + 2;
        while (end < text_.size() && IsContinuationByte(text_[end])) ++end;
        return FilterError(absl::StrCat(
            "invalid escape ", ValidUtf8(text_.substr(pos_, end - pos_)), " ",
            At(pos_), R"(; only \", \' and \\ are allowed)"));
      }
      value += escaped;
      pos_ += 2;
      continue;
    }
    value += c;
    pos_ += 1;
  }
  return FilterError(absl::StrCat(
      "unterminated string starting ", At(open), "; expected a closing ",
      std::string(1, quote), " ", At(pos_)));
}

// Insists on a separator after a value. Without this, `create_time >
// 2024-01-31T09:00:00Z` would silently stop at the first ':'; with it, the
// user is told to quote the timestamp.
absl::Status Parser::CheckAfterValue(const Comparison& comparison) {
  if (AtEnd() || IsSpace(Peek()) || Peek() == ')') return absl::OkStatus();
  std::string message = absl::StrCat("unexpected ", DescribeNext(), " ",
                                     At(pos_), " after the value ",
                                     QuoteForError(comparison.value));
  if (!comparison.value_quoted && IsOperatorChar(Peek())) {
    absl::StrAppend(&message,
                    "; quote values that contain ( ) = < > ! or :, such as "
                    "timestamps: create_time > \"2024-01-31T09:00:00Z\"");
  } else {
    absl::StrAppend(&message, "; separate terms with whitespace");
  }
  return FilterError(std::move(message));
}

absl::Status Parser::Enter(std::size_t offset) {
  if (++depth_ <= kMaxFilterDepth) return absl::OkStatus();
  return FilterError(absl::StrCat(
      "filter nests too deeply ", At(offset), "; at most ", kMaxFilterDepth,
      " levels of parentheses and NOT are allowed"));
}

absl::Status Parser::ExpectedTerm() const {
  std::string message = "expected a field name or \"(\"";
  if (!after_.empty()) absl::StrAppend(&message, " after ", after_);
  absl::StrAppend(&message, " ", At(pos_));
  if (!AtEnd()) absl::StrAppend(&message, "; found ", DescribeNext());
  return FilterError(std::move(message));
}

absl::string_view Parser::PeekWord() const {
  std::size_t end = pos_;
  while (end < text_.size() && !EndsBareWord(text_[end])) ++end;
  return text_.substr(pos_, end - pos_);
}

std::string Parser::DescribeNext() const {
  char c = Peek();
  if (c == '"' || c == '\'') return "a quoted string";
  if (c == '<' || c == '>' || c == '!') {
    return QuoteForError(text_.substr(pos_, Peek(1) == '=' ? 2 : 1));
  }
  if (EndsBareWord(c)) return QuoteForError(text_.substr(pos_, 1));
  absl::string_view word = PeekWord();
  return IsKeyword(word) ? std::string(word) : QuoteForError(word);
}

int Parser::PositionOf(std::size_t offset) const {
  if (offset < counted_offset_) {
    counted_offset_ = 0;
    counted_position_ = 1;
  }
  for (; counted_offset_ < offset && counted_offset_ < text_.size();
       ++counted_offset_) {
    if (!IsContinuationByte(text_[counted_offset_])) ++counted_position_;
  }
  return counted_position_;
}

std::string Parser::At(std::size_t offset) const {
  return absl::StrCat("at position ", PositionOf(offset),
                      offset >= text_.size() ? " (end of filter)" : "");
}

void FormatTo(const Expr& expr, std::string& out) {
  switch (expr.kind) {
    case Expr::Kind::kComparison: {
      const Comparison& c = expr.comparison;
      absl::StrAppend(&out, c.field, " ", ComparatorText(c.op), " \"");
      for (char ch : c.value) {
        if (ch == '"' || ch == '\\') out += '\\';
        out += ch;
      }
      out += '"';
      return;
    }
    case Expr::Kind::kNot:
      out += "NOT(";
      break;
    case Expr::Kind::kAnd:
      out += "AND(";
      break;
    case Expr::Kind::kOr:
      out += "OR(";
      break;
  }
  for (std::size_t i = 0; i < expr.operands.size(); ++i) {
    if (i > 0) out += ", ";
    FormatTo(expr.operands[i], out);
  }
  out += ')';
}

}  // namespace

absl::StatusOr<Expr> ParseFilter(absl::string_view filter) {
  return Parser(filter).ParseAll();
}

std::string FormatExpr(const Expr& expr) {
  std::string out;
  FormatTo(expr, out);
  return out;
}

absl::Status FilterError(std::string description) {
  return domain::InvalidField("filter", std::move(description),
                              leadflow::v1::FILTER_INVALID);
}

}  // namespace leadflow::store::filter
