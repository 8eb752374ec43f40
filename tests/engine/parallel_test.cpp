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
#include "avo/eval/slots.h"
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

  // One attempt per step (the mutate operator submits once; a candidate another slot has just
  // committed is recorded as a duplicate instead), twelve distinct steps, each version at least
  // as good as the one before, and the archive agreeing with the lineage.
  auto attempts = *(*run)->archive().Attempts();
  std::set<std::int64_t> steps;
  for (const auto& a : attempts) {
    if (a.step > 0) steps.insert(a.step);
    EXPECT_NE(a.status, "running") << a.id;
  }
  const auto duplicates = (*run)->archive().Events("duplicate");
  ASSERT_TRUE(duplicates.ok()) << duplicates.status().message();
  for (const EventRecord& d : duplicates.value()) {
    EXPECT_EQ(steps.count(d.step), 0u) << "step " << d.step << " both judged and a duplicate";
    steps.insert(d.step);
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
  EXPECT_FALSE(std::filesystem::exists(SlotBoard::Path((*run)->paths())));
}

class RaceTest : public ParallelTest {
 protected:
  struct Race {
    Verdict a, b;
    int a_measured = 0;  // evaluations of A's files
  };
  // Slot A's candidate (x = ax) is measured; while its first evaluation is held, slot B's (x = bx)
  // is judged and commits; then A goes on.
  Race RunRace(int ax, int bx, bool paired) {
    if (paired) {
      testing::WriteFakeTask(task_.path(), "", 20, "[gate]\npaired = true\nrounds = 3\n");
    }
    auto run = Run::Create(task_.path(), runs_.path() / "r");
    EXPECT_TRUE(run.ok()) << run.status().message();
    run_ = std::move(run).value();
    std::atomic<int> in_flight{0}, most{0};
    LocalEvaluator inner(run_->task(), SlotOptions(*run_, ""));
    CountingEvaluator ev(inner, in_flight, most);
    MutateOperator op;
    Engine engine(*run_, ev, op, nullptr);
    EXPECT_TRUE(engine.Open("", 3).ok());
    std::mutex mu;
    std::condition_variable cv;
    bool b_done = false;
    Race race;
    const Submission a = Params(ax, 1, "slot A");
    const Submission b = Params(bx, 1, "slot B");
    ev.hold = [&](const FileSet& files) {
      if (files != a.files) return;
      std::unique_lock<std::mutex> lock(mu);
      if (race.a_measured++ == 0) cv.wait(lock, [&] { return b_done; });
    };
    std::thread ta([&] { race.a = engine.Judge(a, *engine.ReserveStep()); });
    while (true) {  // B is judged only once A's measurement has begun
      {
        std::lock_guard<std::mutex> lock(mu);
        if (race.a_measured > 0) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    race.b = engine.Judge(b, *engine.ReserveStep());
    {
      std::lock_guard<std::mutex> lock(mu);
      b_done = true;
    }
    cv.notify_all();
    ta.join();
    return race;
  }

  std::unique_ptr<avo::Run> run_;
};

// A (x=2: 21) beats v0 (11), but B committed x=3 (31) meanwhile: A must beat 31, and does not.
// The gate alone (not paired) decides again on A's own score, without measuring it again.
TEST_F(RaceTest, ACandidateJudgedAgainstABestThatMovedIsJudgedAgain) {
  Race r = RunRace(2, 3, false);
  EXPECT_TRUE(r.b.committed) << r.b.reason;
  EXPECT_FALSE(r.a.committed) << r.a.reason;
  EXPECT_NE(r.a.reason.find("(against v1, committed while it was measured)"), std::string::npos)
      << r.a.reason;
  EXPECT_EQ(r.a_measured, 1);
  auto versions = *run_->lineage().Versions();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_DOUBLE_EQ(versions[1].scalar, 31);
  EXPECT_TRUE(CheckAgreement(*run_).ok());
}

// The paired gate compares builds measured side by side: A is measured again beside v1.
TEST_F(RaceTest, UnderThePairedGateItIsMeasuredAgainBesideTheNewBest) {
  Race r = RunRace(2, 3, true);
  EXPECT_TRUE(r.b.committed) << r.b.reason;
  EXPECT_FALSE(r.a.committed) << r.a.reason;
  EXPECT_NE(r.a.reason.find("(measured again beside v1, committed while it was measured)"),
            std::string::npos)
      << r.a.reason;
  EXPECT_GT(r.a_measured, 3);  // 3 rounds beside v0, then 3 more beside v1
  auto versions = *run_->lineage().Versions();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_TRUE(CheckAgreement(*run_).ok());
}

// The same race where the candidate still wins against the new best: it commits on top of it.
TEST_F(RaceTest, ACandidateThatStillWinsCommitsOnTopOfTheNewBest) {
  Race r = RunRace(4, 2, false);
  ASSERT_TRUE(r.b.committed) << r.b.reason;
  ASSERT_TRUE(r.a.committed) << r.a.reason;
  EXPECT_EQ(r.b.version, 1);
  EXPECT_EQ(r.a.version, 2);
  auto versions = *run_->lineage().Versions();
  ASSERT_EQ(versions.size(), 3u);
  EXPECT_DOUBLE_EQ(versions[2].scalar, 41);
  // Its gain is stated against v1, the best it was judged against at last.
  EXPECT_NE(versions[2].summary.find("over v1"), std::string::npos) << versions[2].summary;
  EXPECT_TRUE(CheckAgreement(*run_).ok());
}

}  // namespace
}  // namespace avo
