#include "avo/engine/commit_message.h"

#include <gtest/gtest.h>

#include "avo/lineage/trailers.h"

namespace avo {
namespace {

Evaluation Scored(double scalar) {
  Evaluation e;
  e.outcome = Outcome::kScored;
  e.correct = true;
  e.scalar = scalar;
  e.unit = "ops/s";
  e.suite = "s";
  e.configs = {{"a", true, scalar, "ops/s", {}, {}, {}, "", {}, {}}};
  return e;
}

// The text a lineage commit has always had: summary, rationale, the Gate: line, the scores, and
// the trailers; and the rationale read back from it without the gate's lines.
TEST(CommitMessageTest, WritesTheTextAndReadsTheRationaleBack) {
  const Evaluation e = Scored(12);
  Version prev;
  prev.number = 2;
  prev.scalar = 10;
  prev.score = {{"suite", "s"}};
  CommitFacts f;
  f.number = 3;
  f.previous = &prev;
  f.evaluation = &e;
  f.rationale = "block 64\n\nbigger tiles";
  f.gate_reason = "accepted: 12 vs best 10 ops/s";
  f.attempt = 7;
  f.step = 5;
  f.op = "mutate";
  f.island = 1;
  const CommitText t = WriteCommitText(f);
  EXPECT_EQ(t.message.rfind("v3: 12 ops/s (+20.00% over v2) block 64\n\nblock 64\n\nbigger tiles"
                            "\n\nGate: accepted: 12 vs best 10 ops/s\nScores:\n  a",
                            0),
            0u)
      << t.message;
  EXPECT_EQ(t.trailers.at(trailer::kAttempt), "7");
  EXPECT_EQ(t.trailers.at(trailer::kStep), "5");
  EXPECT_EQ(t.trailers.at(trailer::kOperator), "mutate");
  EXPECT_EQ(t.trailers.at(trailer::kScalar), "12");
  EXPECT_EQ(t.trailers.at(trailer::kIsland), "1");
  EXPECT_EQ(t.trailers.count(trailer::kMigrant), 0u);
  EXPECT_EQ(RationaleOf(t.message),
            "v3: 12 ops/s (+20.00% over v2) block 64\n\nblock 64\n\n"
            "bigger tiles\n");
  Version v;
  v.trailers = t.trailers;
  EXPECT_EQ(AttemptOf(v), 7);
  v.trailers.clear();
  EXPECT_FALSE(AttemptOf(v));
}

TEST(CommitMessageTest, TheSeedHasNoGain) {
  const Evaluation e = Scored(4);
  CommitFacts f;
  f.evaluation = &e;
  f.rationale = "seed: the task's own version x_0";
  f.gate_reason = "accepted: correct";
  const CommitText t = WriteCommitText(f);
  EXPECT_EQ(t.message.rfind("v0: seed, 4 ops/s\n\n", 0), 0u) << t.message;
  EXPECT_EQ(t.trailers.count(trailer::kIsland), 0u);
}

// The summary's gain is the gate's paired ratio where the gate measured one (score/gain.h): the
// figure it committed on, which `avo log` shows too, not the ratio of two separate measurements.
TEST(CommitMessageTest, TheSummarysGainIsTheGatesPairedRatio) {
  Evaluation e;
  e.scalar = 13.887;
  e.unit = "ops/s";
  e.suite = "s";
  Version prev;
  prev.number = 1;
  prev.scalar = 10;
  prev.score = {{"suite", "s"}};
  CommitFacts f;
  f.number = 2;
  f.previous = &prev;
  f.evaluation = &e;
  f.rationale = "ikj";
  f.paired = {{"ratio", 1.2559}, {"lo", 1.2}, {"hi", 1.3}};
  const CommitText t = WriteCommitText(f);
  EXPECT_EQ(t.message.rfind("v2: 13.89 ops/s (+25.59% over v1) ikj", 0), 0u) << t.message;
}

}  // namespace
}  // namespace avo
