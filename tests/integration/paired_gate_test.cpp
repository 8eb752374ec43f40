// The paired gate on the shipped CPU task (tasks/matmul, [gate] paired = true): candidate and
// best measured side by side decide every commit, so a copy of the best that differs only in
// whitespace is refused, and a knob change that makes the kernel faster is committed, each at
// least 19 times in 20 (issue: "A gate that noise cannot fool").
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <optional>
#include <regex>

#include "avo/engine/engine.h"
#include "avo/engine/remeasure.h"
#include "avo/eval/local_evaluator.h"
#include "avo/lineage/trailers.h"
#include "avo/operators/mutate.h"
#include "testing/evaluator.h"
#include "testing/matmul_run.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

using testing::Candidate;
using testing::kMatmul;
using testing::MatmulRun;
using testing::WithKnob;

TEST(PairedGateTest, MatmulUsesThePairedGate) {
  auto task = LoadTask(kMatmul);
  ASSERT_TRUE(task.ok()) << task.status().message();
  EXPECT_TRUE(task->gate.paired);
  EXPECT_GT(task->gate.min_gain, 0);
}

TEST(PairedGateTest, AWhitespaceCopyOfTheBestIsRefusedNineteenTimesInTwenty) {
  testing::TempDir d;
  MatmulRun m(d.path() / "run");
  const FileSet seed = m.Seed();
  int committed = 0;
  for (int i = 0; i < 20; ++i) {
    FileSet copy = seed;
    copy.at("kernel.cpp") +=
        std::string(static_cast<std::size_t>(i + 1), '\n');  // a new copy each time
    Verdict v = m.engine->Judge(Candidate(copy, "whitespace only", 0), i + 1);
    // Every try was measured beside the best and decided on its interval, never waved through
    // or refused as a duplicate.
    EXPECT_NE(v.reason.find("paired rounds"), std::string::npos) << v.reason;
    committed += v.committed ? 1 : 0;
  }
  EXPECT_LE(committed, 1) << "a copy that changes nothing was committed " << committed
                          << " times in 20";
  // The refusals are recorded with their evidence.
  auto attempts = m.run->archive().Attempts();
  ASSERT_TRUE(attempts.ok());
  int with_interval = 0;
  for (const auto& a : *attempts) with_interval += a.paired.is_object() && a.paired.contains("lo");
  EXPECT_EQ(with_interval, 20);
}

TEST(PairedGateTest, AFasterKnobIsCommittedNineteenTimesInTwenty) {
  testing::TempDir d;
  // Twenty fresh runs judged by one evaluator, so each version is built once and reused.
  MatmulRun first(d.path() / "run0");
  std::shared_ptr<LocalEvaluator> shared = first.evaluator;
  const FileSet faster = WithKnob(first.Seed(), "kOrder = Order::ijk",
                                  "kOrder = Order::ikj");  // unit-stride inner loop
  int committed = 0;
  std::string last_reason;
  for (int i = 0; i < 20; ++i) {
    std::optional<MatmulRun> fresh;
    MatmulRun* m = &first;
    if (i > 0) m = &fresh.emplace(d.path() / fmt::format("run{}", i), shared);
    Verdict v = m->engine->Judge(Candidate(faster, "order ikj", 0), 1);
    committed += v.committed ? 1 : 0;
    if (!v.committed) last_reason = v.reason;
    if (i == 0) {
      ASSERT_TRUE(v.committed) << v.reason;
      // The evidence is kept with the attempt and in the commit message.
      auto head = m->run->lineage().Head();
      ASSERT_TRUE(head.ok() && head->has_value());
      const Version& h = **head;
      ASSERT_EQ(h.trailers.count(trailer::kPairedRatio), 1u);
      EXPECT_TRUE(std::regex_match(h.trailers.at(trailer::kPairedRatio),
                                   std::regex(R"(\d+\.\d{4} \[\d+\.\d{4}, \d+\.\d{4}\])")))
          << h.trailers.at(trailer::kPairedRatio);
      EXPECT_NE(h.message.find("Gate: accepted: geomean ratio"), std::string::npos) << h.message;
      auto attempts = m->run->archive().Attempts();
      ASSERT_TRUE(attempts.ok());
      const auto& a = attempts->front();  // newest first
      EXPECT_EQ(a.status, "committed");
      EXPECT_GT(a.paired.value("lo", 0.0), 1.0 + m->run->task().gate.min_gain);
      EXPECT_EQ(a.paired["configs"].size(), 3u);
      ASSERT_TRUE(a.paired_best.has_value());
      EXPECT_LT(*a.paired_best, h.scalar);  // the seed, measured beside it, is slower
    }
  }
  EXPECT_GE(committed, 19) << "last refusal: " << last_reason;
}

