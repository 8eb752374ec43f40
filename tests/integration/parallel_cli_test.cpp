// `avo evolve --jobs N`: kill -9 with several steps in flight, then resume, loses and duplicates
// nothing and leaves git, the archive and their agreement intact; `avo status` shows each slot;
// bad slot flags are refused before anything is made.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "testing/avo_cli.h"
#include "testing/fake_task.h"
#include "testing/kill.h"
#include "testing/run_checks.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

using testing::Lines;

const std::string kAvo = AVO_BINARY;

TEST(ParallelCliTest, KillNineWithStepsInFlightThenResume) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task", "sleep 0.3\n" + testing::GoodEvaluatorBody());
  const std::string task = (d.path() / "task").string();
  const std::string run = (d.path() / "run").string();
  const std::string git_dir = run + "/lineage.git";
  std::mt19937 rng(20261206);
  std::uniform_int_distribution<int> when(200, 2500);
  std::set<std::string> seen_commits;
  for (int i = 0; i < 10; ++i) {
    testing::RunAndKill(testing::AvoArgv({kAvo, "evolve", task, "--run", run, "--jobs", "3",
                                          "--steps", "60", "--seed", "5", "-q"}),
                        when(rng));
    for (const auto& c : testing::LineageCommits(run)) seen_commits.insert(c);
  }
  auto last = testing::Avo({"evolve", run, "--jobs", "3", "--steps", "9", "-q"});
  ASSERT_EQ(last.exit_code, 0) << last.err;

  const auto commits = testing::ExpectWholeRun(run, seen_commits);
  ASSERT_GE(commits.size(), 2u);
  // The lineage is linear: one parent per commit, the seed none.
  auto parents = Lines(testing::Run({"git", "--git-dir", git_dir, "log", "--format=%p"}).out);
  EXPECT_EQ(parents.size(), commits.size() - 1);
  for (const auto& p : parents) EXPECT_EQ(p.find(' '), std::string::npos) << p;
  // No step number served twice: each step's attempts are one step's (mutate submits once).
  EXPECT_EQ(testing::Run({"sqlite3", run + "/archive.db",
                          "SELECT count(*) FROM (SELECT step FROM attempts WHERE step > 0 "
                          "GROUP BY step HAVING count(*) > 1)"})
                .out,
            "0\n");
  // And the reading commands agree that the run is whole.
  auto status = testing::Avo({"status", run, "--json"});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  auto j = nlohmann::json::parse(status.out);
  EXPECT_EQ(j["versions"].get<std::size_t>(), commits.size());
  EXPECT_TRUE(j["slots"].empty());  // nothing runs now
}

