#include "testing/run_checks.h"

#include <gtest/gtest.h>

#include "avo/lineage/trailers.h"
#include "testing/kill.h"
#include "testing/temp_dir.h"

namespace avo::testing {

std::vector<std::string> LineageCommits(const std::string& run) {
  return Lines(Run({"git", "--git-dir", run + "/lineage.git", "log", "--format=%H"}).out);
}

std::vector<std::string> ExpectWholeRun(const std::string& run, const std::set<std::string>& seen,
                                        const std::string& file) {
  const std::string git_dir = run + "/lineage.git";
  auto fsck = Run({"git", "--git-dir", git_dir, "fsck", "--strict"});
  EXPECT_EQ(fsck.exit_code, 0) << fsck.out << fsck.err;
  auto integrity = Run({"sqlite3", run + "/archive.db", "PRAGMA integrity_check"});
  EXPECT_EQ(integrity.out, "ok\n") << integrity.err;

  const auto commits = LineageCommits(run);
  const std::set<std::string> now(commits.begin(), commits.end());
  for (const auto& c : seen) EXPECT_EQ(now.count(c), 1u) << "lost " << c;
  std::set<std::string> blobs, attempts;
  for (const auto& c : commits) {
    blobs.insert(Run({"git", "--git-dir", git_dir, "rev-parse", c + ":" + file}).out);
    attempts.insert(
        Run({"git", "--git-dir", git_dir, "log", "-1",
             std::string("--format=%(trailers:key=") + trailer::kAttempt + ",valueonly)", c})
            .out);
  }
  EXPECT_EQ(blobs.size(), commits.size());
  EXPECT_EQ(attempts.size(), commits.size());
  auto archived = Lines(Run({"sqlite3", run + "/archive.db",
                             "SELECT commit_id FROM attempts WHERE status='committed'"})
                            .out);
  EXPECT_EQ(std::set<std::string>(archived.begin(), archived.end()), now);
  EXPECT_EQ(archived.size(), commits.size());
  EXPECT_EQ(
      Run({"sqlite3", run + "/archive.db", "SELECT count(*) FROM attempts WHERE status='running'"})
          .out,
      "0\n");
  return commits;
}

}  // namespace avo::testing
