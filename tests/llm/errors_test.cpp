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

TEST(SafeOneLineTest, CutsAtTheLimit) { EXPECT_EQ(SafeOneLine("abcdef", "", 3), "abc..."); }

}  // namespace
}  // namespace avo::llm
