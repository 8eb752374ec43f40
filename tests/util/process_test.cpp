#include "avo/util/process.h"

#include <gtest/gtest.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>

#include "testing/temp_dir.h"

namespace avo {
namespace {

ProcessOptions Sh(const std::string& cmd, int timeout_ms = 5000) {
  ProcessOptions o;
  o.argv = ShellCommand(cmd);
  o.timeout = std::chrono::milliseconds(timeout_ms);
  o.kill_grace = std::chrono::milliseconds(300);
  return o;
}

// A killed process whose parent is gone may stay a zombie under a container's init: not alive.
bool Alive(pid_t pid) {
  if (kill(pid, 0) != 0) return false;
  std::string stat = testing::ReadFile("/proc/" + std::to_string(pid) + "/stat");
  auto rp = stat.rfind(')');
  return rp != std::string::npos && rp + 2 < stat.size() && stat[rp + 2] != 'Z';
}

TEST(ProcessTest, CapturesOutputAndExitCode) {
  auto r = RunProcess(Sh("echo out; echo err >&2; exit 3"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->exit_code, 3);
  EXPECT_EQ(r->out, "out\n");
  EXPECT_EQ(r->err, "err\n");
  EXPECT_FALSE(r->ok());
  EXPECT_EQ(r->Describe(), "exit 3");
}

TEST(ProcessTest, PassesEnvironmentAndWorkingDirectory) {
  testing::TempDir dir;
  auto o = Sh("pwd; echo $AVO_X");
  o.cwd = dir.path();
  o.env["AVO_X"] = "hello";
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->out, dir.path().string() + "\nhello\n");
}

TEST(ProcessTest, RemovesNamedVariables) {
  setenv("AVO_TEST_SECRET_API_KEY", "sk-123", 1);
  auto o = Sh("echo \"[$AVO_TEST_SECRET_API_KEY]\"");
  o.env_remove = {"AVO_TEST_SECRET_API_KEY"};
  auto r = RunProcess(o);
  unsetenv("AVO_TEST_SECRET_API_KEY");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->out, "[]\n");
}

TEST(ProcessTest, KillsAHangingChildAtTheDeadline) {
  const auto t0 = std::chrono::steady_clock::now();
  auto r = RunProcess(Sh("sleep 30", 300));
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->timed_out);
  EXPECT_LT(s, 3.0);
  EXPECT_NE(r->Describe().find("timed out"), std::string::npos);
}

TEST(ProcessTest, KillsAChildThatIgnoresSigterm) {
  const auto t0 = std::chrono::steady_clock::now();
  auto r = RunProcess(Sh("trap '' TERM; while true; do sleep 0.05; done", 300));
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->timed_out);
  EXPECT_LT(s, 4.0);
}

TEST(ProcessTest, ReportsTheKillingSignal) {
  auto r = RunProcess(Sh("kill -SEGV $$"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->term_signal, SIGSEGV);
  EXPECT_EQ(r->Describe(), "killed by SIGSEGV");
}

TEST(ProcessTest, BoundsAFloodOfOutputAndKeepsHeadAndTail) {
  auto o = Sh("echo FIRST; head -c 50000000 /dev/zero | tr '\\0' x; echo; echo LAST", 20000);
  o.output_cap_bytes = 4096;
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->exit_code, 0);
  EXPECT_GT(r->out_bytes, 50'000'000u);
  EXPECT_LT(r->out.size(), 4096u + 100u);
  EXPECT_EQ(r->out.rfind("FIRST", 0), 0u);
  EXPECT_NE(r->out.find("LAST"), std::string::npos);
  EXPECT_NE(r->out.find("bytes dropped"), std::string::npos);
}

