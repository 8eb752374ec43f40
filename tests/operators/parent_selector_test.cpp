#include "avo/operators/parent_selector.h"

#include <gtest/gtest.h>

#include <set>

namespace avo {
namespace {

std::vector<Version> Lineage(int n) {
  std::vector<Version> v(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) v[static_cast<std::size_t>(i)].number = i;
  return v;
}

TEST(ParentSelectorTest, BestIsTheNewestAndDrawsNothing) {
  const auto versions = Lineage(5);
  std::mt19937_64 rng(7), untouched(7);
  EXPECT_EQ(BestSelector().Select(versions, rng).number, 4);
  EXPECT_EQ(rng(), untouched());
}

// The default of mutate and llm-rewrite draws exactly as the operators did before the protocol
// existed, so a run's sequence of parents (and a resumed run's) is unchanged.
TEST(ParentSelectorTest, BestOrEarlierDrawsAsTheOperatorsDid) {
  for (int n : {1, 2, 6}) {
    const auto versions = Lineage(n);
    std::mt19937_64 rng(42), old(42);
    const BestOrEarlierSelector selector(0.7);
    for (int i = 0; i < 200; ++i) {
      std::uniform_real_distribution<double> unit(0, 1);
      const Version& expected =
          unit(old) < 0.7 || versions.size() == 1
              ? versions.back()
              : versions[std::uniform_int_distribution<std::size_t>(0, versions.size() - 2)(old)];
      EXPECT_EQ(selector.Select(versions, rng).number, expected.number);
    }
  }
}

TEST(ParentSelectorTest, BestOrEarlierReachesEveryEarlierVersion) {
  const auto versions = Lineage(4);
  std::mt19937_64 rng(1);
  std::set<int> seen;
  for (int i = 0; i < 200; ++i) seen.insert(BestOrEarlierSelector(0).Select(versions, rng).number);
  EXPECT_EQ(seen, (std::set<int>{0, 1, 2}));
  for (int i = 0; i < 50; ++i) EXPECT_EQ(BestOrEarlierSelector(1).Select(versions, rng).number, 3);
  EXPECT_EQ(BestOrEarlierSelector(0).Select(Lineage(1), rng).number, 0);
}

TEST(ParentSelectorTest, TournamentFavoursLaterVersions) {
  const auto versions = Lineage(10);
  std::mt19937_64 rng(3);
  std::vector<int> wins(10, 0);
  const TournamentSelector selector(3);
  for (int i = 0; i < 3000; ++i)
    ++wins[static_cast<std::size_t>(selector.Select(versions, rng).number)];
  EXPECT_GT(wins[9], wins[5]);
  EXPECT_GT(wins[5], wins[0]);
  EXPECT_GT(wins[1], 0);  // an early version can still win
  EXPECT_EQ(TournamentSelector(3).Select(Lineage(1), rng).number, 0);
  std::set<int> uniform;
  for (int i = 0; i < 500; ++i) uniform.insert(TournamentSelector(1).Select(versions, rng).number);
  EXPECT_EQ(uniform.size(), 10u);
}

}  // namespace
}  // namespace avo
