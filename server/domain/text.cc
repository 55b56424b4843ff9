#include "domain/text.h"

#include <algorithm>
#include <cstdint>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace leadflow::domain {
namespace {

// The code point of the well-formed sequence of `length` bytes at `text`.
std::uint32_t DecodeCodePoint(absl::string_view text, std::size_t length) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  if (length == 1) return byte(0);
  std::uint32_t code_point = byte(0) & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i) code_point = (code_point << 6) | (byte(i) & 0x3F);
  return code_point;
}

bool IsBidiControl(std::uint32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool IsControl(std::uint32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

bool IsLineBreakOrTab(std::uint32_t c) { return c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::size_t Utf8SequenceLength(absl::string_view text) {
  auto byte = [&](std::size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
  };
  unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (!IsContinuationByte(static_cast<char>(byte(i)))) return 0;
  }
  return length;
}

std::string ValidUtf8(absl::string_view text) {
  std::string out;
  while (!text.empty()) {
    std::size_t length = Utf8SequenceLength(text);
    if (length == 0) {
      absl::StrAppend(&out, "\\x", absl::Hex(static_cast<unsigned char>(text[0]), absl::kZeroPad2));
      length = 1;
    } else {
      out.append(text.data(), length);
    }
    text.remove_prefix(length);
  }
  return out;
}

std::size_t CharacterCount(absl::string_view utf8) {
  // Count every byte that does not continue a multi-byte sequence.
  return std::count_if(utf8.begin(), utf8.end(), [](char c) { return !IsContinuationByte(c); });
}

std::string QuoteForError(absl::string_view text) {
  const bool cut = text.size() > kMaxQuotedBytes;
  if (cut) {
    std::size_t end = kMaxQuotedBytes;
    while (end > 0 && IsContinuationByte(text[end])) --end;
    text = text.substr(0, end);
  }
  std::string escaped;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) {
      absl::StrAppend(&escaped, "\\x", absl::Hex(byte, absl::kZeroPad2));
      continue;
    }
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return absl::StrCat("\"", ValidUtf8(escaped), cut ? "...\"" : "\"");
}

std::optional<std::string> ForbiddenCharacter(absl::string_view text, Lines lines) {
  std::size_t offset = 0;
  while (offset < text.size()) {
    const absl::string_view rest = text.substr(offset);
    const std::size_t length = std::max<std::size_t>(1, Utf8SequenceLength(rest));
    const std::uint32_t c = DecodeCodePoint(rest, std::min(length, rest.size()));
    const bool allowed_break = lines == Lines::kMulti && IsLineBreakOrTab(c);
    if ((IsControl(c) && !allowed_break) || IsBidiControl(c)) {
      return absl::StrFormat("must not contain %s U+%04X (at character %d)",
                             IsBidiControl(c) ? "the bidirectional control character"
                                              : "the control character",
                             c, CharacterCount(text.substr(0, offset)) + 1);
    }
    offset += length;
  }
  return std::nullopt;
}

}  // namespace leadflow::domain
