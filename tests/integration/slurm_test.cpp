// The Slurm evaluator against a real Slurm: slurmctld and slurmd on this machine
// (scripts/slurm-local.sh, started by scripts/test.sh, which sets SLURM_CONF and
// AVO_REQUIRE_SLURM=1). Without a cluster these tests skip, unless AVO_REQUIRE_SLURM says one
// must be there (CI), where they fail.
//
// They evolve the matmul task through Slurm, and a fake task whose suite "slow" makes every
// evaluation long: a job that times out, a job that avo's kill -9 leaves behind (it ends itself,
// or the resumed run cancels it), a job the cluster loses (an infra error), a resumed run.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "testing/avo_cli.h"
#include "testing/fake_task.h"
#include "testing/kill.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

using testing::Lines;
namespace fs = std::filesystem;

const std::string kAvo = AVO_BINARY;

// The states of this run's Slurm jobs (their working directory lies in the run), as squeue
// lists them; completed jobs stay listed for MinJobAge seconds.
std::vector<std::string> JobStates(const fs::path& run, const std::string& states = "all") {
  auto q = testing::Run({"squeue", "-h", "--states=" + states, "-o", "%T %Z"});
  std::vector<std::string> out;
  for (const auto& line : Lines(q.out)) {
    const auto space = line.find(' ');
    if (line.find(run.string(), space) != std::string::npos) out.push_back(line.substr(0, space));
  }
  return out;
}

bool AnyAlive(const fs::path& run) {
  return !JobStates(run, "PENDING,RUNNING,CONFIGURING,COMPLETING").empty();
}

// Polls `done` every 200 ms for up to `seconds`; true once it holds.
bool WaitFor(const std::function<bool()>& done, int seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return done();
}

class SlurmTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* conf = std::getenv("SLURM_CONF");
    const bool up =
        conf != nullptr && *conf != '\0' && testing::Run({"sinfo", "-h", "-o", "%T"}).ok();
    if (!up) {
      if (std::getenv("AVO_REQUIRE_SLURM") != nullptr)
        FAIL() << "AVO_REQUIRE_SLURM is set but no Slurm cluster answers (SLURM_CONF)";
      GTEST_SKIP() << "no Slurm cluster here (scripts/slurm-local.sh start)";
    }
  }

  // An avo.toml sending evaluations to Slurm.
  std::string Config(double heartbeat_s = 60, double lost_grace_s = 2) {
    const fs::path p = d_.path() / "avo.toml";
    std::ofstream(p) << "[eval]\nbackend = \"slurm\"\npoll_s = 0.2\nheartbeat_s = " << heartbeat_s
                     << "\nlost_grace_s = " << lost_grace_s << "\n";
    return p.string();
  }

  // The fake task, with a suite "slow" whose evaluations sleep `slow_s` seconds.
  std::string SlowTask(int slow_s, int timeout_s) {
    testing::WriteFakeTask(d_.path() / "task",
                           "if [ \"$AVO_SUITE\" = slow ]; then sleep " + std::to_string(slow_s) +
                               "; fi\n" + testing::GoodEvaluatorBody(),
                           timeout_s,
                           "[suites.slow]\nconfigs = [{ name = \"a\" }, { name = \"b\" }]\n");
    return (d_.path() / "task").string();
  }

  // Checks that the run is whole: git, the archive, their agreement, no attempt left running.
  void ExpectWhole(const fs::path& run) {
    auto fsck =
        testing::Run({"git", "--git-dir", (run / "lineage.git").string(), "fsck", "--strict"});
    EXPECT_EQ(fsck.exit_code, 0) << fsck.err;
    auto integrity =
        testing::Run({"sqlite3", (run / "archive.db").string(), "PRAGMA integrity_check"});
    EXPECT_EQ(integrity.out, "ok\n");
    EXPECT_EQ(testing::Run({"sqlite3", (run / "archive.db").string(),
                            "SELECT count(*) FROM attempts WHERE status='running'"})
                  .out,
              "0\n");
    auto log = testing::Avo({"log", run.string()});
    EXPECT_EQ(log.exit_code, 0) << log.err;  // refuses a run whose archive and lineage disagree
  }

  testing::TempDir d_;
};

TEST_F(SlurmTest, EvolvesTheMatmulTaskThroughSlurmJobs) {
  const fs::path run = d_.path() / "run";
  auto r = testing::Avo({"evolve", std::string(AVO_SOURCE_DIR) + "/tasks/matmul", "--run",
                         run.string(), "--config", Config(), "--steps", "1", "--seed", "4"},
                        600);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("slot(s): slurm0"), std::string::npos) << r.err;
  // Every build and evaluation was a Slurm job in the run's directory, all of them ended.
  auto states = JobStates(run);
  EXPECT_GE(states.size(), 3u);  // the seed's build and evaluation, then the step's
  for (const auto& s : states) EXPECT_EQ(s, "COMPLETED");
  auto status = testing::Avo({"status", run.string(), "--json"});
  auto j = nlohmann::json::parse(status.out);
  EXPECT_GE(j["versions"].get<int>(), 1);
  EXPECT_EQ(j["attempts"].get<int>(), 2);
  ExpectWhole(run);
}

