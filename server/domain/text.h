#ifndef LEADFLOW_SERVER_DOMAIN_TEXT_H_
#define LEADFLOW_SERVER_DOMAIN_TEXT_H_

// UTF-8 text as requests bring it: counting characters, finding characters
// no stored text may hold, and quoting user input back in error messages
// without letting it grow or garble the message.

#include <cstddef>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace leadflow::domain {

// Longest user text, in bytes, that an error message quotes back: enough to
// recognise the value, never enough to make a 100 KB value a 100 KB reply
// (gRPC's C core refuses trailers above its metadata limit, so an echoed
// value would hide the real error behind RESOURCE_EXHAUSTED).
inline constexpr std::size_t kMaxQuotedBytes = 40;

// True for the second and later bytes of a multi-byte UTF-8 sequence.
inline bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at the start of `text`, or 0.
// Rejects overlong forms and surrogates, as protobuf's own check does.
std::size_t Utf8SequenceLength(absl::string_view text);

// `text` with each byte that is not part of well-formed UTF-8 written as
// \xNN: messages travel in proto string fields, which must be valid UTF-8.
std::string ValidUtf8(absl::string_view text);

// The number of Unicode characters in `utf8` (protobuf guarantees proto3
// strings are valid UTF-8).
std::size_t CharacterCount(absl::string_view utf8);

// `text` double-quoted for an error message: " and \ escaped, control
// characters and bytes that are not valid UTF-8 shown as \xNN, and cut
// short (with "...") at a character boundary after kMaxQuotedBytes.
std::string QuoteForError(absl::string_view text);

// Whether a text field may span lines. Line breaks and tabs are allowed
// in multi-line fields (descriptions, street addresses) only.
enum class Lines { kSingle, kMulti };

// Why `text` cannot be stored, naming its first offending character, or
// nullopt when it can. Refused everywhere: NUL and the other C0 and C1
// control characters, DEL, and the Unicode bidirectional embeddings,
// overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make a
// name display as something other than what it is. Allowed in kMulti
// text only: tab, line feed and carriage return.
std::optional<std::string> ForbiddenCharacter(absl::string_view text, Lines lines);

}  // namespace leadflow::domain

#endif  // LEADFLOW_SERVER_DOMAIN_TEXT_H_
