// kill -9 at random moments, resume each time: nothing committed is ever lost or duplicated, and
// the lineage and the archive stay valid (issue: "Run directory and resume").
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "avo/lineage/trailers.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/kill.h"
#include "testing/run_checks.h"
#include "testing/scripted_server_process.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

using testing::Lines;

const std::string kAvo = AVO_BINARY;
const std::string kMatmul = std::string(AVO_SOURCE_DIR) + "/tasks/matmul";

// `avo` with --no-sandbox where bwrap cannot work here (testing/evaluator.h).
ProcessResult RunAvo(const std::vector<std::string>& argv, int timeout_s = 120) {
  return testing::Run(testing::AvoArgv(argv), timeout_s);
}

// Five `avo evolve TASK --run RUN --steps 20` invocations (the first with `first_extra` too),
// each killed the moment a commit moves refs/heads/main, then one that finishes: four kills came
// after a move (the first invocation creates the run and has no ref to watch), nothing committed
// was lost, and the run is whole. Returns its commits.
std::vector<std::string> ExpectKillsAtEachRefMoveLoseNothing(
    const std::string& task, const std::string& run, const std::vector<std::string>& first_extra,
    int timeout_ms) {
  auto head = [&] {
    return testing::Run({"git", "--git-dir", run + "/lineage.git", "rev-parse", "-q", "--verify",
                         "refs/heads/main"})
        .out;
  };
  std::set<std::string> seen;
  int after_a_move = 0;
  for (int i = 0; i < 5; ++i) {
    const std::string before = head();
    std::vector<std::string> argv = {kAvo, "evolve", task, "--run", run, "--steps", "20", "-q"};
    if (i == 0) argv.insert(argv.end(), first_extra.begin(), first_extra.end());
    if (testing::RunAndKillWhen(
            testing::AvoArgv(argv), [&] { return !before.empty() && head() != before; },
            timeout_ms))
      ++after_a_move;
    for (const auto& c : testing::LineageCommits(run)) seen.insert(c);
  }
  EXPECT_EQ(after_a_move, 4);
  auto last = RunAvo({kAvo, "evolve", task, "--run", run, "--steps", "2", "-q"}, 120);
  EXPECT_EQ(last.exit_code, 0) << last.err;
  return testing::ExpectWholeRun(run, seen);
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
    for (const auto& c : testing::LineageCommits(run)) seen_commits.insert(c);
  }
  // A final, uninterrupted invocation resumes and finishes cleanly.
  // Enough steps that it commits something even when the kills above (on a loaded machine) left
  // only the seed.
  auto last = RunAvo({kAvo, "evolve", task, "--run", run, "--steps", "8", "-q"}, 120);
  ASSERT_EQ(last.exit_code, 0) << last.err;

  const auto commits = testing::ExpectWholeRun(run, seen_commits);
  ASSERT_GE(commits.size(), 2u);
  // One seed.
  auto ops =
      testing::Run({"git", "--git-dir", git_dir, "log",
                    std::string("--format=%(trailers:key=") + trailer::kOperator + ",valueonly)"});
  auto op_lines = Lines(ops.out);
  EXPECT_EQ(std::count(op_lines.begin(), op_lines.end(), "seed"), 1);
}

// The exec operator (an external coding agent's command) killed the moment a commit moves
// refs/heads/main, again and again: whatever the kill left between the ref and the archive's
// record is reconciled by the next start, and the run ends whole (issue #26, kills at the ref
// move for each operator).
TEST(ResumeTest, KillsAtTheRefMoveOfTheExecOperatorLoseNothing) {
  testing::TempDir d;
  // Evaluations slow enough that the 100 ms poll sees a ref move before the next one lands.
  testing::WriteFakeTask(d.path() / "task", "sleep 0.3\n" + testing::GoodEvaluatorBody());
  // The "agent" raises the knob x by one: every step is a faster version (speed = 10 x + y).
  std::ofstream(d.path() / "avo.toml") << R"toml(operator = "exec"
[exec]
command = '''x=$(sed -n 's/^x = \([0-9]*\).*/\1/p' params.txt); sed -i "s/^x = $x /x = $((x + 1)) /" params.txt'''
)toml";
  const std::string task = (d.path() / "task").string();
  const std::string run = (d.path() / "run").string();
  const auto commits = ExpectKillsAtEachRefMoveLoseNothing(
      task, run, {"--config", (d.path() / "avo.toml").string()}, 30'000);
  EXPECT_GE(commits.size(), 4u) << "the seed and at least three exec versions";
}

