// The CPU example task's judge out of the candidate's reach (issue 15, "Forgery and escape"): no
// candidate code runs in the process that times it and writes the result. tasks/matmul's kernel
// runs in ./worker, started by the trusted avo-matmul-harness without avo's variables, privileges
// or a way to trace; every process of it is killed before the result is written. Each candidate
// here is the seed's kernel with an attack added; each test fails where the kernel is linked into
// the harness, as it was. Confined (bwrap) and unconfined (--no-sandbox) alike.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "avo/eval/local_evaluator.h"
#include "testing/avo_cli.h"
#include "testing/evaluator.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {
namespace fs = std::filesystem;

const fs::path kMatmul = fs::path(AVO_SOURCE_DIR) / "tasks/matmul";

// The seed's kernel with its matmul renamed seed_matmul, for attacks that wrap it.
std::string SeedKernel(bool rename) {
  std::string src = testing::ReadFile(kMatmul / "kernel.cpp");
  if (rename) {
    const std::string from = "void matmul(const float* A";
    src.replace(src.find(from), from.size(), "static void seed_matmul(const float* A");
  }
  return src;
}

// Writes a result of 1e9 GFLOPS for every configuration of the small suite, marked in its
// diagnostics, to $AVO_RESULT or, without it, to the result's path beside the workspace
// (RUN/scratch/ID is the workspace, RUN/scratch/ID.meta/out the result's directory).
constexpr const char* kForge = R"cpp(
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <string>
  namespace forge {
  inline std::string ResultPath() {
    if (const char* r = std::getenv("AVO_RESULT")) return r;
    char cwd[4096];
    return getcwd(cwd, sizeof cwd) == nullptr ? "" : std::string(cwd) + ".meta/out/result.json";
  }
  inline void Write() {
    const std::string path = ResultPath(), tmp = path + ".forging";
    FILE* f = std::fopen(tmp.c_str(), "w");
    if (f == nullptr) return;
    std::fputs(
        "{\"schema\": \"avo.evaluation.v1\", \"diagnostics\": {\"forged\": true}, \"configs\": [",
        f);
    const char* names[] = {"n128", "n200", "n256"};
    for (int i = 0; i < 3; ++i)
      std::fprintf(f,
                   "%s{\"name\": \"%s\", \"correct\": true, \"value\": 1e9, \"unit\": \"GFLOPS\", "
                   "\"samples\": [1e9, 1e9, 1e9, 1e9, 1e9, 1e9, 1e9]}",
                   i ? ", " : "", names[i]);
    std::fputs("]}\n", f);
    std::fclose(f);
    std::rename(tmp.c_str(), path.c_str());
  }
  }  // namespace forge
)cpp";

// Forges at start-up, in every call, and at exit (after the result a harness in the same
// process would have written).
const std::string kForgingKernel = SeedKernel(true) + kForge + R"cpp(
  namespace {
  struct Forger {
    Forger() {
      forge::Write();
      std::atexit([] { forge::Write(); });
    }
  } forger;
  }  // namespace
  void matmul(const float* A, const float* B, float* C, int n) {
    seed_matmul(A, B, C, n);
    forge::Write();
  }
)cpp";

// A daemon (new session, double fork) named NAME that overwrites every result not its own the
// moment it appears, for 30 seconds: longer than the evaluation.
const std::string kDaemonKernel = SeedKernel(false) + kForge + R"cpp(
#include <sys/prctl.h>
#include <fstream>
#include <sstream>
  namespace {
  struct Daemon {
    Daemon() {
      if (fork() != 0) return;
      setsid();
      if (fork() != 0) _exit(0);
      prctl(PR_SET_NAME, "NAME");
      const std::string path = forge::ResultPath();
      for (int i = 0; i < 30000; ++i) {
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        if (in && text.str().find("forged") == std::string::npos) forge::Write();
        usleep(1000);
      }
      _exit(0);
    }
  } daemon_;
  }  // namespace
)cpp";

// Right on the calls the harness of old checked in full (the first, and the last of seven
// timed ones), and fast garbage on every other.
const std::string kCheckedCallsOnlyKernel = SeedKernel(true) + R"cpp(
#include <map>
  void matmul(const float* A, const float* B, float* C, int n) {
    static std::map<int, int> calls;
    const int k = ++calls[n];
    if (k == 1 || k == 8) {
      seed_matmul(A, B, C, n);
      return;
    }
    std::fill(C, C + n * n, 0.0f);
  }
)cpp";

