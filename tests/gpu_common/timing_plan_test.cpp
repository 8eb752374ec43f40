// How sustained timing lays out a configuration's timed calls (timing_plan.h): buffer sets by
// memory, batches of rounds, and the events-against-wall-time rule.
#include "timing_plan.h"

#include <gtest/gtest.h>

#include <numeric>
#include <vector>

namespace avo::gpu_judge {
namespace {

constexpr size_t kMiB = size_t{1} << 20;
constexpr size_t kGiB = size_t{1} << 30;

TEST(TimingPlanTest, SetsAreWhatTheMemoryShareHoldsBetweenTwoAndTheCap) {
  // The paper's suite on an H100: a set of 514 MiB, 75 GiB free, candidate and best together:
  // 0.6 * 75 GiB / 2 / 514 MiB = 44.8.
  EXPECT_EQ(sets_for(100, 2, 514 * kMiB, 75 * kGiB), 44);
  // Alone it could hold 89: the cap holds it at 64.
  EXPECT_EQ(sets_for(100, 1, 514 * kMiB, 75 * kGiB), kMaxSets);
  // Never more than the timed calls wanted.
  EXPECT_EQ(sets_for(10, 1, 514 * kMiB, 75 * kGiB), 10);
  // Too little memory for two still gets two: calls alternate between sets.
  EXPECT_EQ(sets_for(100, 4, 514 * kMiB, 1 * kGiB), 2);
  EXPECT_EQ(sets_for(1, 1, 514 * kMiB, 75 * kGiB), 2);
  // Nothing known of the free memory (a failed query): two.
  EXPECT_EQ(sets_for(100, 1, 514 * kMiB, 0), 2);
}

TEST(TimingPlanTest, BatchesCoverEveryRoundAsEvenlyAsPossible) {
  EXPECT_EQ(batch_sizes(10, 4), (std::vector<int>{4, 3, 3}));
  EXPECT_EQ(batch_sizes(100, 44), (std::vector<int>{34, 33, 33}));
  EXPECT_EQ(batch_sizes(8, 64), (std::vector<int>{8}));
  EXPECT_TRUE(batch_sizes(0, 4).empty());
  for (int reps = 1; reps <= 120; ++reps) {
    for (int sets : {1, 2, 7, 44, 64}) {
      const std::vector<int> b = batch_sizes(reps, sets);
      EXPECT_EQ(std::accumulate(b.begin(), b.end(), 0), reps) << reps << " " << sets;
      for (int n : b) {
        EXPECT_GE(n, 1);
        EXPECT_LE(n, sets);
        EXPECT_LE(b.front() - n, 1);
      }
    }
  }
}

TEST(TimingPlanTest, EventsMayNeitherExceedTheWallTimeNorMissMostOfIt) {
  // 40 calls of 1.7 ms back to back with 0.3 ms of the judge's work between them.
  EXPECT_EQ(timing_inconsistency(40 * 1.7, 40 * 2.0, 40), "");
  // Events longer than the wall time around them: impossible.
  EXPECT_NE(timing_inconsistency(50.0, 40.0, 10), "");
  // A wall time far beyond the events (a kernel hiding its work from them).
  EXPECT_NE(timing_inconsistency(10.0, 40.0, 10), "");
  // Within the allowance of 0.5 ms a call over 1.5x the events.
  EXPECT_EQ(timing_inconsistency(10.0, 19.9, 10), "");
}

}  // namespace
}  // namespace avo::gpu_judge
