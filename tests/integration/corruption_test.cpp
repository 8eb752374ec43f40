// A run whose archive or lineage was lost or damaged is refused with what happened and how to
// repair it, and nothing is written: never a silently recreated history or a second seed
// (issue: "A run that nothing corrupts").
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "testing/avo_cli.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

using testing::Avo;

class CorruptionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::WriteFakeTask(dir_.path() / "task");
    run_ = (dir_.path() / "run").string();
    auto r = Avo({"evolve", (dir_.path() / "task").string(), "--run", run_, "--steps", "3",
                  "--seed", "5", "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    versions_ = Count();
    ASSERT_GE(versions_, 1);
  }
  int Count() {
    auto log = testing::Run(
        {"git", "--git-dir", run_ + "/lineage.git", "rev-list", "--count", "refs/heads/main"});
    return log.exit_code == 0 ? std::stoi(log.out) : -1;
  }
  // `avo evolve` on the damaged run: refused with one line containing `what`.
  void ExpectRefused(const std::string& what) {
    auto r = Avo({"evolve", run_, "--steps", "2", "-q"});
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_NE(r.err.find(what), std::string::npos) << r.err;
    // One error line (after at most the banner naming the run), no stack trace.
    EXPECT_LE(std::count(r.err.begin(), r.err.end(), '\n'), 2) << r.err;
    EXPECT_NE(r.err.find("avo: error: "), std::string::npos) << r.err;
  }
  testing::TempDir dir_;
  std::string run_;
  int versions_ = 0;
};

// A commit whose ref had moved when its last fsync failed (EIO on the refs directory): the judge
// recorded "not committed (infra error)" for a version git holds. The next start reconciles the
// attempt with the lineage instead of refusing the run for good.
TEST_F(CorruptionTest, AVersionWhoseCommitReportedAnErrorIsReconciled) {
  const std::string db = run_ + "/archive.db";
  auto last = testing::Run(
      {"sqlite3", db, "SELECT id FROM attempts WHERE version = " + std::to_string(versions_ - 1)});
  ASSERT_EQ(last.exit_code, 0) << last.err;
  const std::string id = last.out.substr(0, last.out.find('\n'));
  ASSERT_FALSE(id.empty());
  auto edit = testing::Run(
      {"sqlite3", db,
       "UPDATE attempts SET status = 'interrupted', commit_id = NULL, version = NULL, reason = "
       "'not committed (infra error): lineage: commit: failed to fsync directory' WHERE id = " +
           id});
  ASSERT_EQ(edit.exit_code, 0) << edit.err;
  auto r = Avo({"evolve", run_, "--steps", "1", "-q"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto now = testing::Run({"sqlite3", db, "SELECT status, version FROM attempts WHERE id = " + id});
  EXPECT_EQ(now.out, "committed|" + std::to_string(versions_ - 1) + "\n");
}

// The run state's rows deleted from a run with steps behind it: refused, not started over with
// step 1 again and a new random stream.
TEST_F(CorruptionTest, ADeletedRunStateIsNotANewRun) {
  auto edit = testing::Run({"sqlite3", run_ + "/archive.db", "DELETE FROM run_state"});
  ASSERT_EQ(edit.exit_code, 0) << edit.err;
  ExpectRefused("the run state has no step counter but the archive holds steps");
}

TEST_F(CorruptionTest, ADeletedArchiveIsNotRecreated) {
  std::filesystem::remove(run_ + "/archive.db");
  ExpectRefused("archive.db is missing or empty");
  EXPECT_FALSE(std::filesystem::exists(run_ + "/archive.db"));
}

TEST_F(CorruptionTest, AnEmptiedArchiveIsNotStartedOver) {
  std::ofstream(run_ + "/archive.db", std::ios::trunc).flush();
  ExpectRefused("archive.db is missing or empty");
}

TEST_F(CorruptionTest, RandomBytesInTheArchiveAreFound) {
  std::fstream f(run_ + "/archive.db", std::ios::in | std::ios::out | std::ios::binary);
  f.seekp(4096 + 100);  // inside the second page, past the header SQLite checks on open
  const std::string junk(2000, '\xA5');
  f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  f.close();
  auto r = Avo({"evolve", run_, "--steps", "1", "-q"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("archive.db"), std::string::npos) << r.err;
}

TEST_F(CorruptionTest, ADeletedBranchIsNotASecondSeed) {
  auto del = testing::Run(
      {"git", "--git-dir", run_ + "/lineage.git", "update-ref", "-d", "refs/heads/main"});
  ASSERT_EQ(del.exit_code, 0) << del.err;
  ExpectRefused("that the archive records as committed");
  EXPECT_EQ(Count(), -1);  // nothing was committed: no second seed
  // The message's repair works.
  auto status = Avo({"evolve", run_, "--steps", "1", "-q"});
  const auto at = status.err.find("update-ref refs/heads/main ");
  ASSERT_NE(at, std::string::npos) << status.err;
  const std::string commit = status.err.substr(at + 27, 40);
  ASSERT_EQ(testing::Run({"git", "--git-dir", run_ + "/lineage.git", "update-ref",
                          "refs/heads/main", commit})
                .exit_code,
            0);
  auto again = Avo({"evolve", run_, "--steps", "1", "-q"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_GE(Count(), versions_);
}

TEST_F(CorruptionTest, ADeletedLineageIsRefused) {
  std::filesystem::remove_all(run_ + "/lineage.git");
  ExpectRefused("the run's lineage is gone");
  EXPECT_FALSE(std::filesystem::exists(run_ + "/lineage.git"));
}

// An object of the head lost from the repository (a disk error, a bad copy) is found when the
// run opens, not a few steps later when a step first needs that file.
TEST_F(CorruptionTest, AHeadWithAMissingBlobIsRefusedAtOpen) {
  const std::string git = run_ + "/lineage.git";
  auto tree = testing::Run({"git", "--git-dir", git, "ls-tree", "-r", "refs/heads/main"});
  ASSERT_EQ(tree.exit_code, 0) << tree.err;
  // A candidate file's blob (not the score file, which the lineage reads anyway).
  std::string blob;
  std::istringstream lines(tree.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("avo-score.json") == std::string::npos &&
        line.find(" blob ") != std::string::npos)
      blob = line.substr(line.find(" blob ") + 6, 40);
  }
  ASSERT_EQ(blob.size(), 40u) << tree.out;
  const auto loose = std::filesystem::path(git) / "objects" / blob.substr(0, 2) / blob.substr(2);
  ASSERT_TRUE(std::filesystem::exists(loose)) << "not a loose object: " << loose;
  std::filesystem::remove(loose);
  ExpectRefused("cannot be read whole");
  EXPECT_EQ(Count(), versions_);  // nothing was committed
}

}  // namespace
}  // namespace avo
