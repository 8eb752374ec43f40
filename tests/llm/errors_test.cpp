// Error text made safe for logs: the API key never appears, and ordinary text stays readable.
#include "avo/llm/errors.h"

#include <gtest/gtest.h>

namespace avo::llm {
namespace {

TEST(SafeOneLineTest, ALongKeyIsRedactedWherever) {
  const std::string key = "sk-proj-0123456789abcdefghij";
  EXPECT_EQ(SafeOneLine("bad key " + key + ", and x" + key + "y", key),
            "bad key [redacted], and x[redacted]y");
}

TEST(SafeOneLineTest, AShortKeyIsRedactedOnlyWhereItStandsAlone) {
  EXPECT_EQ(SafeOneLine("Bearer test: the latest test\nfailed", "test"),
            "Bearer [redacted]: the latest [redacted] failed");
  EXPECT_EQ(SafeOneLine("contested attestation", "test"), "contested attestation");
}

TEST(SafeOneLineTest, AKeyInsideTheMarkDoesNotLoop) {
  EXPECT_EQ(SafeOneLine("red alert", "red"), "[redacted] alert");
}

TEST(SafeOneLineTest, AKeyOfEightOrMoreIsRedactedGluedToOtherText) {
  // A local server's short key, quoted back glued to a suffix or a prefix.
  const std::string key = "sk-audit-SECRET123";
  EXPECT_EQ(SafeOneLine("invalid key=" + key + "_prod (Bearer" + key + ")", key),
            "invalid key=[redacted]_prod (Bearer[redacted])");
}

TEST(SafeOneLineTest, CutsAtTheLimit) { EXPECT_EQ(SafeOneLine("abcdef", "", 3), "abc..."); }

TEST(SafeOneLineTest, ControlBytesAreShownAndInvalidBytesReplaced) {
  // Set the window title, clear the screen: shown, not obeyed.
  EXPECT_EQ(SafeOneLine("\x1b]0;pwned\x07\x1b[2Jrate limited", ""),
            "\\x1B]0;pwned\\x07\\x1B[2Jrate limited");
  EXPECT_EQ(SafeOneLine("bad \xFF\xFE body", ""), "bad \xEF\xBF\xBD body");
  // A cut never splits a character: "é" is two bytes.
  EXPECT_EQ(SafeOneLine("ab\xC3\xA9"
                        "cd",
                        "", 3),
            "ab...");
}

}  // namespace
}  // namespace avo::llm