// Measures as the real evaluator does, but the best's half of every paired evaluation is an infra
// error (a GPU lost mid-evaluation, say).
class BestCannotRun final : public Evaluator {
 public:
  explicit BestCannotRun(Evaluator& real) : real_(real) {}
  Evaluation Score(const FileSet& files, const ScoreOptions& o) override {
    return real_.Score(files, o);
  }
  InterleavedEvaluation ScoreInterleaved(const std::vector<const FileSet*>& builds,
                                         const ScoreOptions& o, int rounds) override {
    InterleavedEvaluation e = real_.ScoreInterleaved(builds, o, rounds);
    e.evaluations[1].outcome = Outcome::kInfraError;
    e.evaluations[1].reason = "the GPU fell off the bus";
    return e;
  }
  [[nodiscard]] std::string Describe() const override { return real_.Describe(); }

 private:
  Evaluator& real_;
};

// When the best could not be measured beside the candidate, nothing can be said of the candidate:
// no commit, no rejection, the attempt interrupted and the run stopped with the reason.
TEST(PairedGateTest, ABestThatCannotRunBesideTheCandidateIsAnInfraError) {
  testing::TempDir d;
  MatmulRun m(d.path() / "run");
  BestCannotRun broken(*m.evaluator);
  Engine engine(*m.run, broken, m.op, nullptr);
  ASSERT_TRUE(engine.Open(m.run->task().default_suite, 1).ok());
  const FileSet f = WithKnob(m.Seed(), "kOrder = Order::ijk", "kOrder = Order::ikj");
  const Verdict v = engine.Judge(Candidate(f, "order ikj", 0), 1);
  EXPECT_FALSE(v.committed);
  ASSERT_TRUE(engine.infra_error().has_value());
  EXPECT_NE(engine.infra_error()->find("fell off the bus"), std::string::npos);
  auto attempts = *m.run->archive().Attempts();
  ASSERT_FALSE(attempts.empty());
  EXPECT_EQ(attempts.front().status, "interrupted");
  EXPECT_EQ(m.run->lineage().Versions()->size(), 1u);
}

TEST(PairedGateTest, RemeasureGivesEveryStepAnInterval) {
  testing::TempDir d;
  MatmulRun m(d.path() / "run");
  FileSet f = WithKnob(m.Seed(), "kOrder = Order::ijk", "kOrder = Order::ikj");
  ASSERT_TRUE(m.engine->Judge(Candidate(f, "order ikj", 0), 1).committed);
  f = WithKnob(f, "kBlock = 256", "kBlock = 64");
  (void)m.engine->Judge(Candidate(f, "block 64", 1),
                        2);  // committed or not: the trajectory has 2 or 3 points

  auto t = Remeasure(*m.run, *m.evaluator, {{}, "", 4});
  ASSERT_TRUE(t.ok()) << t.status().message();
  auto versions = *m.run->lineage().Versions();
  ASSERT_EQ(t->points.size(), versions.size());
  EXPECT_EQ(t->rounds, 4);
  EXPECT_EQ(t->suite, "small");
  EXPECT_FALSE(t->points[0].to_previous.has_value());
  for (std::size_t k = 1; k < t->points.size(); ++k) {
    const auto& p = t->points[k];
    ASSERT_TRUE(p.to_previous && p.to_first) << "v" << p.version;
    EXPECT_LE(p.to_previous->lo, p.to_previous->ratio);
    EXPECT_LE(p.to_previous->ratio, p.to_previous->hi);
    EXPECT_EQ(p.previous, t->points[k - 1].version);
  }
  // v1 (order ikj) against the seed: the gate's evidence, found again.
  EXPECT_GT(t->points[1].to_first->lo, 1.0);
  EXPECT_TRUE(t->Falls().empty());
  const auto j = RemeasurementToJson(*t);
  EXPECT_EQ(j["points"].size(), versions.size());
  EXPECT_TRUE(j["points"][0]["to_previous"].is_null());

  // Unknown versions and too few versions are refused with the reason.
  auto bad = Remeasure(*m.run, *m.evaluator, {{"v9"}, "", 4});
  EXPECT_FALSE(bad.ok());
  auto one = Remeasure(*m.run, *m.evaluator, {{"v0", "seed"}, "", 4});
  ASSERT_FALSE(one.ok());
  EXPECT_NE(one.status().message().find("at least two versions"), std::string::npos);
}

}  // namespace
}  // namespace avo