// The operators that ask a language model, killed the same way at the moment a commit moves
// refs/heads/main. The scripted server lives across the kills; each reply raises the knob x, so
// every version it proposes is faster than any before it, whichever replies a kill consumed.
class ResumeLlmOperatorTest : public ::testing::TestWithParam<std::string> {
 protected:
  // One scripted turn per proposal: llm-rewrite reads the whole file from the reply; the agent
  // writes it and commits in one turn.
  static nlohmann::json Proposal(int x) {
    const std::string params = "x = " + std::to_string(x) + "  # avo:knob x\ny = 1  # avo:knob y\n";
    if (GetParam() == "llm-rewrite") {
      return {{"text",
               "x to " + std::to_string(x) + "\n\n### FILE: params.txt\n```\n" + params + "```\n"}};
    }
    return {{"tool_calls",
             nlohmann::json::array({{{"id", "w" + std::to_string(x)},
                                     {"name", "write_file"},
                                     {"arguments", {{"path", "params.txt"}, {"content", params}}}},
                                    {{"id", "c" + std::to_string(x)},
                                     {"name", "commit"},
                                     {"arguments", {{"message", "x to " + std::to_string(x)}}}}})}};
  }
};

TEST_P(ResumeLlmOperatorTest, KillsAtTheRefMoveLoseNothing) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task", "sleep 0.3\n" + testing::GoodEvaluatorBody());
  nlohmann::json script = nlohmann::json::array();
  for (int x = 2; x < 200; ++x) script.push_back(Proposal(x));
  std::ofstream(d.path() / "script.json") << script.dump();
  testing::ScriptedServerProcess server(d.path() / "script.json", d.path() / "requests.jsonl");
  ASSERT_GT(server.port(), 0);
  std::ofstream(d.path() / "avo.toml")
      << "operator = \"" << GetParam()
      << "\"\n[llm]\nkind = \"openai\"\nmodel = \"scripted\"\nbase_url = \"http://127.0.0.1:"
      << server.port() << "/v1\"\napi_key_env = \"AVO_RESUME_TEST_KEY\"\n[agent]\nmax_turns = 4\n";
  setenv("AVO_RESUME_TEST_KEY", "sk-resume-test", 1);
  const std::string task = (d.path() / "task").string();
  const std::string run = (d.path() / "run").string();
  const auto commits = ExpectKillsAtEachRefMoveLoseNothing(
      task, run, {"--config", (d.path() / "avo.toml").string()}, 60'000);
  EXPECT_GE(commits.size(), 4u) << "the seed and at least three versions of " << GetParam();
  // Every version after the seed came from this operator.
  auto ops =
      testing::Run({"git", "--git-dir", run + "/lineage.git", "log",
                    std::string("--format=%(trailers:key=") + trailer::kOperator + ",valueonly)"});
  for (const auto& op : Lines(ops.out)) {
    if (!op.empty()) {
      EXPECT_TRUE(op == "seed" || op == GetParam()) << op;
    }
  }
}

// The exact moment, by fail point (util/failpoint.h): avo kills itself the instant a commit of
// the named operator has moved its branch's ref and nothing else has recorded it. `avo step
// commit` and a migration between islands, as the issue names them: the next command
// reconciles the commit with the archive, and the run ends whole.
class FailPointTest : public ::testing::Test {
 protected:
  // Runs argv with $AVO_FAILPOINT set to `point`; true when avo died by SIGKILL (it got there).
  static bool DiesAt(const std::string& point, const std::vector<std::string>& argv) {
    setenv("AVO_FAILPOINT", point.c_str(), 1);
    auto r = testing::Run(testing::AvoArgv(argv), 120);
    unsetenv("AVO_FAILPOINT");
    return r.term_signal == SIGKILL;
  }
};

