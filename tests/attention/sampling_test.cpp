// Which rows the judge checks after each call (tasks/attention/harness/sampling.h).
#include "sampling.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <utility>

namespace avo::attention {
namespace {

AttentionShape shape(int b, int hq, int sq) {
  AttentionShape s;
  s.batch = b;
  s.heads_q = hq;
  s.heads_kv = 1;
  s.seqlen_q = sq;
  s.seqlen_k = sq;
  s.head_dim = 128;
  return s;
}

std::function<uint64_t()> rng(uint64_t seed) {
  auto gen = std::make_shared<std::mt19937_64>(seed);
  return [gen] { return (*gen)(); };
}

TEST(Sampling, GroupsAreDistinctPairsWithDistinctAscendingRowsInRange) {
  const AttentionShape s = shape(8, 16, 4096);
  const auto groups = draw_sample_groups(s, 16, rng(1));
  ASSERT_EQ(groups.size(), 16u);
  std::set<std::pair<int, int>> pairs;
  for (const auto& g : groups) {
    EXPECT_GE(g.batch, 0);
    EXPECT_LT(g.batch, 8);
    EXPECT_GE(g.head, 0);
    EXPECT_LT(g.head, 16);
    pairs.insert({g.batch, g.head});
    for (int r = 0; r < kSampleGroupRows; ++r) {
      EXPECT_GE(g.rows[r], 0);
      EXPECT_LT(g.rows[r], 4096);
      if (r > 0) {
        EXPECT_LT(g.rows[r - 1], g.rows[r]);
      }
    }
  }
  EXPECT_EQ(pairs.size(), 16u);
  EXPECT_EQ(sampled_rows(groups), 16 * kSampleGroupRows);
}

TEST(Sampling, ShortSequencesPadWithMinusOne) {
  const auto groups = draw_sample_groups(shape(3, 2, 5), 16, rng(2));
  ASSERT_EQ(groups.size(), 16u);  // more groups than (batch, head) pairs: pairs repeat
  for (const auto& g : groups) {
    for (int r = 0; r < 5; ++r) EXPECT_EQ(g.rows[r], r);  // all 5 rows, ascending
    for (int r = 5; r < kSampleGroupRows; ++r) EXPECT_EQ(g.rows[r], -1);
  }
  EXPECT_EQ(sampled_rows(groups), 16 * 5);
}

TEST(Sampling, DifferentRandomnessGivesDifferentRows) {
  const AttentionShape s = shape(1, 16, 32768);
  const auto a = draw_sample_groups(s, 16, rng(3));
  const auto b = draw_sample_groups(s, 16, rng(4));
  int same = 0;
  for (size_t g = 0; g < a.size(); ++g) {
    for (int r = 0; r < kSampleGroupRows; ++r) same += a[g].rows[r] == b[g].rows[r] ? 1 : 0;
  }
  EXPECT_LT(same, 16 * kSampleGroupRows / 10);
}

TEST(Sampling, EveryRowCanBeDrawn) {
  // Over many draws of a small problem every (batch, head, row) triple shows up: no region a
  // kernel could leave unchecked.
  const AttentionShape s = shape(2, 2, 100);
  std::set<std::tuple<int, int, int>> seen;
  auto r = rng(5);
  for (int i = 0; i < 200; ++i) {
    for (const auto& g : draw_sample_groups(s, 2, r)) {
      for (int row : g.rows) {
        if (row >= 0) seen.insert({g.batch, g.head, row});
      }
    }
  }
  EXPECT_EQ(seen.size(), 2u * 2u * 100u);
}

}  // namespace
}  // namespace avo::attention
