// What a task command can reach: confinement (writes outside the workspace refused, the result
// directory out of the build's reach) and the environment allow-list.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "avo/eval/local_evaluator.h"
#include "avo/util/confinement.h"
#include "avo/util/landlock.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {
namespace fs = std::filesystem;

// A run-like layout: RUN/task (what is evaluated), RUN/scratch, and a tool directory with a helper
// program the evaluate command runs by name. Outside /tmp when /var/tmp is writable, so the
// read-only root bind is what refuses the writes (under /tmp the private tmpfs hides paths too).
class IsolationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::path(access("/var/tmp", W_OK) == 0 ? "/var/tmp" : tmp_.path()) /
            ("avo-isolation-" + std::to_string(getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(base_);
    fs::create_directories(base_ / "run" / "scratch");
    fs::create_directories(base_ / "tools");
    std::ofstream(base_ / "tools" / "avo-fake-harness") << "#!/bin/sh\necho harness ran\n";
    // Installed as tools are (0755): task commands may run as another, unprivileged uid.
    fs::permissions(base_ / "tools" / "avo-fake-harness",
                    fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                        fs::perms::others_read | fs::perms::others_exec);
  }
  void TearDown() override { fs::remove_all(base_); }

  // Writes the fake task into RUN/task with `body` as the evaluator and `extra` appended to
  // task.toml, and scores the task's own files.
  Evaluation Score(const std::string& body, const std::string& extra = "", bool pass_seed = false) {
    testing::WriteFakeTask(task_dir(), body, 20, extra);
    if (pass_seed) {
      std::string toml = testing::ReadFile(task_dir() / "task.toml");
      const std::string cmd = "command = \"sh evaluate.sh\"";
      toml.replace(toml.find(cmd), cmd.size(), cmd + "\npass_seed = true");
      std::ofstream(task_dir() / "task.toml") << toml;
    }
    auto task = LoadTask(task_dir());
    EXPECT_TRUE(task.ok()) << task.status().message();
    auto options = testing::EvaluatorOptions(base_ / "run" / "scratch");
    options.tool_dirs = {base_ / "tools"};
    LocalEvaluator ev(*task, options);
    auto files = ReadFileSet(task->dir, task->editable);
    return ev.Score(*files, {});
  }
  [[nodiscard]] fs::path task_dir() const { return base_ / "run" / "task"; }

  testing::TempDir tmp_;
  fs::path base_;
};

// The confinement tests, once per confiner (confinement.h): $AVO_CONFINE picks it. Each skips
// where its confiner does not work here, saying why.
class ConfinedTest : public IsolationTest, public ::testing::WithParamInterface<std::string> {
 protected:
  void SetUp() override {
    IsolationTest::SetUp();
    setenv("AVO_CONFINE", GetParam().c_str(), 1);
    // The tests run in-process: avo-confine is found on PATH, as beside the avo binary.
    const char* path = std::getenv("PATH");
    path_ = path != nullptr ? path : "";
    setenv("PATH", (std::string(AVO_TOOL_DIR) + ":" + path_).c_str(), 1);
    if (!ConfinementAvailable().ok())
      GTEST_SKIP() << GetParam() << " does not work here: " << ConfinementAvailable().message();
  }
  void TearDown() override {
    unsetenv("AVO_CONFINE");
    setenv("PATH", path_.c_str(), 1);
    IsolationTest::TearDown();
  }
  [[nodiscard]] bool bwrap() const { return GetParam() == "bwrap"; }
  // How a path outside the allow-list looks from inside: absent from bwrap's mount view, present
  // but refused under Landlock.
  [[nodiscard]] std::string Outside(const std::string& path) const {
    return path + (bwrap() ? ": No such file or directory" : ": Permission denied");
  }

 private:
  std::string path_;
};

std::string ConfinerName(const ::testing::TestParamInfo<std::string>& p) { return p.param; }

