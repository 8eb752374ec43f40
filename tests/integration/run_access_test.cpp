// Who may open a run: two avo processes creating the same run at once leave one good run (the
// loser is refused, nothing interleaves), and a read-only run can be read but not changed
// (issue: "A run that nothing corrupts").
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "avo/util/confinement.h"
#include "testing/avo_cli.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/kill.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

const std::string kAvo = AVO_BINARY;

using testing::Avo;

int SeedCommits(const std::string& run) {
  auto log = testing::Run(
      {"git", "--git-dir", run + "/lineage.git", "log", "--format=%s", "refs/heads/main"});
  int seeds = 0;
  for (const auto& line : testing::Lines(log.out)) seeds += line.rfind("v0:", 0) == 0 ? 1 : 0;
  return seeds;
}

TEST(RunAccessTest, ConcurrentCreationLeavesOneGoodRun) {
  testing::TempDir dir;
  testing::WriteFakeTask(dir.path() / "task");
  constexpr int kRounds = 4, kProcesses = 4;
  for (int round = 0; round < kRounds; ++round) {
    const std::string run = (dir.path() / ("run" + std::to_string(round))).string();
    std::vector<ProcessResult> results(kProcesses);
    std::vector<std::thread> threads;
    threads.reserve(kProcesses);
    for (int i = 0; i < kProcesses; ++i) {
      threads.emplace_back([&, i] {
        results[i] = Avo({"evolve", (dir.path() / "task").string(), "--run", run, "--steps", "2",
                          "--seed", "5", "-q"});
      });
    }
    for (auto& t : threads) t.join();
    int succeeded = 0;
    for (const auto& r : results) {
      if (r.exit_code == 0) {
        ++succeeded;
      } else {
        EXPECT_EQ(r.exit_code, 1) << r.err;
        EXPECT_TRUE(r.err.find("another avo process is creating or working on this run") !=
                        std::string::npos ||
                    r.err.find("already holds a run") != std::string::npos)
            << r.err;
      }
    }
    EXPECT_GE(succeeded, 1);
    // The run goes on, with one seed, and git finds nothing wrong.
    auto more = Avo({"evolve", run, "--steps", "1", "-q"});
    EXPECT_EQ(more.exit_code, 0) << more.err;
    EXPECT_EQ(SeedCommits(run), 1);
    auto fsck = testing::Run({"git", "--git-dir", run + "/lineage.git", "fsck", "--strict"});
    EXPECT_EQ(fsck.exit_code, 0) << fsck.err;
  }
}

TEST(RunAccessTest, AReadOnlyRunCanBeReadButNotChanged) {
  if (!ProbeConfinement().ok()) GTEST_SKIP() << "needs bwrap for a read-only mount";
  testing::TempDir dir;
  testing::WriteFakeTask(dir.path() / "task");
  const std::string run = (dir.path() / "run").string();
  ASSERT_EQ(
      Avo({"evolve", (dir.path() / "task").string(), "--run", run, "--steps", "2", "-q"}).exit_code,
      0);
  // A read-only bind mount: even root cannot write there (tests often run as root).
  auto under_ro = [&](const std::vector<std::string>& args) {
    std::vector<std::string> argv = {"bwrap", "--dev-bind", "/", "/", "--ro-bind", run, run, kAvo};
    argv.insert(argv.end(), args.begin(), args.end());
    return testing::Run(argv, 120);
  };
  auto status = under_ro({"status", run});
  EXPECT_EQ(status.exit_code, 0) << status.err;
  EXPECT_NE(status.out.find("best"), std::string::npos) << status.out;
  auto log = under_ro({"log", run, "--json"});
  EXPECT_EQ(log.exit_code, 0) << log.err;
  EXPECT_NE(log.out.find("\"version\""), std::string::npos) << log.out;
  auto evolve = under_ro({"evolve", run, "--steps", "1", "-q"});
  EXPECT_EQ(evolve.exit_code, 1) << evolve.err;
  EXPECT_NE(evolve.err.find("read-only"), std::string::npos) << evolve.err;
  EXPECT_EQ(evolve.err.find("another avo process"), std::string::npos) << evolve.err;
  // Export writes nothing to the run: a read-only one exports (its archive read as immutable).
  const std::string out = (dir.path() / "exp").string();
  auto exported = under_ro({"export", run, out});
  EXPECT_EQ(exported.exit_code, 0) << exported.err;
  auto imported = Avo({"import", out, (dir.path() / "copy").string()});
  EXPECT_EQ(imported.exit_code, 0) << imported.err;
}

// A killed avo leaves its evaluation workspaces in RUN/scratch; the next avo to take the run
// removes them, unless they were kept on purpose (--keep-workspaces).
TEST(RunAccessTest, ScratchLeftByAKilledAvoIsCleared) {
  testing::TempDir dir;
  testing::WriteFakeTask(dir.path() / "task");
  const std::string run = (dir.path() / "run").string();
  ASSERT_EQ(
      Avo({"evolve", (dir.path() / "task").string(), "--run", run, "--steps", "1", "-q"}).exit_code,
      0);
  const std::filesystem::path left =
      dir.Write("run/scratch/w0000000007-left/sub/big.bin", std::string(1000, 'x'))
          .parent_path()
          .parent_path();
  ASSERT_EQ(Avo({"evolve", run, "--steps", "1", "-q"}).exit_code, 0);
  EXPECT_FALSE(std::filesystem::exists(left));

  ASSERT_EQ(Avo({"evolve", run, "--steps", "1", "-q", "--keep-workspaces"}).exit_code, 0);
  const auto kept = std::distance(std::filesystem::directory_iterator(run + "/scratch"),
                                  std::filesystem::directory_iterator());
  EXPECT_GE(kept, 2);  // the marker and at least one workspace
  ASSERT_EQ(Avo({"evolve", run, "--steps", "1", "-q"}).exit_code, 0);
  EXPECT_GE(std::distance(std::filesystem::directory_iterator(run + "/scratch"),
                          std::filesystem::directory_iterator()),
            kept);
}

// On a (nearly) full disk a candidate's failure says nothing about the candidate: the run stops
// with an infra error naming the disk, and no attempt is recorded as the candidate's failure.
TEST(RunAccessTest, AFullDiskIsTheMachinesFailureNotTheCandidates) {
  if (!ProbeConfinement().ok()) GTEST_SKIP() << "needs bwrap for a small file system";
  testing::TempDir dir;
  // Every candidate but the seed (x = 1, y = 1) fails to evaluate: whichever knob a step turns.
  testing::WriteFakeTask(
      dir.path() / "task",
      "grep -q '^x = 1 ' params.txt && grep -q '^y = 1 ' params.txt || exit 3\n" +
          testing::GoodEvaluatorBody());
  const std::string small = (dir.path() / "small").string();
  std::filesystem::create_directories(small);
  const std::string run = small + "/run";
  const std::string script = kAvo + " evolve " + (dir.path() / "task").string() + " --run " + run +
                             " --steps 3 -q --no-sandbox; echo exit=$?; " + kAvo + " log " + run +
                             " --json; " + kAvo + " status " + run + " --json";
  // A 40 MiB file system: below the 64 MiB the evaluator needs free to trust a failure.
  auto r = testing::Run(
      {"bwrap", "--dev-bind", "/", "/", "--size", "41943040", "--tmpfs", small, "sh", "-c", script},
      120);
  EXPECT_NE(r.out.find("exit=1"), std::string::npos) << r.out << r.err;
  EXPECT_NE(r.err.find("is full"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("\"failed\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"interrupted\": 1"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace avo