// Reports what it can see of its parent and of avo's variables.
const std::string kProbeKernel = SeedKernel(false) + R"cpp(
#include <fcntl.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <string>
  namespace {
  const char* Open(pid_t parent, const char* file, int flags) {
    const std::string path = "/proc/" + std::to_string(parent) + "/" + file;
    const int fd = open(path.c_str(), flags);
    if (fd < 0) return "denied";
    char buf[256];
    const bool read_some = read(fd, buf, sizeof buf) > 0;
    close(fd);
    return read_some ? "read" : "opened";
  }
  struct Probe {
    Probe() {
      const pid_t parent = getppid();
      std::fprintf(stderr, "probe: AVO_RESULT=%s AVO_SEED=%s\n",
                   std::getenv("AVO_RESULT") ? "set" : "unset",
                   std::getenv("AVO_SEED") ? "set" : "unset");
      const char* traced = "denied";
      if (ptrace(PTRACE_ATTACH, parent, nullptr, nullptr) == 0) {
        traced = "attached";
        waitpid(parent, nullptr, __WALL);
        ptrace(PTRACE_DETACH, parent, nullptr, nullptr);
      }
      std::fprintf(stderr, "probe: environ=%s mem=%s ptrace=%s\n",
                   Open(parent, "environ", O_RDONLY), Open(parent, "mem", O_RDWR), traced);
    }
  } probe;
  }  // namespace
)cpp";

// The parameter: confined (bwrap) or not (--no-sandbox).
class MatmulEscapeTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    if (confined() && !testing::ConfinementWorks())
      GTEST_SKIP() << "bwrap does not work here: " << ConfinementAvailable().message();
  }
  [[nodiscard]] bool confined() const { return GetParam(); }

  // Scores `kernel` as kernel.cpp of the task in `task_dir`, as avo does.
  Evaluation Score(const std::string& kernel, const fs::path& task_dir = kMatmul) {
    auto task = LoadTask(task_dir);
    EXPECT_TRUE(task.ok()) << task.status().message();
    LocalEvaluatorOptions o;
    o.scratch_dir = scratch_.path() / "scratch";
    o.tool_dirs = testing::ToolDirs();
    o.no_sandbox = !confined();
    LocalEvaluator ev(*task, o);
    return ev.Score({{"kernel.cpp", kernel}}, {});
  }

  // `avo eval` of `kernel` in a workspace; its --json output.
  nlohmann::json AvoEval(const std::string& kernel) {
    const fs::path ws = scratch_.Write("ws/kernel.cpp", kernel).parent_path();
    std::vector<std::string> args = {"eval", ws.string(), "--task", kMatmul.string(), "--json"};
    if (!confined()) args.emplace_back("--no-sandbox");
    auto r = testing::Avo(args, 300);
    EXPECT_FALSE(r.timed_out);
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.out << r.err;
    return j;
  }

  testing::TempDir scratch_;
};

void ExpectRealNumbers(const Evaluation& e) {
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.eval_log;
  EXPECT_TRUE(e.correct) << e.reason << "\n" << e.eval_log;
  EXPECT_FALSE(e.diagnostics.contains("forged")) << e.diagnostics.dump();
  EXPECT_GT(e.scalar, 0);
  EXPECT_LT(e.scalar, 1e6);
  for (const auto& c : e.configs) EXPECT_LT(c.value, 1e6) << c.name;
}

TEST_P(MatmulEscapeTest, AResultForgedByTheCandidateIsNotWhatAvoEvalReports) {
  const nlohmann::json j = AvoEval(kForgingKernel);
  EXPECT_EQ(j.value("outcome", ""), "scored") << j.dump(2);
  EXPECT_TRUE(j.value("correct", false)) << j.dump(2);
  EXPECT_FALSE(j.value("diagnostics", nlohmann::json::object()).contains("forged")) << j.dump(2);
  EXPECT_GT(j.value("scalar", 0.0), 0);
  EXPECT_LT(j.value("scalar", 1e9), 1e6) << j.dump(2);
}

TEST_P(MatmulEscapeTest, ADaemonOfTheCandidateIsKilledBeforeTheResultIsWritten) {
  // A name of this test process's own: the other mode's test may run beside it.
  const std::string name = "forger" + std::to_string(getpid());
  std::string kernel = kDaemonKernel;
  kernel.replace(kernel.find("\"NAME\""), 6, "\"" + name + "\"");
  ExpectRealNumbers(Score(kernel));
  // None of the daemons (one per configuration's worker) is left.
  for (const auto& entry : fs::directory_iterator("/proc")) {
    std::ifstream comm(entry.path() / "comm");
    std::string comm_name;
    if (std::getline(comm, comm_name)) {
      EXPECT_NE(comm_name, name) << entry.path();
    }
  }
}

TEST_P(MatmulEscapeTest, EveryTimedCallIsChecked) {
  const Evaluation e = Score(kCheckedCallsOnlyKernel);
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.eval_log;
  EXPECT_FALSE(e.correct);
  EXPECT_NE(e.reason.find("wrong result in timed call 1"), std::string::npos) << e.reason;
}

TEST_P(MatmulEscapeTest, TheCandidateSeesNoResultPathAndCannotReachTheHarness) {
  const Evaluation e = Score(kProbeKernel);
  ExpectRealNumbers(e);
  EXPECT_NE(e.eval_log.find("probe: AVO_RESULT=unset AVO_SEED=unset"), std::string::npos)
      << e.eval_log;
  EXPECT_NE(e.eval_log.find("probe: environ=denied mem=denied ptrace=denied"), std::string::npos)
      << e.eval_log;
  EXPECT_EQ(e.eval_log.find("=set"), std::string::npos) << e.eval_log;
  EXPECT_EQ(e.eval_log.find("attached"), std::string::npos) << e.eval_log;
}

