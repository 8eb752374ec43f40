// Behaviour that bugs planted once in the engine, archive and lineage got past the tests
// (issue: "A run that nothing corrupts", tests that would not notice): a time limit that never
// stops the run, failed attempts recorded as rejected, the per-configuration results never
// written, the lineage written without fsync. Each test here fails on one of those.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "testing/avo_cli.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/kill.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

const std::string kAvo = AVO_BINARY;
const std::string kMatmul = std::string(AVO_SOURCE_DIR) + "/tasks/matmul";

using testing::Avo;

std::string Sql(const std::string& run, const std::string& query) {
  auto r = testing::Run({"sqlite3", run + "/archive.db", query});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

// Without --steps the run would go on for hours over matmul's knobs; --time must end it.
TEST(PlantedBugsTest, ATimeLimitStopsAnUnboundedRun) {
  testing::TempDir d;
  auto r =
      Avo({"evolve", kMatmul, "--run", (d.path() / "run").string(), "--time", "2s", "-q"}, 180);
  EXPECT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("time limit reached"), std::string::npos) << r.out;
}

// A candidate whose evaluation fails is a failed attempt, never a rejected one (rejected means
// correct and measured, not faster); its per-configuration rows are written all the same.
TEST(PlantedBugsTest, FailedAndRejectedAttemptsAreToldApartAndEveryResultIsKept) {
  testing::TempDir d;
  // x = 1 (the seed) and x = 2 evaluate; other values of x crash.
  testing::WriteFakeTask(d.path() / "task",
                         "x=$(sed -n 's/^x = \\([0-9]*\\).*/\\1/p' params.txt)\n"
                         "[ \"$x\" -le 2 ] || { echo 'segfault (planted)' >&2; exit 139; }\n" +
                             testing::GoodEvaluatorBody());
  const std::string run = (d.path() / "run").string();
  auto r = Avo(
      {"evolve", (d.path() / "task").string(), "--run", run, "--steps", "14", "--seed", "3", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = testing::Lines(
      Sql(run, "SELECT a.status || ' ' || a.message FROM attempts a WHERE a.step > 0"));
  int failed = 0;
  for (const auto& row : rows) {
    const bool crashes =
        row.find("x 1 -> 3") != std::string::npos || row.find("x 1 -> 4") != std::string::npos ||
        row.find("x 2 -> 3") != std::string::npos || row.find("x 2 -> 4") != std::string::npos;
    if (crashes) {
      EXPECT_EQ(row.rfind("failed ", 0), 0u) << row;
      ++failed;
    }
  }
  EXPECT_GE(failed, 1) << Sql(run, "SELECT status, message FROM attempts");
  EXPECT_NE(Sql(run, "SELECT count(*) FROM attempts WHERE status = 'failed'"), "0\n");
  // Every measured attempt (committed or rejected, the seed included) has a row per
  // configuration of the suite; a crash measured nothing.
  EXPECT_EQ(Sql(run,
                "SELECT count(*) FROM attempts a WHERE a.status IN ('committed', 'rejected') AND "
                "(SELECT count(*) FROM results r WHERE r.attempt_id = a.id) != 2"),
            "0\n");
  EXPECT_NE(Sql(run, "SELECT count(*) FROM attempts WHERE status IN ('committed', 'rejected')"),
            "0\n");
}

// The lineage's objects reach the disk before the branch moves: libgit2's fsync is on.
TEST(PlantedBugsTest, TheLineageIsWrittenWithFsync) {
  if (testing::Run({"sh", "-c", "command -v strace"}).exit_code != 0)
    GTEST_SKIP() << "strace is not installed (scripts/install-deps.sh installs it)";
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  const std::string trace = (d.path() / "trace.txt").string();
  // LeakSanitizer cannot run under ptrace: the sanitizer build's leak check is off for this one.
  auto r = testing::Run(
      {"env", "ASAN_OPTIONS=detect_leaks=0", "strace", "-f", "-y", "-qq", "-e",
       "trace=fsync,fdatasync", "-o", trace, kAvo, "evolve", (d.path() / "task").string(), "--run",
       (d.path() / "run").string(), "--steps", "2", "-q", "--no-sandbox"},
      180);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string text = testing::ReadFile(trace);
  int objects = 0;
  for (const auto& line : testing::Lines(text))
    objects += line.find("lineage.git/objects/") != std::string::npos ? 1 : 0;
  EXPECT_GE(objects, 1) << text.substr(0, 2000);
}

}  // namespace
}  // namespace avo
