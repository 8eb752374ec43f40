// The Slurm job script, run here by sh without Slurm: what a job does on a node. (The launcher
// against a real cluster is tests/integration/slurm_test.cpp.)
#include "avo/eval/slurm_launcher.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "avo/util/fs.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

namespace fs = std::filesystem;

ProcessResult RunScript(const fs::path& dir, int timeout_s = 30) {
  ProcessOptions p;
  p.argv = {"sh", (dir / "job.sh").string()};
  p.env = {{"SLURM_JOB_ID", ""}};  // not a Slurm job: its self-cancel falls back to kill
  p.timeout = std::chrono::seconds(timeout_s);
  auto r = RunProcess(p);
  EXPECT_TRUE(r.ok());
  return r.ok() ? *r : ProcessResult{};
}

TEST(SlurmJobScriptTest, RunsTheCommandWithItsOwnEnvironmentAndWritesTheSentinelLast) {
  testing::TempDir d;
  fs::create_directories(d.path() / "work");
  std::ofstream(d.path() / "heartbeat") << "\n";
  ProcessOptions o;
  o.argv = {"sh", "-c", "echo \"$GREETING from $(pwd)\"; echo \"home=${HOME:-none}\" >&2; exit 3"};
  o.cwd = d.path() / "work";
  o.env = {{"GREETING", "it's me"}, {"PATH", "/usr/bin:/bin"}};
  ASSERT_TRUE(WriteFile(d.path() / "job.sh", SlurmJobScript(o, d.path(), 60)).ok());
  auto r = RunScript(d.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(*ReadFile(d.path() / "out"), "it's me from " + (d.path() / "work").string() + "\n");
  EXPECT_EQ(*ReadFile(d.path() / "err"), "home=none\n");  // env -i: nothing of the job's own
  auto exit_line = ReadFile(d.path() / "exit");
  ASSERT_TRUE(exit_line.ok());
  EXPECT_EQ(exit_line->substr(0, 2), "3 ");
  EXPECT_TRUE(fs::exists(d.path() / "started"));
  EXPECT_FALSE(fs::exists(d.path() / "exit.tmp"));
}

TEST(SlurmJobScriptTest, AppliesTheLimitsAndReportsAMissingDirectory) {
  testing::TempDir d;
  std::ofstream(d.path() / "heartbeat") << "\n";
  ProcessOptions o;
  o.argv = {"sh", "-c", "ulimit -t; ulimit -f"};
  o.cwd = d.path();
  o.env = {{"PATH", "/usr/bin:/bin"}};
  o.cpu_limit_s = 7;
  o.file_size_limit_bytes = 1024 * 1024;
  ASSERT_TRUE(WriteFile(d.path() / "job.sh", SlurmJobScript(o, d.path(), 60)).ok());
  RunScript(d.path());
  EXPECT_EQ(*ReadFile(d.path() / "out"), "7\n2048\n");

  o.cwd = d.path() / "missing";
  ASSERT_TRUE(WriteFile(d.path() / "job.sh", SlurmJobScript(o, d.path(), 60)).ok());
  RunScript(d.path());
  EXPECT_EQ(ReadFile(d.path() / "exit")->substr(0, 4), "126 ");
}

// avo was killed: nobody touches the heartbeat, and the job ends itself instead of running on.
TEST(SlurmJobScriptTest, AJobWhoseHeartbeatGoesStaleEndsItself) {
  testing::TempDir d;
  std::ofstream(d.path() / "heartbeat") << "\n";
  fs::last_write_time(d.path() / "heartbeat",
                      fs::file_time_type::clock::now() - std::chrono::hours(1));
  ProcessOptions o;
  o.argv = {"sleep", "60"};
  o.cwd = d.path();
  o.env = {{"PATH", "/usr/bin:/bin"}};
  ASSERT_TRUE(WriteFile(d.path() / "job.sh", SlurmJobScript(o, d.path(), 5)).ok());
  const auto t0 = std::chrono::steady_clock::now();
  RunScript(d.path(), 60);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(20));
  EXPECT_TRUE(fs::exists(d.path() / "orphaned"));
  EXPECT_FALSE(fs::exists(d.path() / "exit"));  // no result: avo, if it comes back, sees none
}

}  // namespace
}  // namespace avo
