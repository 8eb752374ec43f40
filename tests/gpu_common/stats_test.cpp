// Summaries of repeated measurements (judges/gpu_common/stats.h).
#include "stats.h"

#include <gtest/gtest.h>

#include <cmath>

namespace avo::gpu_judge {
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

}  // namespace
}  // namespace avo::gpu_judge
