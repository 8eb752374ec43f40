// Ctrl-C and SIGTERM stop `avo evolve` cleanly: the attempt in flight finishes, the run stays
// resumable with nothing marked interrupted, and the exit status is the shell's for the signal
// (130, 143), so a script chaining commands after it sees the run was stopped, not finished.
#include <signal.h>

#include <gtest/gtest.h>

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
  const auto argv = testing::AvoArgv({AVO_BINARY, "evolve", (dir.path() / "task").string(),
                                      "--run", run_dir.string(), "--steps", "1000", "--seed",
                                      "3"});
  // Ready once a step after the seed has been tried: the signal lands mid-run.
  auto attempts = [&] {
    if (!Run::Exists(run_dir)) return std::size_t{0};
    auto run = Run::Open(run_dir, false);
    if (!run.ok()) return std::size_t{0};
    auto all = (*run)->archive().Attempts();
    return all.ok() ? all->size() : std::size_t{0};
  };
  const int status =
      testing::RunAndSignalWhen(argv, [&] { return attempts() >= 3; }, sig, 60000, 60000);
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

std::string SignalName(const ::testing::TestParamInfo<int>& p) {
  return p.param == SIGINT ? "Sigint" : "Sigterm";
}

INSTANTIATE_TEST_SUITE_P(Signals, EvolveSignalTest, ::testing::Values(SIGINT, SIGTERM),
                         SignalName);

}  // namespace
}  // namespace avo
