#include "avo/util/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace avo {
namespace {

// RFC 3629's boundaries: the largest and smallest code point of each length are valid; overlong
// forms, surrogates, code points above U+10FFFF, stray continuation bytes and cut sequences are
// not.
TEST(Utf8Test, FindsTheFirstInvalidByteAtEachBoundary) {
  const std::string npos_cases[] = {"",
                                    "plain ascii",
                                    "\x7F",
                                    "\xC2\x80",
                                    "\xDF\xBF",
                                    "\xE0\xA0\x80",
                                    "\xED\x9F\xBF",
                                    "\xEE\x80\x80",
                                    "\xF0\x90\x80\x80",
                                    "\xF4\x8F\xBF\xBF",
                                    "x\xE2\x82\xACy"};
  for (const auto& s : npos_cases) EXPECT_EQ(FirstInvalidUtf8(s), std::string::npos) << s;
  const std::pair<std::string, std::size_t> bad[] = {
      {"\x80", 0},              // a continuation byte alone
      {"ab\xC0\xAF", 2},        // overlong '/'
      {"\xC1\xBF", 0},          // overlong
      {"\xE0\x9F\xBF", 0},      // overlong three-byte form
      {"\xED\xA0\x80", 0},      // a surrogate (U+D800)
      {"\xF0\x8F\xBF\xBF", 0},  // overlong four-byte form
      {"\xF4\x90\x80\x80", 0},  // above U+10FFFF
      {"\xF5\x80\x80\x80", 0},  // no such lead byte
      {"ok\xE2\x82", 2},        // cut at the end
      {"\xE2\x82x", 0},         // cut by an ASCII byte
      {"fast\xFF\xFE", 4},
  };
  for (const auto& [s, at] : bad) EXPECT_EQ(FirstInvalidUtf8(s), at) << s;
}

TEST(Utf8Test, RepairKeepsValidTextAndReplacesEachInvalidRunOnce) {
  EXPECT_EQ(RepairUtf8("v1: \xE2\x82\xAC ok"), "v1: \xE2\x82\xAC ok");
  EXPECT_EQ(RepairUtf8("a\xFF\xFE"
                       "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(RepairUtf8("\xE2\x82"), "\xEF\xBF\xBD");
  EXPECT_EQ(RepairUtf8("\x80x\x80"), "\xEF\xBF\xBDx\xEF\xBF\xBD");
  const std::string repaired = RepairUtf8("\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80z");
  EXPECT_EQ(FirstInvalidUtf8(repaired), std::string::npos);
  EXPECT_EQ(repaired.back(), 'z');
}

TEST(Utf8Test, TextForRecordsHasNoNulAndIsUtf8) {
  const std::string raw("ikj\0hidden \xFF tail", 17);
  const std::string clean = TextForRecords(raw);
  EXPECT_EQ(clean.find('\0'), std::string::npos);
  EXPECT_EQ(FirstInvalidUtf8(clean), std::string::npos);
  EXPECT_EQ(clean, "ikj\xEF\xBF\xBDhidden \xEF\xBF\xBD tail");
}

TEST(Utf8Test, ACutPointNeverSplitsACharacter) {
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z";  // a, é, €, 😀, z
  // Every prefix cut at a cut point is valid UTF-8, and the cut point only moves back.
  for (std::size_t at = 0; at <= text.size() + 2; ++at) {
    const std::size_t cut = Utf8CutPoint(text, at);
    EXPECT_LE(cut, std::min(at, text.size()));
    EXPECT_EQ(FirstInvalidUtf8(text.substr(0, cut)), std::string::npos) << at;
    EXPECT_EQ(FirstInvalidUtf8(text.substr(cut)), std::string::npos) << at;
  }
  EXPECT_EQ(Utf8CutPoint(text, 2), 1u);    // inside é
  EXPECT_EQ(Utf8CutPoint(text, 8), 6u);    // inside 😀
  EXPECT_EQ(Utf8CutPoint(text, 10), 10u);  // z
  // Not UTF-8 at all (a run of continuation bytes): cut where asked.
  EXPECT_EQ(Utf8CutPoint("\x80\x80\x80\x80\x80", 4), 4u);
}

}  // namespace
}  // namespace avo