INSTANTIATE_TEST_SUITE_P(Confiners, ConfinedTest, ::testing::Values("bwrap", "landlock"),
                         ConfinerName);

TEST_P(ConfinedTest, WritesOutsideTheWorkspaceAreRefused) {
  const std::string tools = (base_ / "tools").string();
  const std::string run = (base_ / "run").string();
  // Each attempt may fail; the evaluator goes on and reports a correct result regardless.
  Evaluation e = Score(
      "avo-fake-harness\n"
      "echo 'atol = 1' >> \"$AVO_TASK_DIR/task.toml\" || true\n"
      "echo tampered > \"$AVO_TASK_DIR/evaluate.sh\" || true\n"
      "touch " +
      run +
      "/escaped || true\n"
      "echo tampered >> " +
      tools +
      "/avo-fake-harness || true\n"
      "touch " +
      tools +
      "/beside || true\n"
      "echo ok > built-here.txt\n" +
      testing::GoodEvaluatorBody());
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.eval_log;
  EXPECT_NE(e.eval_log.find("harness ran"), std::string::npos) << e.eval_log;
  const std::string toml = testing::ReadFile(task_dir() / "task.toml");
  EXPECT_EQ(toml.find("atol = 1"), std::string::npos);
  EXPECT_EQ(testing::ReadFile(task_dir() / "evaluate.sh").rfind("#!/bin/sh\n", 0), 0u);
  EXPECT_FALSE(fs::exists(base_ / "run" / "escaped"));
  EXPECT_EQ(testing::ReadFile(base_ / "tools" / "avo-fake-harness"),
            "#!/bin/sh\necho harness ran\n");
  EXPECT_FALSE(fs::exists(base_ / "tools" / "beside"));
}

// Run by root, bwrap keeps every capability inside the sandbox unless told otherwise, and a
// command with CAP_SYS_ADMIN remounts the read-only view of / read-write and writes the run.
// Confined commands hold no capability at all, whoever runs avo.
TEST_P(ConfinedTest, ConfinedCommandsHoldNoCapability) {
  const std::string run = (base_ / "run").string();
  Evaluation e = Score(
      "grep CapEff /proc/self/status\n"
      "mount -o remount,rw / 2>/dev/null && echo REMOUNTED\n"
      "touch " +
      run + "/escaped 2>/dev/null || true\n" + testing::GoodEvaluatorBody());
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.eval_log;
  EXPECT_NE(e.eval_log.find("CapEff:\t0000000000000000"), std::string::npos) << e.eval_log;
  EXPECT_EQ(e.eval_log.find("REMOUNTED"), std::string::npos) << e.eval_log;
  EXPECT_FALSE(fs::exists(base_ / "run" / "escaped"));
}

TEST_P(ConfinedTest, TheBuildCannotReachTheResult) {
  // The build forges a result beside its workspace; the evaluate command writes none, so the
  // only result there could be is the forged one.
  Evaluation e =
      Score("exit 0\n",
            "[build]\ncommand = \"test -z \\\"$AVO_RESULT\\\" && for d in ../*.meta/out; "
            "do echo forged > $d/result.json || true; done; true\"\n");
  EXPECT_EQ(e.outcome, Outcome::kInvalidResult) << e.reason << "\n" << e.build_log;
  EXPECT_NE(e.reason.find("wrote no result"), std::string::npos) << e.reason;
}