// A crash fails its configuration with the signal, the others are measured.
TEST_P(MatmulEscapeTest, AWorkerThatCrashesFailsItsConfigurationWithTheReason) {
  const Evaluation e = Score(SeedKernel(true) + R"cpp(
#include <csignal>
    void matmul(const float* A, const float* B, float* C, int n) {
      if (n == 200) std::raise(SIGSEGV);
      seed_matmul(A, B, C, n);
    }
  )cpp");
  ASSERT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.eval_log;
  EXPECT_FALSE(e.correct);
  EXPECT_NE(e.reason.find("configuration 'n200' is incorrect: the worker was killed by signal " +
                          std::to_string(SIGSEGV)),
            std::string::npos)
      << e.reason;
  ASSERT_EQ(e.configs.size(), 3u);
  EXPECT_TRUE(e.configs[0].correct);
  EXPECT_TRUE(e.configs[2].correct);
}

TEST_P(MatmulEscapeTest, AWorkerThatExitsAtStartFailsWithTheReason) {
  const Evaluation e = Score(SeedKernel(false) + R"cpp(
#include <unistd.h>
    namespace {
    struct Quit {
      Quit() { _exit(0); }
    } quit;
    }  // namespace
  )cpp");
  ASSERT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.eval_log;
  EXPECT_FALSE(e.correct);
  EXPECT_NE(e.reason.find("the worker exited with status 0 before it was ready"), std::string::npos)
      << e.reason;
}

// A hang is ended by the harness's own per-call timeout (here 2 s), long before avo's.
TEST_P(MatmulEscapeTest, AWorkerThatHangsIsKilledAndFailsWithTheReason) {
  const fs::path task = scratch_.path() / "task";
  fs::copy(kMatmul, task, fs::copy_options::recursive);
  std::string toml = testing::ReadFile(task / "task.toml");
  const std::string from = "--call-timeout-s 30";
  ASSERT_NE(toml.find(from), std::string::npos);
  toml.replace(toml.find(from), from.size(), "--call-timeout-s 2");
  std::ofstream(task / "task.toml") << toml;
  const Evaluation e = Score(SeedKernel(true) + R"cpp(
#include <unistd.h>
                               void matmul(const float* A, const float* B, float* C, int n) {
                                 if (n == 128)
                                   for (;;) pause();
                                 seed_matmul(A, B, C, n);
                               }
                             )cpp",
                             task);
  ASSERT_EQ(e.outcome, Outcome::kScored) << e.reason << "\n" << e.eval_log;
  EXPECT_FALSE(e.correct);
  EXPECT_NE(e.reason.find("the worker had not finished call 1 after 2"), std::string::npos)
      << e.reason;
  EXPECT_LT(e.eval_s, 20);
  ASSERT_EQ(e.configs.size(), 3u);
  EXPECT_NE(e.configs[1].message.find("not run"), std::string::npos) << e.configs[1].message;
}

INSTANTIATE_TEST_SUITE_P(Modes, MatmulEscapeTest, ::testing::Values(true, false),
                         [](const ::testing::TestParamInfo<bool>& i) {
                           return i.param ? "Confined" : "Unconfined";
                         });

std::string Sql(const std::string& run, const std::string& query) {
  auto r = testing::Run({"sqlite3", run + "/archive.db", query});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

// `avo evolve` with a coding agent that submits the forging kernel: it is judged on the numbers
// the harness measured, and no figure of the forgery reaches the archive or the lineage.
TEST(MatmulEscapeCliTest, AForgedResultIsNeverCommitted) {
  testing::TempDir d;
  const fs::path forger = d.Write("forger/kernel.cpp", kForgingKernel);
  const std::string run = (d.path() / "run").string();
  auto r = testing::Avo(
      {"evolve", kMatmul.string(), "--run", run, "--operator", "exec", "--exec-command",
       "cp " + forger.string() + " kernel.cpp", "--steps", "1", "-q"},
      600);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Sql(run, "SELECT count(*) FROM attempts WHERE step = 1 AND outcome = 'scored'"), "1\n")
      << Sql(run, "SELECT step, status, outcome, reason FROM attempts");
  EXPECT_EQ(Sql(run, "SELECT count(*) FROM attempts WHERE scalar >= 1e6 OR paired_best >= 1e6"),
            "0\n");
  EXPECT_EQ(Sql(run,
                "SELECT count(*) FROM results WHERE value >= 1e6 OR samples LIKE '%e+09%' "
                "OR samples LIKE '%1000000000%'"),
            "0\n");
  auto score = testing::Run(
      {"git", "--git-dir", run + "/lineage.git", "show", "refs/heads/main:avo-score.json"});
  ASSERT_EQ(score.exit_code, 0) << score.err;
  const auto j = nlohmann::json::parse(score.out, nullptr, false);
  EXPECT_LT(j.value("scalar", 1e9), 1e6) << score.out;
  EXPECT_EQ(score.out.find("forged"), std::string::npos) << score.out;
}

}  // namespace
}  // namespace avo
