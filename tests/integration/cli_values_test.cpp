// Bad command-line values get one line saying what was wrong, in words (issue #28's rough
// edges): never CLI11's range with 300-digit bounds, a port silently replaced, or "A subcommand
// is required" for a misspelt command.
#include <gtest/gtest.h>

#include <algorithm>

#include "testing/avo_cli.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

using testing::Avo;

void ExpectOneLine(const ProcessResult& r, const std::string& expect) {
  EXPECT_NE(r.exit_code, 0) << r.out;
  EXPECT_NE(r.err.find(expect), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(r.err.find("179769"), std::string::npos) << r.err;
}

TEST(CliValuesTest, NumbersOutOfRangeSayTheRangeInWords) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  const std::string task = (d.path() / "task").string(), run = (d.path() / "run").string();
  ExpectOneLine(Avo({"evolve", task, "--run", run, "--jobs", "0"}),
                "--jobs: must be a whole number from 1 to 1024, not '0'");
  ExpectOneLine(Avo({"evolve", task, "--run", run, "--steps", "-1"}),
                "--steps: must be a whole number of at least 1, not '-1'");
  ExpectOneLine(Avo({"evolve", task, "--run", run, "--steps", "0"}),
                "--steps: must be a whole number of at least 1, not '0'");
  ExpectOneLine(Avo({"evolve", task, "--run", run, "--steps", "abc"}),
                "--steps: must be a whole number of at least 1, not 'abc'");
  ExpectOneLine(Avo({"evolve", task, "--run", run, "--islands", "65"}),
                "--islands: must be a whole number from 1 to 64, not '65'");
  ExpectOneLine(Avo({"serve", run, "--port", "99999"}),
                "a port is 0 (any free port) to 65535, not '99999'");
  EXPECT_FALSE(std::filesystem::exists(run));  // nothing was made
}

TEST(CliValuesTest, AnUnknownCommandIsNamed) {
  auto r = Avo({"frobnicate", "x"});
  ExpectOneLine(r, "unknown command 'frobnicate' (commands: init, evolve, status");
  EXPECT_EQ(r.exit_code, 2);
  ExpectOneLine(Avo({}), "a command is required");
}

}  // namespace
}  // namespace avo
