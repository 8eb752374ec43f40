// Steps in parallel (Engine::SetWorkers, `avo evolve --jobs N`): evaluations of several slots run
// at once, commits stay serialised, and a candidate accepted against a best that moved while it
// was measured is measured again beside the new best.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

#include "avo/engine/engine.h"
#include "avo/eval/local_evaluator.h"
#include "avo/operators/mutate.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

// An evaluator around a real one that counts how many evaluations are in flight at once and can
// hold an evaluation at its start (`hold`) until the test lets it go.
class CountingEvaluator final : public Evaluator {
 public:
  CountingEvaluator(Evaluator& inner, std::atomic<int>& in_flight, std::atomic<int>& most)
      : inner_(inner), in_flight_(in_flight), most_(most) {}
  std::function<void(const FileSet&)> hold;

  Evaluation Score(const FileSet& files, const ScoreOptions& options) override {
    if (hold) hold(files);
    const int now = ++in_flight_;
    int seen = most_.load();
    while (now > seen && !most_.compare_exchange_weak(seen, now)) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    Evaluation e = inner_.Score(files, options);
    --in_flight_;
    return e;
  }
  [[nodiscard]] std::string Describe() const override { return inner_.Describe(); }

 private:
  Evaluator& inner_;
  std::atomic<int>& in_flight_;
  std::atomic<int>& most_;
};

class ParallelTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::WriteFakeTask(task_.path()); }

  static LocalEvaluatorOptions SlotOptions(const avo::Run& run, const std::string& slot) {
    LocalEvaluatorOptions o = testing::EvaluatorOptions(run.paths().scratch());
    o.slot = slot;
    return o;
  }

  static Submission Params(int x, int y, const std::string& message) {
    Submission s;
    s.files = {{"params.txt", "x = " + std::to_string(x) +
                                  "  # avo:knob x\ny = " + std::to_string(y) + "  # avo:knob y\n"}};
    s.message = message;
    s.parent_version = 0;
    return s;
  }

  testing::TempDir task_, runs_;
};

TEST_F(ParallelTest, SlotsEvaluateAtOnceAndTheLineageStaysLinear) {
  auto run = Run::Create(task_.path(), runs_.path() / "r");
  ASSERT_TRUE(run.ok()) << run.status().message();
  std::atomic<int> in_flight{0}, most{0};
  LocalEvaluator seed_ev((*run)->task(), SlotOptions(**run, ""));
  std::vector<std::unique_ptr<LocalEvaluator>> inner;
  std::vector<std::unique_ptr<CountingEvaluator>> counting;
  std::vector<std::unique_ptr<MutateOperator>> ops;
  std::vector<Worker> workers;
  for (int i = 0; i < 3; ++i) {
    inner.push_back(std::make_unique<LocalEvaluator>(
        (*run)->task(), SlotOptions(**run, "cpu" + std::to_string(i))));
    counting.push_back(std::make_unique<CountingEvaluator>(*inner.back(), in_flight, most));
    ops.push_back(std::make_unique<MutateOperator>());
    workers.push_back({"cpu" + std::to_string(i), counting.back().get(), ops.back().get()});
  }
  Engine engine(**run, seed_ev, *ops[0], nullptr);
  engine.SetWorkers(workers);
  EvolveOptions o;
  o.steps = 12;
  o.seed = 5;
  auto s = engine.Evolve(o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->steps_run, 12);
  EXPECT_GE(most.load(), 2) << "no two evaluations were ever in flight at once";
  EXPECT_EQ(in_flight.load(), 0);

  // One attempt per step (the mutate operator submits once), twelve distinct steps, each version
  // at least as good as the one before, and the archive agreeing with the lineage.
  auto attempts = *(*run)->archive().Attempts();
  std::set<std::int64_t> steps;
  for (const auto& a : attempts) {
    if (a.step > 0) steps.insert(a.step);
    EXPECT_NE(a.status, "running") << a.id;
  }
  EXPECT_EQ(steps.size(), 12u);
  EXPECT_EQ(*steps.begin(), 1);
  EXPECT_EQ(*steps.rbegin(), 12);
  auto versions = *(*run)->lineage().Versions();
  for (std::size_t i = 1; i < versions.size(); ++i)
    EXPECT_GT(versions[i].scalar, versions[i - 1].scalar) << "v" << i;
  EXPECT_TRUE(CheckAgreement(**run).ok());
  EXPECT_EQ(*(*run)->archive().GetState("next_step").value(), "13");
  // The slots' file lives only while the run evolves.
  EXPECT_FALSE(std::filesystem::exists((*run)->paths().slots()));
}