// The file system a task command sees is an allow-list: a file outside it (beside the run, in
// a home, /etc/shadow) does not exist there, so neither a build's #include nor an evaluate
// command can carry its contents back in a log.
TEST_P(ConfinedTest, CommandsReadNothingOutsideTheAllowList) {
  const fs::path secret = base_ / "secret.txt";
  std::ofstream(secret) << "the-secret-contents\n";
  std::ofstream(base_ / "run" / "private-notes.txt") << "notes\n";
  const std::string probe = "cat " + secret.string() + " /etc/shadow /etc/sudoers 2>&1 || true; " +
                            "ls -A " + (base_ / "run").string() + " /root /home 2>&1 || true";
  Evaluation e = Score("echo '--- evaluate'\n" + probe + "\n" + testing::GoodEvaluatorBody(),
                       "[build]\ncommand = \"" + probe + "\"\n");
  ASSERT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.build_log << e.eval_log;
  for (const auto* log : {&e.build_log, &e.eval_log}) {
    EXPECT_EQ(log->find("the-secret-contents"), std::string::npos) << *log;
    EXPECT_NE(log->find(Outside(secret.string())), std::string::npos) << *log;
    EXPECT_NE(log->find(Outside("/etc/shadow")), std::string::npos) << *log;
    // The run's own directory shows only what was bound into it (the task, the workspaces).
    EXPECT_EQ(log->find("private-notes"), std::string::npos) << *log;
  }
}

// HOME is an empty private directory; another process's environment cannot be read (bwrap:
// /proc shows the command's own processes only; Landlock: ptrace's access check, which guards
// environ, is scoped to the command's own processes).
TEST_P(ConfinedTest, CommandsGetAPrivateHomeAndTheirOwnProcessesOnly) {
  const std::string avo_environ = "/proc/" + std::to_string(getpid()) + "/environ";
  Evaluation e = Score(
      "echo \"home=$HOME entries=$(ls -A \"$HOME\" | wc -l)\"\n"
      "echo mine > \"$HOME/written\" && echo home-writable\n"
      "echo \"processes=$(ls -d /proc/[0-9]* | wc -l)\"\n"
      "head -c 1 " +
      avo_environ +
      " >/dev/null 2>&1 && echo environ-readable\n"
      "test -e /proc/" +
      std::to_string(getppid()) + "/cmdline && grep -q . /proc/" + std::to_string(getppid()) +
      "/cmdline && echo parent-visible\n" + testing::GoodEvaluatorBody());
  ASSERT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.eval_log;
  EXPECT_NE(e.eval_log.find(bwrap() ? "home=/tmp/home entries=0" : "/private-eval/home entries=0"),
            std::string::npos)
      << e.eval_log;
  EXPECT_NE(e.eval_log.find("home-writable"), std::string::npos) << e.eval_log;
  EXPECT_EQ(e.eval_log.find("environ-readable"), std::string::npos) << e.eval_log;
  if (!bwrap()) return;  // Landlock hides no process: their command lines stay readable
  EXPECT_EQ(e.eval_log.find("parent-visible"), std::string::npos) << e.eval_log;
  // sh, ls and the command substitution's subshell, plus bwrap's init: a handful, never the
  // host's hundreds.
  const auto at = e.eval_log.find("processes=");
  ASSERT_NE(at, std::string::npos) << e.eval_log;
  EXPECT_LE(std::stoi(e.eval_log.substr(at + 10)), 8) << e.eval_log;
}

// CUDA's initialisation names its threads through /proc/self/task/TID/comm and fails when it
// cannot (cudaErrorOperatingSystem): a confined command may write its own /proc entries. Run
// by root under Landlock it does so as an unprivileged uid, so the kernel's files there
// (/proc/sys) stay out of reach; under bwrap, /proc/sys is mounted read-only.
TEST_P(ConfinedTest, CommandsNameTheirThreadsButCannotWriteKernelSettings) {
  Evaluation e = Score(
      "echo \"uid=$(id -u)\"\n"
      "echo renamed > /proc/self/task/$$/comm && echo comm-written\n"
      "echo avo > /proc/sys/kernel/domainname 2>/dev/null && echo SYSCTL-WRITTEN\n"
      "echo 1 > /proc/sys/vm/drop_caches 2>/dev/null && echo SYSCTL-WRITTEN\n"
      "echo ok > made-by-the-command.txt && echo workspace-writable\n" +
      testing::GoodEvaluatorBody());
  ASSERT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.eval_log;
  EXPECT_NE(e.eval_log.find("comm-written"), std::string::npos) << e.eval_log;
  EXPECT_EQ(e.eval_log.find("SYSCTL-WRITTEN"), std::string::npos) << e.eval_log;
  EXPECT_NE(e.eval_log.find("workspace-writable"), std::string::npos) << e.eval_log;
  if (!bwrap() && geteuid() == 0) {
    EXPECT_NE(e.eval_log.find("uid=65534"), std::string::npos) << e.eval_log;
  }
}

