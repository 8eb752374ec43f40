#include "avo/archive/archive.h"

#include <gtest/gtest.h>

#include "testing/temp_dir.h"

namespace avo {
namespace {

TEST(ArchiveTest, RecordsTheLifeOfAnAttempt) {
  testing::TempDir d;
  auto a = Archive::Open(d.path() / "archive.db");
  ASSERT_TRUE(a.ok()) << a.status().message();
  auto id = (*a)->BeginAttempt({3, "mutate", 1, "abc", "mutate v1: block 32 -> 64", "diff"});
  ASSERT_TRUE(id.ok());
  auto running = (*a)->Attempt(*id);
  EXPECT_EQ(running->status, "running");

  Evaluation e;
  e.outcome = Outcome::kScored;
  e.correct = true;
  e.scalar = 42;
  e.suite = "s";
  e.configs = {{"a", true, 42, "ops", {{"max_abs", 0.1}}, {1, 2}, {{"cudnn", 40}}, "", {}, {}}};
  AttemptEnd end;
  end.status = AttemptStatus::kCommitted;
  end.reason = "committed as v2";
  end.evaluation = &e;
  end.version = 2;
  end.commit = "deadbeef";
  end.cost = {100, 20, 0.5};
  end.candidate_hash = "h1";
  ASSERT_TRUE((*a)->FinishAttempt(*id, end, {{"next_step", "4"}}).ok());

  auto done = (*a)->Attempt(*id);
  EXPECT_EQ(done->status, "committed");
  EXPECT_EQ(done->version, 2);
  EXPECT_DOUBLE_EQ(done->scalar, 42);
  EXPECT_EQ(done->cost.tokens_in, 100);
  EXPECT_EQ(*(*a)->GetState("next_step").value(), "4");
  EXPECT_TRUE(*(*a)->SeenCandidate("h1"));
  EXPECT_FALSE(*(*a)->SeenCandidate("h2"));
  EXPECT_EQ(*(*a)->IntegrityCheck(), "ok");
}

TEST(ArchiveTest, InterruptsAttemptsLeftRunning) {
  testing::TempDir d;
  std::int64_t id = 0;
  {
    auto a = Archive::Open(d.path() / "archive.db");
    id = *(*a)->BeginAttempt({1, "agent", 0, "", "", ""});
  }
  auto a = Archive::Open(d.path() / "archive.db");
  auto ids = (*a)->InterruptRunning();
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, std::vector<std::int64_t>{id});
  EXPECT_EQ((*a)->Attempt(id)->status, "interrupted");
  EXPECT_TRUE((*a)->InterruptRunning()->empty());
}

TEST(ArchiveTest, EventsAndStateRoundTrip) {
  testing::TempDir d;
  auto a = Archive::Open(d.path() / "archive.db");
  ASSERT_TRUE(
      (*a)->RecordEvent(5, "intervention", "no commit in 12 attempts", {{"directions", {"try X"}}})
          .ok());
  ASSERT_TRUE((*a)->RecordEvent(6, "resume", "resumed").ok());
  auto ivs = (*a)->Events("intervention");
  ASSERT_EQ(ivs->size(), 1u);
  EXPECT_EQ((*ivs)[0].data["directions"][0], "try X");
  EXPECT_EQ((*a)->Events()->size(), 2u);
  EXPECT_FALSE((*a)->GetState("missing")->has_value());
}

TEST(ArchiveTest, RefusesAFileThatIsNotADatabase) {
  testing::TempDir d;
  d.Write("archive.db",
          "this is not sqlite, it is a text file long enough to have a header.........");
  auto a = Archive::Open(d.path() / "archive.db");
  EXPECT_FALSE(a.ok());
}

// What a run spent: the ledger for the steps it covers (their attempts' and "cost" events'
// figures are the same calls again, never added twice), attempts and "cost" events for steps
// without it (older runs, operators that report only at the end), and a supervisor's review
// whatever its step.
TEST(ArchiveTest, SpentCountsEachCallOnce) {
  testing::TempDir d;
  auto a = Archive::Open(d.path() / "archive.db");
  ASSERT_TRUE(a.ok()) << a.status().message();
  Archive& ar = **a;
  auto finish = [&](std::int64_t step, AttemptCost cost) {
    auto id = ar.BeginAttempt({step, "agent", 0, "", "", ""});
    ASSERT_TRUE(id.ok());
    AttemptEnd end;
    end.status = AttemptStatus::kRejected;
    end.cost = cost;
    ASSERT_TRUE(ar.FinishAttempt(*id, end, {}).ok());
  };
  // Step 1: two calls in the ledger; its attempt and its "cost" event carry them again.
  ASSERT_TRUE(ar.RecordSpending(1, {100, 10, 1.0}).ok());
  ASSERT_TRUE(ar.RecordSpending(1, {200, 20, 2.0}).ok());
  finish(1, {250, 25, 2.5});
  ASSERT_TRUE(ar.RecordEvent(1, "cost", "rest", {{"cost", CostToJson({50, 5, 0.5})}}).ok());
  // Step 2: nothing in the ledger (an operator that reports at the end).
  finish(2, {1000, 100, 10.0});
  ASSERT_TRUE(ar.RecordEvent(2, "cost", "rest", {{"cost", CostToJson({7, 1, 0.25})}}).ok());
  // A supervisor's review during step 1.
  ASSERT_TRUE(
      ar.RecordEvent(1, "intervention", "stagnation", {{"cost", CostToJson({30, 3, 0.125})}}).ok());
  auto spent = ar.Spent();
  ASSERT_TRUE(spent.ok()) << spent.status().message();
  EXPECT_EQ(spent->tokens_in, 100 + 200 + 1000 + 7 + 30);
  EXPECT_EQ(spent->tokens_out, 10 + 20 + 100 + 1 + 3);
  EXPECT_DOUBLE_EQ(spent->cost_usd, 1.0 + 2.0 + 10.0 + 0.25 + 0.125);
}

}  // namespace
}  // namespace avo