TEST(ParallelCliTest, StatusShowsWhatEachSlotIsDoing) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task", "sleep 1\n" + testing::GoodEvaluatorBody());
  const std::string run = (d.path() / "run").string();
  std::atomic<bool> done{false};
  ProcessResult evolve;
  std::thread t([&] {
    evolve = testing::Avo({"evolve", (d.path() / "task").string(), "--run", run, "--jobs", "2",
                           "--steps", "6", "-q"});
    done = true;
  });
  nlohmann::json slots;
  std::string text;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!done && std::chrono::steady_clock::now() < deadline) {
    auto s = testing::Avo({"status", run, "--json"});
    if (s.exit_code == 0) {
      auto j = nlohmann::json::parse(s.out, nullptr, false);
      if (j.is_object() && j["slots"].is_array() && j["slots"].size() == 2 &&
          (j["slots"][0]["state"] == "evaluating" || j["slots"][1]["state"] == "evaluating")) {
        // The text form is a second reading: a slot may have moved on between the two, so
        // both must be seen while a step is still being evaluated.
        auto t2 = testing::Avo({"status", run}).out;
        if (t2.find("evaluating step") != std::string::npos) {
          slots = j["slots"];
          text = t2;
          break;
        }
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  t.join();
  ASSERT_EQ(evolve.exit_code, 0) << evolve.err;
  ASSERT_EQ(slots.size(), 2u) << "never saw both slots while the run evolved";
  EXPECT_EQ(slots[0]["slot"], "cpu0");
  EXPECT_EQ(slots[1]["slot"], "cpu1");
  EXPECT_NE(text.find("slot     cpu0"), std::string::npos) << text;
  EXPECT_NE(text.find("slot     cpu1"), std::string::npos) << text;
  EXPECT_NE(text.find("evaluating step"), std::string::npos) << text;
  auto after = testing::Avo({"status", run, "--json"});
  EXPECT_TRUE(nlohmann::json::parse(after.out)["slots"].empty());
}

// Islands with migration, two steps in flight, kill -9 at random moments, then resume: every
// island commits, the branches and the archive agree, and the reading commands show each island.
TEST(ParallelCliTest, IslandsWithMigrationSurviveKillsAndResume) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task", "sleep 0.2\n" + testing::GoodEvaluatorBody());
  const std::string task = (d.path() / "task").string();
  const std::string run = (d.path() / "run").string();
  const std::string git_dir = run + "/lineage.git";
  std::mt19937 rng(20261207);
  std::uniform_int_distribution<int> when(300, 2000);
  for (int i = 0; i < 6; ++i) {
    testing::RunAndKill(
        testing::AvoArgv({kAvo, "evolve", task, "--run", run, "--islands", "2", "--migrate-every",
                          "1", "--jobs", "2", "--steps", "40", "--seed", "9", "-q"}),
        when(rng));
  }
  // Resumed without the flags: the run keeps its two islands and their cadence.
  auto last = testing::Avo({"evolve", run, "--jobs", "2", "--steps", "16", "-q"});
  ASSERT_EQ(last.exit_code, 0) << last.err;
  auto more = testing::Avo({"evolve", run, "--islands", "3", "--steps", "1"});
  EXPECT_EQ(more.exit_code, 1);
  EXPECT_EQ(more.err, "avo: error: --islands 3: the run has 2 island(s), fixed when it began\n");

  auto fsck = testing::Run({"git", "--git-dir", git_dir, "fsck", "--strict"});
  EXPECT_EQ(fsck.exit_code, 0) << fsck.err;
  EXPECT_EQ(testing::Run({"sqlite3", run + "/archive.db", "PRAGMA integrity_check"}).out, "ok\n");
  auto branches = Lines(testing::Run({"git", "--git-dir", git_dir, "for-each-ref",
                                      "--format=%(refname:short)", "refs/heads"})
                            .out);
  EXPECT_EQ(branches, (std::vector<std::string>{"island-1", "main"}));
  // Each branch is linear and every version on it is an archived commit of that island.
  for (int island = 0; island < 2; ++island) {
    const std::string branch = island == 0 ? "main" : "island-1";
    auto commits =
        Lines(testing::Run({"git", "--git-dir", git_dir, "log", "--format=%H", branch}).out);
    EXPECT_GE(commits.size(), 2u) << branch << " never committed past the seed";
    auto archived =
        Lines(testing::Run({"sqlite3", run + "/archive.db",
                            "SELECT commit_id FROM attempts WHERE status='committed' AND "
                            "island=" +
                                std::to_string(island)})
                  .out);
    std::set<std::string> on_branch(commits.begin(), commits.end());
    for (const auto& c : archived) EXPECT_EQ(on_branch.count(c), 1u) << c;
    EXPECT_EQ(archived.size() + (island == 0 ? 0 : 1), commits.size()) << branch;
  }
  EXPECT_NE(testing::Run({"sqlite3", run + "/archive.db",
                          "SELECT count(*) FROM attempts WHERE operator='migration'"})
                .out,
            "0\n");
  EXPECT_EQ(testing::Run({"sqlite3", run + "/archive.db",
                          "SELECT count(*) FROM attempts WHERE status='running'"})
                .out,
            "0\n");

  auto log1 = testing::Avo({"log", run, "--island", "1"});
  ASSERT_EQ(log1.exit_code, 0) << log1.err;
  EXPECT_NE(log1.out.find("v1"), std::string::npos) << log1.out;
  auto bad = testing::Avo({"log", run, "--island", "2"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_EQ(bad.err, "avo: error: --island 2: the run has 2 island(s), 0 to 1\n");
  auto status = testing::Avo({"status", run, "--json"});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  auto j = nlohmann::json::parse(status.out);
  ASSERT_EQ(j["islands"].size(), 2u);
  for (const auto& is : j["islands"]) EXPECT_GE(is["versions"].get<int>(), 2) << is.dump();
  auto text = testing::Avo({"status", run});
  EXPECT_NE(text.out.find("island   1: "), std::string::npos) << text.out;
}

TEST(ParallelCliTest, BadSlotFlagsAreRefusedBeforeAnythingIsMade) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  const std::string task = (d.path() / "task").string();
  const std::string run = (d.path() / "run").string();
  struct Case {
    std::vector<std::string> flags;
    std::string error;
  };
  const std::vector<Case> cases = {
      {{"--jobs", "3", "--gpus", "0,1"}, "--jobs 3: one evaluation per GPU, and --gpus names 2"},
      {{"--gpus", "0,x"},
       "--gpus: expected GPU indices separated by commas (e.g. 0,1,2,3), got '0,x'"},
      {{"--gpus", "0", "--gpu", "1"}, "--gpu and --gpus: give one of them"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args = {"evolve", task, "--run", run, "--steps", "1"};
    args.insert(args.end(), c.flags.begin(), c.flags.end());
    auto r = testing::Avo(args);
    EXPECT_EQ(r.exit_code, 1) << c.error;
    EXPECT_EQ(r.err, "avo: error: " + c.error + "\n");
    EXPECT_FALSE(std::filesystem::exists(run)) << c.error;
  }
  auto zero = testing::Avo({"evolve", task, "--run", run, "--jobs", "0"});
  EXPECT_NE(zero.exit_code, 0);
  EXPECT_FALSE(std::filesystem::exists(run));
}

}  // namespace
}  // namespace avo
