// What `avo evolve`'s exit status tells a script that chains commands after it:
// - Ctrl-C and SIGTERM stop it cleanly (the attempt in flight finishes, the run stays resumable
//   with nothing marked interrupted) with the shell's status for the signal (130, 143);
// - a run whose every step failed in its operator (an endpoint that cannot be reached) exits 1
//   after its summary, not 0 as if steps had been tried.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <fstream>

#include "avo/engine/run.h"
#include "testing/avo_cli.h"
#include "testing/fake_task.h"
#include "testing/kill.h"

namespace avo {
namespace {

namespace fs = std::filesystem;

// Evaluations that take a while, so the signal arrives while steps are running.
std::string SlowEvaluator() { return "sleep 0.3\n" + testing::GoodEvaluatorBody(); }

class EvolveSignalTest : public ::testing::TestWithParam<int> {};

TEST_P(EvolveSignalTest, StopsAfterTheAttemptInFlightWithTheSignalsStatus) {
  const int sig = GetParam();
  testing::TempDir dir;
  testing::WriteFakeTask(dir.path() / "task", SlowEvaluator());
  const fs::path run_dir = dir.path() / "run";
  const auto argv = testing::AvoArgv({AVO_BINARY, "evolve", (dir.path() / "task").string(), "--run",
                                      run_dir.string(), "--steps", "1000", "--seed", "3"});
  // Ready once a step after the seed has been tried: the signal lands mid-run.
  auto attempts = [&] {
    if (!Run::Exists(run_dir)) return std::size_t{0};
    auto run = Run::Open(run_dir, false);
    if (!run.ok()) return std::size_t{0};
    auto all = (*run)->archive().Attempts();
    return all.ok() ? all->size() : std::size_t{0};
  };
  const int status = testing::RunAndSignalWhen(
      argv, [&] { return attempts() >= 3; }, sig, 60000, 60000);
  EXPECT_EQ(status, 128 + sig);

  auto run = Run::Open(run_dir, false);
  ASSERT_TRUE(run.ok()) << run.status().message();
  auto all = (*run)->archive().Attempts();
  ASSERT_TRUE(all.ok()) << all.status().message();
  for (const AttemptRecord& a : *all) EXPECT_NE(a.status, "interrupted") << a.id;
  const std::size_t before = all->size();
  run->reset();

  const ProcessResult resumed = testing::Avo({"evolve", run_dir.string(), "--steps", "1"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_EQ(resumed.err.find("interrupted"), std::string::npos) << resumed.err;
  EXPECT_EQ(attempts(), before + 1);
}

TEST(EvolveExitStatusTest, EveryStepsOperatorFailingIsAnError) {
  testing::TempDir dir;
  testing::WriteFakeTask(dir.path() / "task");
  // Nothing listens on the discard port: each call fails at once, with no retry.
  std::ofstream(dir.path() / "avo.toml") << R"([llm]
kind = "openai"
model = "m"
base_url = "http://127.0.0.1:9/v1"
api_key_env = ""
[llm.retry]
max_attempts = 1
)";
  const auto r = testing::Avo({"evolve", (dir.path() / "task").string(), "--run",
                               (dir.path() / "run").string(), "--steps", "2", "--operator",
                               "llm-rewrite", "--config", (dir.path() / "avo.toml").string()});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("2 operator error(s)"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("every step's operator failed"), std::string::npos) << r.err;
  // The seed was judged and committed all the same.
  auto run = Run::Open(dir.path() / "run", false);
  ASSERT_TRUE(run.ok()) << run.status().message();
  auto head = (*run)->lineage().Head();
  ASSERT_TRUE(head.ok() && head->has_value());
}

// The exec operator's command is stopped with the run (it used to run on to its timeout, an hour
// by default, after the first Ctrl-C), even one that ignores SIGTERM.
TEST(EvolveExitStatusTest, AStopEndsAnExecAgentThatIgnoresSigterm) {
  testing::TempDir dir;
  testing::WriteFakeTask(dir.path() / "task");
  const fs::path run_dir = dir.path() / "run";
  const fs::path started = dir.path() / "agent-started";
  const auto argv =
      testing::AvoArgv({AVO_BINARY, "evolve", (dir.path() / "task").string(), "--run",
                        run_dir.string(), "--steps", "3", "--operator", "exec", "--exec-command",
                        "trap '' TERM; touch '" + started.string() + "'; sleep 60"});
  const auto t0 = std::chrono::steady_clock::now();
  const int status = testing::RunAndSignalWhen(
      argv, [&] { return fs::exists(started); }, SIGINT, 30000, 30000);
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(status, 128 + SIGINT);
  EXPECT_LT(took, 40.0);  // not the 60 s the agent's command would sleep
}

std::string SignalName(const ::testing::TestParamInfo<int>& p) {
  return p.param == SIGINT ? "Sigint" : "Sigterm";
}

INSTANTIATE_TEST_SUITE_P(Signals, EvolveSignalTest, ::testing::Values(SIGINT, SIGTERM), SignalName);

}  // namespace
}  // namespace avo
