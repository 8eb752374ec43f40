// Summaries of repeated measurements (tasks/attention/harness/stats.h) and bf16 conversions.
#include "stats.h"

#include <gtest/gtest.h>

#include <cmath>

#include "bf16.h"

namespace avo::attention {
namespace {

TEST(Median, OddCountIsTheMiddleOfTheSortedValues) {
  EXPECT_DOUBLE_EQ(median({5, 1, 3}), 3);
  EXPECT_DOUBLE_EQ(median({7}), 7);
}

TEST(Median, EvenCountAveragesTheMiddlePair) {
  EXPECT_DOUBLE_EQ(median({4, 1, 3, 2}), 2.5);
  EXPECT_DOUBLE_EQ(median({10, 0}), 5);
}

TEST(Median, OutliersDoNotMoveIt) { EXPECT_DOUBLE_EQ(median({100, 101, 99, 1e9, 0}), 100); }

TEST(Median, EmptyIsZero) { EXPECT_DOUBLE_EQ(median({}), 0); }

TEST(Geomean, OfPositiveValues) {
  EXPECT_NEAR(geomean({2, 8}), 4, 1e-12);
  EXPECT_NEAR(geomean({3, 3, 3}), 3, 1e-12);
}

TEST(Geomean, AnyZeroOrEmptyGivesZero) {
  EXPECT_DOUBLE_EQ(geomean({5, 0, 7}), 0);
  EXPECT_DOUBLE_EQ(geomean({5, -1}), 0);
  EXPECT_DOUBLE_EQ(geomean({}), 0);
  EXPECT_DOUBLE_EQ(geomean({5, NAN}), 0);
}

TEST(Bf16, ExactValuesRoundTrip) {
  for (float f : {0.0f, 1.0f, -2.0f, 0.5f, 3.0f, -1.5f, 65536.0f}) {
    EXPECT_EQ(bf16_to_float(float_to_bf16(f)), f);
  }
}

TEST(Bf16, RoundsToNearestEven) {
  // 1 + 2^-8 lies halfway between bf16 1.0 and 1 + 2^-7: ties go to the even mantissa, 1.0.
  EXPECT_EQ(bf16_to_float(float_to_bf16(1.0f + 0x1p-8f)), 1.0f);
  // 1 + 3 * 2^-8 is halfway between 1 + 2^-7 (odd) and 1 + 2^-6 (even).
  EXPECT_EQ(bf16_to_float(float_to_bf16(1.0f + 3 * 0x1p-8f)), 1.0f + 0x1p-6f);
  // Just above halfway rounds up.
  EXPECT_EQ(bf16_to_float(float_to_bf16(1.0f + 0x1p-8f + 0x1p-20f)), 1.0f + 0x1p-7f);
}

TEST(Bf16, RelativeErrorIsAtMostHalfAnUlp) {
  for (float f = 0.001f; f < 1000.0f; f *= 1.37f) {
    const float r = bf16_to_float(float_to_bf16(f));
    EXPECT_LE(std::fabs(r - f), std::fabs(f) * 0x1p-8f) << f;
  }
}

TEST(Bf16, NanStaysNan) {
  EXPECT_TRUE(std::isnan(bf16_to_float(float_to_bf16(NAN))));
  EXPECT_TRUE(std::isnan(bf16_to_float(kBf16QuietNan)));
}

}  // namespace
}  // namespace avo::attention