// On tasks/matmul: a step's commit (the loop order ijk -> ikj) killed at its ref move.
TEST_F(FailPointTest, AStepCommitKilledAtItsRefMoveIsReconciled) {
  testing::TempDir d;
  const std::string run = (d.path() / "run").string();
  auto begin = RunAvo({kAvo, "step", "begin", kMatmul, "--run", run});
  ASSERT_EQ(begin.exit_code, 0) << begin.err;
  const std::filesystem::path ws = begin.out.substr(0, begin.out.find('\n'));
  std::string kernel = testing::ReadFile(ws / "kernel.cpp");
  const std::string from = "kOrder = Order::ijk";
  ASSERT_NE(kernel.find(from), std::string::npos);
  kernel.replace(kernel.find(from), from.size(), "kOrder = Order::ikj");
  std::ofstream(ws / "kernel.cpp", std::ios::trunc) << kernel;
  ASSERT_TRUE(DiesAt("lineage-ref-moved:step", {kAvo, "step", "commit", run, "-m", "order ikj"}));
  // The ref moved, the archive had not heard of it: the next command reconciles, closes the step.
  auto status = RunAvo({kAvo, "step", "status", run, "--json"});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  EXPECT_FALSE(nlohmann::json::parse(status.out)["open"].get<bool>()) << status.out;
  const auto before = testing::LineageCommits(run);
  const auto commits = testing::ExpectWholeRun(
      run, std::set<std::string>(before.begin(), before.end()), "kernel.cpp");
  EXPECT_EQ(commits.size(), 2u) << "the seed and the step's version, once";
}

// On tasks/matmul: the mutate operator's first commit killed at its ref move; the run resumes.
TEST_F(FailPointTest, AMutateCommitKilledAtItsRefMoveIsReconciled) {
  testing::TempDir d;
  const std::string run = (d.path() / "run").string();
  const std::vector<std::string> argv = {kAvo,      "evolve", kMatmul,  "--run", run,
                                         "--steps", "4",      "--seed", "3",     "-q"};
  ASSERT_TRUE(DiesAt("lineage-ref-moved:mutate", argv));
  const auto before = testing::LineageCommits(run);
  ASSERT_EQ(before.size(), 2u) << "the seed and the version whose record the kill cut off";
  auto resumed = RunAvo({kAvo, "evolve", run, "--steps", "1", "-q"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  testing::ExpectWholeRun(run, std::set<std::string>(before.begin(), before.end()), "kernel.cpp");
}

TEST_F(FailPointTest, AMigrationKilledAtItsRefMoveIsReconciled) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  const std::string task = (d.path() / "task").string();
  const std::string run = (d.path() / "run").string();
  const std::vector<std::string> argv = {
      kAvo, "evolve",  task, "--run",  run, "--islands", "2", "--migrate-every",
      "1",  "--steps", "30", "--seed", "5", "-q"};
  ASSERT_TRUE(DiesAt("lineage-ref-moved:migration", argv));
  std::set<std::string> seen;
  for (const auto& c : Lines(testing::Run({"git", "--git-dir", run + "/lineage.git", "log",
                                           "--branches", "--format=%H"})
                                 .out))
    seen.insert(c);
  auto resumed = RunAvo({kAvo, "evolve", run, "--steps", "4", "-q"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  // Every island's branch against the archive: each committed attempt is a commit of some
  // branch and each commit of a branch a committed attempt, none still running, nothing lost.
  const std::string git_dir = run + "/lineage.git";
  EXPECT_EQ(testing::Run({"git", "--git-dir", git_dir, "fsck", "--strict"}).exit_code, 0);
  auto branches =
      Lines(testing::Run({"git", "--git-dir", git_dir, "log", "--branches", "--format=%H"}).out);
  const std::set<std::string> now(branches.begin(), branches.end());
  for (const auto& c : seen) EXPECT_EQ(now.count(c), 1u) << "lost " << c;
  auto archived = Lines(testing::Run({"sqlite3", run + "/archive.db",
                                      "SELECT commit_id FROM attempts WHERE status='committed'"})
                            .out);
  EXPECT_EQ(std::set<std::string>(archived.begin(), archived.end()), now);
  EXPECT_EQ(testing::Run({"sqlite3", run + "/archive.db",
                          "SELECT count(*) FROM attempts WHERE status='running'"})
                .out,
            "0\n");
  auto migrations = testing::Run({"sqlite3", run + "/archive.db",
                                  "SELECT count(*) FROM attempts WHERE operator='migration' AND "
                                  "status='committed'"});
  EXPECT_GE(std::stoi(migrations.out), 1) << "the migrant the kill interrupted is on record";
}

INSTANTIATE_TEST_SUITE_P(Operators, ResumeLlmOperatorTest,
                         ::testing::Values("llm-rewrite", "agent"),
                         [](const ::testing::TestParamInfo<std::string>& p) {
                           return p.param == "llm-rewrite" ? std::string("LlmRewrite")
                                                           : std::string("Agent");
                         });

}  // namespace
}  // namespace avo
