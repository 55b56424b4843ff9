#include "domain/text.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace leadflow::domain {
namespace {

using ::testing::HasSubstr;
using ::testing::Optional;

TEST(ForbiddenCharacterTest, AllowsOrdinaryTextInAnyScript) {
  for (const char* text : {"Ada Lovelace", "O'Brien-Smith", "Zoë Ünal", "李小龍",
                           "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D",  // Hebrew, right to left
                           "\xE2\x80\x8F", ""}) {               // a right-to-left mark
    EXPECT_EQ(ForbiddenCharacter(text, Lines::kSingle), std::nullopt) << text;
  }
}

TEST(ForbiddenCharacterTest, RefusesNulAndOtherControlCharacters) {
  EXPECT_THAT(ForbiddenCharacter(std::string("\0", 1), Lines::kSingle),
              Optional(HasSubstr("control character U+0000 (at character 1)")));
  EXPECT_THAT(ForbiddenCharacter("ab\x1b[31m", Lines::kSingle),
              Optional(HasSubstr("U+001B (at character 3)")));
  EXPECT_THAT(ForbiddenCharacter("\x7f", Lines::kSingle), Optional(HasSubstr("U+007F")));
  EXPECT_THAT(ForbiddenCharacter("\xC2\x85", Lines::kMulti), Optional(HasSubstr("U+0085")));
}

TEST(ForbiddenCharacterTest, RefusesBidirectionalOverridesAndIsolates) {
  EXPECT_THAT(ForbiddenCharacter("invoice\xE2\x80\xAEtxt.exe", Lines::kSingle),
              Optional(HasSubstr("bidirectional control character U+202E (at character 8)")));
  EXPECT_THAT(ForbiddenCharacter("\xE2\x81\xA6x", Lines::kMulti), Optional(HasSubstr("U+2066")));
}

TEST(ForbiddenCharacterTest, LineBreaksOnlyInMultiLineText) {
  EXPECT_NE(ForbiddenCharacter("line\nbreak", Lines::kSingle), std::nullopt);
  EXPECT_NE(ForbiddenCharacter("tab\there", Lines::kSingle), std::nullopt);
  EXPECT_EQ(ForbiddenCharacter("line\r\nbreak\tand tab", Lines::kMulti), std::nullopt);
}

TEST(QuoteForErrorTest, QuotesShortTextWhole) {
  EXPECT_EQ(QuoteForError("Web"), "\"Web\"");
  EXPECT_EQ(QuoteForError("say \"hi\"\\"), "\"say \\\"hi\\\"\\\\\"");
}

TEST(QuoteForErrorTest, CutsLongTextToAShortPrefix) {
  const std::string quoted = QuoteForError(std::string(100'000, 'x'));
  EXPECT_EQ(quoted, "\"" + std::string(kMaxQuotedBytes, 'x') + "...\"");
}

TEST(QuoteForErrorTest, CutsAtACharacterBoundary) {
  std::string umlauts;
  for (int i = 0; i < 30; ++i) umlauts += "\xC3\xBC";
  const std::string quoted = QuoteForError(umlauts);
  EXPECT_EQ(quoted, "\"" + umlauts.substr(0, kMaxQuotedBytes) + "...\"");
}

TEST(QuoteForErrorTest, ShowsControlCharactersAndInvalidBytesEscaped) {
  EXPECT_EQ(QuoteForError(std::string("a\0b\x1b", 4)), "\"a\\x00b\\x1b\"");
  EXPECT_EQ(QuoteForError("\xff"), "\"\\xff\"");
}

TEST(CharacterCountTest, CountsCharactersNotBytes) {
  EXPECT_EQ(CharacterCount("abc"), 3u);
  EXPECT_EQ(CharacterCount("\xC3\xBC\xE6\x9D\x8E"), 2u);
}

}  // namespace
}  // namespace leadflow::domain