// No network unless the task asks: a server listening on the host's loopback cannot be reached
// (bwrap: a network namespace of its own; Landlock: TCP connect refused, kernels with ABI 4+).
TEST_P(ConfinedTest, ALoopbackServerOfTheHostCannotBeReached) {
  if (!bwrap() && LandlockAbi() < 4) GTEST_SKIP() << "Landlock ABI " << LandlockAbi() << " < 4";
  const int server = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(server, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(server, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(listen(server, 4), 0);
  socklen_t len = sizeof addr;
  ASSERT_EQ(getsockname(server, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  const std::string connect =
      "python3 -c 'import socket; socket.create_connection((\"127.0.0.1\", " +
      std::to_string(ntohs(addr.sin_port)) + "), 2); print(\"connected\")' 2>&1 | tail -1\n";
  Evaluation e = Score(connect + testing::GoodEvaluatorBody());
  close(server);
  ASSERT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.eval_log;
  EXPECT_EQ(e.eval_log.find("connected\n"), std::string::npos) << e.eval_log;
  EXPECT_NE(e.eval_log.find("Error"), std::string::npos) << e.eval_log;
}

// A build has an address-space bound of its own ([build] memory_mb, 8 GiB by default, under
// [limits] memory_mb where that is set): a compiler made to read /dev/zero stops there.
TEST_F(IsolationTest, ABuildIsStoppedAtItsMemoryBound) {
  const std::string grab =
      "python3 -c 'import mmap; m = mmap.mmap(-1, 512 << 20); print(\\\"reserved\\\")'";
  Evaluation small =
      Score(testing::GoodEvaluatorBody(), "[build]\ncommand = \"" + grab + "\"\nmemory_mb = 256\n");
  EXPECT_EQ(small.outcome, Outcome::kBuildFailed) << small.reason << "\n" << small.build_log;
  EXPECT_EQ(small.build_log.find("reserved"), std::string::npos) << small.build_log;
  Evaluation enough = Score(testing::GoodEvaluatorBody(),
                            "[build]\ncommand = \"" + grab + "\"\nmemory_mb = 1024\n");
  EXPECT_EQ(enough.outcome, Outcome::kScored) << enough.reason << "\n" << enough.build_log;
  EXPECT_NE(enough.build_log.find("reserved"), std::string::npos) << enough.build_log;
}

// The result's directory is writable by the evaluate command (and whatever candidate process
// it runs): avo reads the result only from a regular file there, never through a link to another
// file, and a FIFO makes it wait for nothing.
TEST_F(IsolationTest, TheResultIsReadOnlyFromARegularFile) {
  const std::string elsewhere =
      "out=\"$AVO_RESULT\"\nAVO_RESULT=\"$PWD/elsewhere.json\"\n" + testing::GoodEvaluatorBody();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {elsewhere + "ln -s \"$PWD/elsewhere.json\" \"$out\"\n", "is a symbolic link"},
      {"mkfifo \"$AVO_RESULT\"\n", "is not a regular file"},
      {"mkdir \"$AVO_RESULT\"\n", "is not a regular file"},
  };
  for (const auto& [body, why] : cases) {
    Evaluation e = Score(body);
    EXPECT_EQ(e.outcome, Outcome::kInvalidResult) << body << e.reason << "\n" << e.eval_log;
    EXPECT_NE(e.reason.find("$AVO_RESULT " + why), std::string::npos) << e.reason;
  }
}

TEST_F(IsolationTest, CommandsSeeOnlyTheAllowListedEnvironment) {
  setenv("FOO_API_KEY", "sk-secret", 1);
  setenv("AWS_SECRET_ACCESS_KEY", "aws-secret", 1);
  setenv("SSH_AUTH_SOCK", "/tmp/agent.sock", 1);
  setenv("AVO_TEST_ARBITRARY", "1", 1);
  setenv("SOME_ARBITRARY_VARIABLE", "1", 1);
  setenv("PASSED_BY_THE_TASK", "yes", 1);
  Evaluation e = Score("echo '--- evaluate'\nenv\n" + testing::GoodEvaluatorBody(),
                       "[build]\ncommand = \"echo '--- build'; env\"\n"
                       "[sandbox]\nenv = [\"PASSED_BY_THE_TASK\"]\n");
  for (const char* v : {"FOO_API_KEY", "AWS_SECRET_ACCESS_KEY", "SSH_AUTH_SOCK",
                        "AVO_TEST_ARBITRARY", "SOME_ARBITRARY_VARIABLE", "PASSED_BY_THE_TASK"})
    unsetenv(v);
  ASSERT_EQ(e.outcome, Outcome::kScored) << e.reason;
  for (const auto* log : {&e.build_log, &e.eval_log}) {
    for (const char* hidden :
         {"FOO_API_KEY=", "sk-secret", "AWS_SECRET_ACCESS_KEY=", "SSH_AUTH_SOCK=",
          "AVO_TEST_ARBITRARY=", "SOME_ARBITRARY_VARIABLE=", "AVO_SEED="})
      EXPECT_EQ(log->find(hidden), std::string::npos) << hidden << " in\n" << *log;
    EXPECT_NE(log->find("PASSED_BY_THE_TASK=yes"), std::string::npos) << *log;
    EXPECT_NE(log->find("PATH=" + (base_ / "tools").string() + ":"), std::string::npos) << *log;
    EXPECT_NE(log->find("AVO_WORKSPACE="), std::string::npos) << *log;
  }
  // The evaluate command gets its inputs and the result path; the build gets neither.
  for (const char* v : {"AVO_CONFIGS=", "AVO_RESULT=", "AVO_BASELINES=0"}) {
    EXPECT_NE(e.eval_log.find(v), std::string::npos) << v << " not in\n" << e.eval_log;
    EXPECT_EQ(e.build_log.find(v), std::string::npos) << v << " in\n" << e.build_log;
  }
  EXPECT_EQ(e.diagnostics.value("seed", "x"), "");
}

TEST_F(IsolationTest, TheSeedIsPassedOnlyWhenTheTaskAsks) {
  Evaluation e = Score("env\n" + testing::GoodEvaluatorBody(), "", true);
  ASSERT_EQ(e.outcome, Outcome::kScored) << e.reason;
  EXPECT_NE(e.eval_log.find("AVO_SEED="), std::string::npos) << e.eval_log;
  EXPECT_FALSE(e.diagnostics.value("seed", "").empty());
}

TEST_F(IsolationTest, WithoutBwrapAConfinedTaskIsAnInfraError) {
  if (testing::ConfinementWorks()) GTEST_SKIP() << "bwrap works here; the fallback is not taken";
  testing::WriteFakeTask(task_dir());
  auto task = LoadTask(task_dir());
  ASSERT_TRUE(task.ok());
  LocalEvaluatorOptions options;
  options.scratch_dir = base_ / "run" / "scratch";
  LocalEvaluator ev(*task, options);
  Evaluation e = ev.Score(*ReadFileSet(task->dir, task->editable), {});
  EXPECT_EQ(e.outcome, Outcome::kInfraError);
  EXPECT_EQ(e.reason.rfind("bwrap unavailable: ", 0), 0u) << e.reason;
  EXPECT_EQ(e.reason.find('\n'), std::string::npos) << e.reason;
}

TEST_F(IsolationTest, AnUnconfinedTaskRunsWithoutBwrap) {
  // [sandbox] enabled = false is the task's explicit choice; it runs whether bwrap works or not.
  testing::WriteFakeTask(task_dir(), "", 20, "[sandbox]\nenabled = false\n");
  auto task = LoadTask(task_dir());
  ASSERT_TRUE(task.ok());
  LocalEvaluatorOptions options;
  options.scratch_dir = base_ / "run" / "scratch";
  LocalEvaluator ev(*task, options);
  Evaluation e = ev.Score(*ReadFileSet(task->dir, task->editable), {});
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason;
}

// One of avo's trusted programs that cannot start here (exit 127: a missing driver library) is
// the machine's failure, said with what the task needs ([evaluate] needs), never the candidate's.
TEST_F(IsolationTest, AnEvaluatorThatCannotStartSaysWhatTheTaskNeeds) {
  std::ofstream(base_ / "tools" / "avo-broken-harness")
      << "#!/bin/sh\necho 'avo-broken-harness: error while loading shared libraries: "
         "libcuda.so.1: cannot open shared object file' >&2\nexit 127\n";
  fs::permissions(base_ / "tools" / "avo-broken-harness", fs::perms::owner_all);
  testing::WriteFakeTask(task_dir(), "", 20);
  std::string toml = testing::ReadFile(task_dir() / "task.toml");
  const std::string cmd = "command = \"sh evaluate.sh\"";
  toml.replace(toml.find(cmd), cmd.size(),
               "command = \"avo-broken-harness\"\nneeds = \"a test accelerator and its driver\"");
  std::ofstream(task_dir() / "task.toml") << toml;
  auto task = LoadTask(task_dir());
  ASSERT_TRUE(task.ok()) << task.status().message();
  EXPECT_EQ(task->evaluate.needs, "a test accelerator and its driver");
  auto options = testing::EvaluatorOptions(base_ / "run" / "scratch");
  options.tool_dirs = {base_ / "tools"};
  LocalEvaluator ev(*task, options);
  Evaluation e = ev.Score(*ReadFileSet(task->dir, task->editable), {});
  EXPECT_EQ(e.outcome, Outcome::kInfraError) << e.reason;
  EXPECT_NE(e.reason.find("libcuda.so.1"), std::string::npos) << e.reason;
  EXPECT_NE(e.reason.find("task 'fake' needs a test accelerator and its driver"), std::string::npos)
      << e.reason;
}

// The user's toolchain is readable by prefix: a conda- or pyenv-like prefix's bin/ (or shims/)
// brings the prefix; a library directory comes alone; system roots, missing and relative
// entries, the home itself and / are never listed; an entry inside another is dropped.
TEST(ConfinementTest, ToolchainDirectoriesAreThePrefixesOfPathEntries) {
  testing::TempDir t;
  const fs::path home = t.path() / "home";
  for (const char* d : {"home/bin", "home/conda/bin", "home/conda/lib", "home/.pyenv/shims",
                        "opt2/cuda/lib64", "opt2/tools"})
    fs::create_directories(t.path() / d);
  const std::string p = t.path().string();
  auto dirs = ToolchainDirs(
      p + "/home/conda/bin:" + p + "/home/.pyenv/shims:" + p +
          "/home/bin:" + "/usr/bin:relative/bin:/nonexistent/bin:/:" + p + "/home",
      p + "/opt2/cuda/lib64:" + p + "/home/conda/lib:/usr/lib", p + "/opt2/tools", home);
  std::vector<fs::path> want = {home / ".pyenv", home / "bin", home / "conda",
                                t.path() / "opt2" / "cuda" / "lib64", t.path() / "opt2" / "tools"};
  EXPECT_EQ(dirs, want);
}

TEST(ConfinementTest, AMissingBwrapIsReportedInOneLine) {
  Status s = ProbeConfinement("/nonexistent/bwrap");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("bwrap unavailable: ", 0), 0u) << s.message();
  EXPECT_EQ(s.message().find('\n'), std::string::npos) << s.message();
}

}  // namespace
}  // namespace avo