// Slot A's candidate (x=2: 21) is accepted against v0 (11), but while it was measured slot B
// committed x=3 (31). A commits only if it beats the new best, measured again: it does not.
TEST_F(ParallelTest, ACandidateJudgedAgainstABestThatMovedIsMeasuredAgain) {
  auto run = Run::Create(task_.path(), runs_.path() / "r");
  ASSERT_TRUE(run.ok()) << run.status().message();
  std::atomic<int> in_flight{0}, most{0};
  LocalEvaluator inner((*run)->task(), SlotOptions(**run, ""));
  CountingEvaluator ev(inner, in_flight, most);
  MutateOperator op;
  Engine engine(**run, ev, op, nullptr);
  ASSERT_TRUE(engine.Open("", 3).ok());

  std::mutex mu;
  std::condition_variable cv;
  bool b_done = false;
  const Submission a = Params(2, 1, "x 1 -> 2 (slot A)");
  const Submission b = Params(3, 1, "x 1 -> 3 (slot B)");
  int a_seen = 0;
  ev.hold = [&](const FileSet& files) {
    if (files != a.files) return;
    std::unique_lock<std::mutex> lock(mu);
    // A's first measurement waits for B's commit; the second one (against B) goes on at once.
    if (a_seen++ == 0) cv.wait(lock, [&] { return b_done; });
  };
  Verdict va;
  std::thread ta([&] { va = engine.Judge(a, *engine.ReserveStep()); });
  // B is judged only once A's measurement has begun.
  while (true) {
    {
      std::lock_guard<std::mutex> lock(mu);
      if (a_seen > 0) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  Verdict vb = engine.Judge(b, *engine.ReserveStep());
  {
    std::lock_guard<std::mutex> lock(mu);
    b_done = true;
  }
  cv.notify_all();
  ta.join();

  EXPECT_TRUE(vb.committed) << vb.reason;
  EXPECT_FALSE(va.committed) << va.reason;
  EXPECT_NE(va.reason.find("measured again: v1 was committed while it was measured"),
            std::string::npos)
      << va.reason;
  EXPECT_EQ(a_seen, 2);
  auto versions = *(*run)->lineage().Versions();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_DOUBLE_EQ(versions[1].scalar, 31);
  EXPECT_TRUE(CheckAgreement(**run).ok());
}

// The same race where the candidate still wins against the new best: it commits on top of it.
TEST_F(ParallelTest, ACandidateThatStillWinsCommitsOnTopOfTheNewBest) {
  auto run = Run::Create(task_.path(), runs_.path() / "r");
  ASSERT_TRUE(run.ok()) << run.status().message();
  std::atomic<int> in_flight{0}, most{0};
  LocalEvaluator inner((*run)->task(), SlotOptions(**run, ""));
  CountingEvaluator ev(inner, in_flight, most);
  MutateOperator op;
  Engine engine(**run, ev, op, nullptr);
  ASSERT_TRUE(engine.Open("", 3).ok());
  std::mutex mu;
  std::condition_variable cv;
  bool b_done = false;
  int a_seen = 0;
  const Submission a = Params(4, 1, "x 1 -> 4 (slot A)");
  const Submission b = Params(2, 1, "x 1 -> 2 (slot B)");
  ev.hold = [&](const FileSet& files) {
    if (files != a.files) return;
    std::unique_lock<std::mutex> lock(mu);
    if (a_seen++ == 0) cv.wait(lock, [&] { return b_done; });
  };
  Verdict va;
  std::thread ta([&] { va = engine.Judge(a, *engine.ReserveStep()); });
  while (true) {
    {
      std::lock_guard<std::mutex> lock(mu);
      if (a_seen > 0) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  Verdict vb = engine.Judge(b, *engine.ReserveStep());
  {
    std::lock_guard<std::mutex> lock(mu);
    b_done = true;
  }
  cv.notify_all();
  ta.join();
  ASSERT_TRUE(vb.committed) << vb.reason;
  ASSERT_TRUE(va.committed) << va.reason;
  EXPECT_EQ(vb.version, 1);
  EXPECT_EQ(va.version, 2);
  auto versions = *(*run)->lineage().Versions();
  ASSERT_EQ(versions.size(), 3u);
  EXPECT_DOUBLE_EQ(versions[2].scalar, 41);
  // Its gain is stated against v1, the best it was measured against at last.
  EXPECT_NE(versions[2].summary.find("over v1"), std::string::npos) << versions[2].summary;
  EXPECT_TRUE(CheckAgreement(**run).ok());
}

}  // namespace
}  // namespace avo