TEST_F(SlurmTest, AJobThatTimesOutIsCancelledAndChargedToTheCandidate) {
  const std::string task = SlowTask(60, 3);
  const fs::path run = d_.path() / "run";
  auto seeded = testing::Avo(
      {"evolve", task, "--run", run.string(), "--config", Config(), "--steps", "1", "--seed", "2"});
  ASSERT_EQ(seeded.exit_code, 0) << seeded.err;
  const auto t0 = std::chrono::steady_clock::now();
  auto slow = testing::Avo({"evolve", run.string(), "--suite", "slow", "--steps", "1"});
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(slow.exit_code, 0) << slow.err;
  EXPECT_LT(took, 45) << "the timeout (3 s) did not end the jobs";
  auto reasons =
      Lines(testing::Run({"sqlite3", (run / "archive.db").string(),
                          "SELECT status || ': ' || reason FROM attempts WHERE step = 2"})
                .out);
  ASSERT_EQ(reasons.size(), 1u);
  EXPECT_EQ(reasons[0].rfind("failed: ", 0), 0u) << reasons[0];
  EXPECT_NE(reasons[0].find("timed out"), std::string::npos) << reasons[0];
  EXPECT_TRUE(WaitFor([&] { return !AnyAlive(run); }, 20)) << "a timed-out job still runs";
  ExpectWhole(run);
}

TEST_F(SlurmTest, AJobOfAKilledAvoEndsItselfAndTheRunResumes) {
  const std::string task = SlowTask(300, 600);
  const fs::path run = d_.path() / "run";
  const std::string config = Config(/*heartbeat_s=*/5);
  auto seeded = testing::Avo(
      {"evolve", task, "--run", run.string(), "--config", config, "--steps", "1", "--seed", "2"});
  ASSERT_EQ(seeded.exit_code, 0) << seeded.err;
  const bool running = testing::RunAndKillWhen(
      testing::AvoArgv({kAvo, "evolve", run.string(), "--suite", "slow", "--steps", "1"}),
      [&] { return !JobStates(run, "RUNNING").empty(); }, 60'000);
  ASSERT_TRUE(running) << "no job of the slow suite ever ran";
  // kill -9 gave avo no chance to cancel: the job sees its heartbeat go stale and ends itself.
  EXPECT_TRUE(WaitFor([&] { return !AnyAlive(run); }, 40))
      << "the job outlived the avo that submitted it";
  auto resumed = testing::Avo({"evolve", run.string(), "--steps", "2"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  ExpectWhole(run);
  EXPECT_EQ(testing::Run({"sqlite3", (run / "archive.db").string(),
                          "SELECT count(*) FROM attempts WHERE status='interrupted'"})
                .out,
            "1\n");
}

TEST_F(SlurmTest, AResumedRunCancelsTheJobsAKilledAvoLeft) {
  const std::string task = SlowTask(300, 600);
  const fs::path run = d_.path() / "run";
  const std::string config = Config(/*heartbeat_s=*/600);  // the job would run for minutes
  auto seeded = testing::Avo(
      {"evolve", task, "--run", run.string(), "--config", config, "--steps", "1", "--seed", "2"});
  ASSERT_EQ(seeded.exit_code, 0) << seeded.err;
  ASSERT_TRUE(testing::RunAndKillWhen(
      testing::AvoArgv({kAvo, "evolve", run.string(), "--suite", "slow", "--steps", "1"}),
      [&] { return !JobStates(run, "RUNNING").empty(); }, 60'000));
  ASSERT_TRUE(AnyAlive(run));
  auto resumed = testing::Avo({"evolve", run.string(), "--steps", "1"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_TRUE(WaitFor([&] { return !AnyAlive(run); }, 20)) << "the left job was not cancelled";
  ExpectWhole(run);
}

TEST_F(SlurmTest, AJobTheClusterLosesIsAnInfraErrorNotTheCandidates) {
  const std::string task = SlowTask(300, 600);
  const fs::path run = d_.path() / "run";
  const std::string config = Config(60, /*lost_grace_s=*/1);
  auto seeded = testing::Avo(
      {"evolve", task, "--run", run.string(), "--config", config, "--steps", "1", "--seed", "2"});
  ASSERT_EQ(seeded.exit_code, 0) << seeded.err;
  ProcessResult slow;
  std::thread t([&] {
    slow = testing::Avo({"evolve", run.string(), "--suite", "slow", "--steps", "1"});
  });
  // The cluster ends the job from outside (as a node failure or a preemption would).
  ASSERT_TRUE(WaitFor([&] { return !JobStates(run, "RUNNING").empty(); }, 60));
  auto ids = Lines(testing::Run({"squeue", "-h", "--states=RUNNING", "-o", "%i %Z"}).out);
  for (const auto& line : ids) {
    if (line.find(run.string()) != std::string::npos)
      testing::Run({"scancel", line.substr(0, line.find(' '))});
  }
  t.join();
  EXPECT_NE(slow.exit_code, 0);
  EXPECT_NE(slow.err.find("without writing its result: lost by the cluster"), std::string::npos)
      << slow.err;
  // Nothing was charged to a candidate: no attempt failed.
  EXPECT_EQ(testing::Run({"sqlite3", (run / "archive.db").string(),
                          "SELECT count(*) FROM attempts WHERE status='failed'"})
                .out,
            "0\n");
  ExpectWhole(run);
}

}  // namespace
}  // namespace avo
