// kill -9 at random moments, resume each time: nothing committed is ever lost or duplicated, and
// the lineage and the archive stay valid (issue: "Run directory and resume").
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "avo/lineage/trailers.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/kill.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

using testing::Lines;

const std::string kAvo = AVO_BINARY;

// `avo` with --no-sandbox where bwrap cannot work here (testing/evaluator.h).
ProcessResult RunAvo(const std::vector<std::string>& argv, int timeout_s = 120) {
  return testing::Run(testing::AvoArgv(argv), timeout_s);
}

TEST(ResumeTest, SurvivesTwentyRandomKills) {
  testing::TempDir d;
  // Each evaluation takes a little while, so kills land before, during and after evaluations,
  // commits and archive writes.
  testing::WriteFakeTask(d.path() / "task", "sleep 0.15\n" + testing::GoodEvaluatorBody());
  const std::string task = (d.path() / "task").string();
  const std::string run = (d.path() / "run").string();
  const std::string git_dir = run + "/lineage.git";
  std::mt19937 rng(20261121);
  std::uniform_int_distribution<int> when(30, 900);
  std::set<std::string> seen_commits;

  for (int i = 0; i < 20; ++i) {
    testing::RunAndKill(testing::AvoArgv({kAvo, "evolve", task, "--run", run, "--steps", "50",
                                          "--seed", "11", "-q"}),
                        when(rng));
    auto log = testing::Run({"git", "--git-dir", git_dir, "log", "--format=%H"});
    for (const auto& c : Lines(log.out)) seen_commits.insert(c);
  }
  // A final, uninterrupted invocation resumes and finishes cleanly.
  // Enough steps that it commits something even when the kills above (on a loaded machine) left
  // only the seed.
  auto last = RunAvo({kAvo, "evolve", task, "--run", run, "--steps", "8", "-q"}, 120);
  ASSERT_EQ(last.exit_code, 0) << last.err;

  auto fsck = testing::Run({"git", "--git-dir", git_dir, "fsck", "--strict"});
  EXPECT_EQ(fsck.exit_code, 0) << fsck.out << fsck.err;
  auto integrity = testing::Run({"sqlite3", run + "/archive.db", "PRAGMA integrity_check"});
  EXPECT_EQ(integrity.out, "ok\n") << integrity.err;

  // No committed version lost: every commit ever seen is still in the lineage.
  auto final_log = testing::Run({"git", "--git-dir", git_dir, "log", "--format=%H"});
  const auto commits = Lines(final_log.out);
  std::set<std::string> now(commits.begin(), commits.end());
  for (const auto& c : seen_commits) EXPECT_EQ(now.count(c), 1u) << "lost " << c;
  ASSERT_GE(commits.size(), 2u);

  // No duplicated version: one seed, distinct candidate files, distinct attempts.
  auto ops =
      testing::Run({"git", "--git-dir", git_dir, "log",
                    std::string("--format=%(trailers:key=") + trailer::kOperator + ",valueonly)"});
  auto op_lines = Lines(ops.out);
  EXPECT_EQ(std::count(op_lines.begin(), op_lines.end(), "seed"), 1);
  std::set<std::string> blobs, attempts;
  for (const auto& c : commits) {
    blobs.insert(testing::Run({"git", "--git-dir", git_dir, "rev-parse", c + ":params.txt"}).out);
    attempts.insert(
        testing::Run({"git", "--git-dir", git_dir, "log", "-1",
                      std::string("--format=%(trailers:key=") + trailer::kAttempt + ",valueonly)",
                      c})
            .out);
  }
  EXPECT_EQ(blobs.size(), commits.size());
  EXPECT_EQ(attempts.size(), commits.size());

  // The archive agrees with the lineage: one committed attempt per version, same commits.
  auto archived = testing::Run(
      {"sqlite3", run + "/archive.db", "SELECT commit_id FROM attempts WHERE status='committed'"});
  auto archived_commits = Lines(archived.out);
  EXPECT_EQ(std::set<std::string>(archived_commits.begin(), archived_commits.end()), now);
  EXPECT_EQ(archived_commits.size(), commits.size());
  auto running = testing::Run(
      {"sqlite3", run + "/archive.db", "SELECT count(*) FROM attempts WHERE status='running'"});
  EXPECT_EQ(running.out, "0\n");
}

}  // namespace
}  // namespace avo