TEST(ProcessTest, KillsBackgroundChildrenLeftInTheGroup) {
  testing::TempDir dir;
  auto r = RunProcess(Sh("sleep 60 & echo $! > " + (dir.path() / "pid").string() + "; exit 0"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->exit_code, 0);
  const pid_t pid = std::stoi(testing::ReadFile(dir.path() / "pid"));
  for (int i = 0; i < 50 && Alive(pid); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_FALSE(Alive(pid));
}

TEST(ProcessTest, KillsDescendantsThatEscapedIntoTheirOwnSession) {
  EnableOrphanReaping();
  testing::TempDir dir;
  // setsid puts the grandchild in a new session and process group: killpg cannot reach it, and it
  // keeps stdout open. Only the subreaper sweep finds it.
  auto r = RunProcess(Sh("setsid sh -c 'echo $$ > " + (dir.path() / "pid").string() +
                             "; sleep 60' & sleep 0.3; exit 0",
                         10000));
  ASSERT_TRUE(r.ok());
  EXPECT_LT(r->wall_s, 6.0);
  const pid_t pid = std::stoi(testing::ReadFile(dir.path() / "pid"));
  for (int i = 0; i < 50 && Alive(pid); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_FALSE(Alive(pid));
  EXPECT_GE(r->orphans_killed, 1);
}

// avo killed by SIGKILL mid-command (its stand-in here: a forked copy of the test that runs the
// command): the command and its background children die with it, long before their deadline.
TEST(ProcessTest, TheCommandDiesWithAKilledParent) {
  testing::TempDir dir;
  const std::string pids = (dir.path() / "pids").string();
  const pid_t parent = fork();
  ASSERT_GE(parent, 0);
  if (parent == 0) {
    auto r = RunProcess(Sh(
        "sleep 60 & echo $! $$ > " + pids + ".tmp; mv " + pids + ".tmp " + pids + "; wait", 60000));
    _exit(r.ok() ? 0 : 1);
  }
  for (int i = 0; i < 250 && !std::filesystem::exists(pids); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  ASSERT_TRUE(std::filesystem::exists(pids));
  kill(parent, SIGKILL);
  int status = 0;
  waitpid(parent, &status, 0);
  std::istringstream in(testing::ReadFile(pids));
  pid_t background = 0, shell = 0;
  in >> background >> shell;
  ASSERT_GT(background, 0);
  ASSERT_GT(shell, 0);
  for (int i = 0; i < 100 && (Alive(background) || Alive(shell)); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_FALSE(Alive(shell));
  EXPECT_FALSE(Alive(background));
}

// Ctrl-C while an agent's shell command runs: stopped at once, not at its deadline.
TEST(ProcessTest, ACancelledCommandStopsAtOnce) {
  auto o = Sh("sleep 30", 60000);
  const auto start = std::chrono::steady_clock::now();
  o.cancelled = [start] {
    return std::chrono::steady_clock::now() - start > std::chrono::milliseconds(200);
  };
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->cancelled);
  EXPECT_FALSE(r->ok());
  EXPECT_LT(r->wall_s, 5.0);
  EXPECT_NE(r->Describe().find("stopped on request"), std::string::npos) << r->Describe();
}

// The guard between avo and the command passes the command's own ending on.
TEST(ProcessTest, ReportsTheCommandsOwnSignalAndExitCode) {
  auto segv = RunProcess(Sh("kill -SEGV $$"));
  ASSERT_TRUE(segv.ok());
  EXPECT_EQ(segv->term_signal, SIGSEGV);
  auto code = RunProcess(Sh("exit 42"));
  ASSERT_TRUE(code.ok());
  EXPECT_EQ(code->exit_code, 42);
  EXPECT_EQ(code->term_signal, 0);
}

TEST(ProcessTest, AppliesTheMemoryLimit) {
  auto o = Sh("python3 -c 'x = bytearray(512 * 1024 * 1024)'");
  o.memory_limit_bytes = 256ull * 1024 * 1024;
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->ok());
}

// An evaluation slot's cores (eval/slots.h): the command and what it starts run on them alone.
TEST(ProcessTest, PinsTheCommandToItsCores) {
  cpu_set_t mine;
  CPU_ZERO(&mine);
  ASSERT_EQ(sched_getaffinity(0, sizeof mine, &mine), 0);
  int last = -1;
  for (int c = 0; c < CPU_SETSIZE; ++c) {
    if (CPU_ISSET(c, &mine)) last = c;
  }
  ASSERT_GE(last, 0);
  auto o = Sh("sh -c 'grep Cpus_allowed_list /proc/self/status'");
  o.cpus = {last};
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->out, "Cpus_allowed_list:\t" + std::to_string(last) + "\n");
  o.cpus = {};
  auto any = RunProcess(o);
  ASSERT_TRUE(any.ok());
  if (CPU_COUNT(&mine) > 1) {
    EXPECT_NE(any->out, r->out);
  }
}

TEST(ProcessTest, FeedsStandardInput) {
  auto o = Sh("cat");
  o.stdin_data = "brief\n";
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->out, "brief\n");
}

TEST(ProcessTest, ReportsAMissingProgram) {
  ProcessOptions o;
  o.argv = {"/nonexistent/program"};
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->exit_code, 127);
}

}  // namespace
}  // namespace avo
