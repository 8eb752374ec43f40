#include <gtest/gtest.h>

#include "avo/supervisor/supervisor.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

AttemptRecord A(std::int64_t id, const std::string& status, bool correct = true,
                const std::string& reason = "") {
  AttemptRecord a;
  a.id = id;
  a.status = status;
  a.correct = correct;
  a.reason = reason;
  a.outcome = "scored";
  return a;
}

TEST(StagnationTest, QuietWhileCommitsKeepComing) {
  Supervisor s({}, std::make_unique<HistoryReviewer>());
  EXPECT_EQ(s.Detect({A(3, "rejected"), A(2, "committed"), A(1, "committed")}, 1000, 990), "");
}

TEST(StagnationTest, FiresOnEachRule) {
  SupervisorConfig c;
  c.no_commit_evaluations = 5;
  c.rejected_in_a_row = 3;
  c.repeated_failures = 2;
  c.no_commit_minutes = 10;
  Supervisor s(c, std::make_unique<HistoryReviewer>());
  EXPECT_NE(s.Detect({A(4, "failed", false, "a"), A(3, "failed", false, "b"),
                      A(2, "rejected", false, "c"), A(1, "failed", false, "d"),
                      A(0, "failed", false, "e")},
                     0, 0)
                .find("no commit in the last 5"),
            std::string::npos);
  EXPECT_NE(s.Detect({A(3, "rejected"), A(2, "rejected"), A(1, "rejected")}, 0, 0)
                .find("3 correct candidates"),
            std::string::npos);
  EXPECT_NE(
      s.Detect({A(2, "failed", false, "nvcc: error X"), A(1, "failed", false, "nvcc: error X")}, 0,
               0)
          .find("same failure repeated 2"),
      std::string::npos);
  EXPECT_NE(
      s.Detect({A(1, "failed", false, "x")}, 1000 + 11 * 60, 1000).find("no commit for 11 minutes"),
      std::string::npos);
}

TEST(StagnationTest, InterventionsBackOffUntilACommit) {
  testing::TempDir d;
  auto archive = Archive::Open(d.path() / "a.db");
  auto lineage = Lineage::Open(d.path() / "l.git", true);
  ASSERT_TRUE((*lineage)->Commit({{"f", "0"}}, {{"scalar", 1}}, "v0", {}).ok());
  SupervisorConfig c;
  c.rejected_in_a_row = 2;
  c.cooldown_attempts = 2;
  Supervisor s(c, std::make_unique<HistoryReviewer>());
  Evaluation e;
  e.outcome = Outcome::kScored;
  e.correct = true;
  e.scalar = 0.5;
  std::vector<std::int64_t> fired_at;
  for (int i = 0; i < 24; ++i) {
    auto id = (*archive)->BeginAttempt({i, "mutate", 0, "", "", ""});
    AttemptEnd end;
    end.status = AttemptStatus::kRejected;
    end.evaluation = &e;
    ASSERT_TRUE((*archive)->FinishAttempt(*id, end).ok());
    if (auto iv = s.Observe(**lineage, **archive, "")) {
      EXPECT_FALSE(iv->directions.empty());
      fired_at.push_back(*id);
      ASSERT_TRUE(
          (*archive)
              ->RecordEvent(i, "intervention", iv->trigger, {{"last_attempt", iv->last_attempt}})
              .ok());
    }
  }
  // Cooldowns of 2, 4, 8 attempts: the gaps grow.
  ASSERT_GE(fired_at.size(), 3u);
  EXPECT_LT(fired_at[1] - fired_at[0], fired_at[2] - fired_at[1]);
}

}  // namespace
}  // namespace avo
