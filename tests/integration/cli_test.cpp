// The real `avo` binary on real files: what a user types, what they see.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

ProcessResult Cmd(const std::vector<std::string>& argv, int timeout_s = 120) {
  return testing::Run(testing::AvoArgv(argv), timeout_s);
}

const std::string kAvo = AVO_BINARY;
const std::string kMatmul = std::string(AVO_SOURCE_DIR) + "/tasks/matmul";

nlohmann::json Json(const ProcessResult& r) {
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << r.out << r.err;
  return j;
}

TEST(CliTest, EvolvesTheMatmulTaskPastItsSeed) {
  testing::TempDir d;
  const std::string run = (d.path() / "run").string();
  auto r = Cmd({kAvo, "evolve", kMatmul, "--run", run, "--steps", "5", "--seed", "3"}, 600);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ran 5 step(s)"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("step 5"), std::string::npos) << r.err;  // progress lines

  auto log = Json(Cmd({kAvo, "log", run, "--json"}));
  const auto& versions = log["versions"];
  ASSERT_GE(versions.size(), 2u) << "no version better than the seed in 5 steps";
  EXPECT_GT(versions.back()["scalar"].get<double>(), versions.front()["scalar"].get<double>());
  EXPECT_EQ(versions.front()["unit"], "GFLOPS");

  auto text = Cmd({kAvo, "log", run});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("v0 "), std::string::npos);
  EXPECT_NE(text.out.find("v1 "), std::string::npos);
  EXPECT_NE(text.out.find("GFLOPS"), std::string::npos);

  auto status = Json(Cmd({kAvo, "status", run, "--json"}));
  EXPECT_EQ(status["versions"], versions.size());
  EXPECT_EQ(status["attempts"], 6);  // the seed and five steps
  EXPECT_EQ(status["next_step"], "6");

  auto show = Cmd({kAvo, "show", run, "v1"});
  EXPECT_EQ(show.exit_code, 0);
  EXPECT_NE(show.out.find("kernel.cpp"), std::string::npos);
  EXPECT_NE(show.out.find("n256"), std::string::npos);
  auto diff = Cmd({kAvo, "diff", run, "seed", "head"});
  EXPECT_EQ(diff.exit_code, 0);
  EXPECT_NE(diff.out.find("avo:knob"), std::string::npos);
  auto diff_json = Json(Cmd({kAvo, "diff", run, "seed", "head", "--json"}));
  EXPECT_EQ(diff_json["from"]["version"], 0);
  EXPECT_EQ(diff_json["patch"].get<std::string>(), diff.out);

  // The lineage is a plain git repository a person can read.
  auto git = Cmd({"git", "--git-dir", run + "/lineage.git", "log", "--format=%s"});
  EXPECT_NE(git.out.find("v0: seed"), std::string::npos);

  // Scoring a version once prints its table; exit 0 because it is correct.
  auto eval = Cmd({kAvo, "eval", run, "--version", "v1"}, 300);
  EXPECT_EQ(eval.exit_code, 0) << eval.err;
  EXPECT_NE(eval.out.find("geomean"), std::string::npos);
}

// The operator and exec command a run was created with are part of the run: `avo evolve RUN`
// goes on with them; a flag given on resume wins and is kept in turn.
TEST(CliTest, AResumedRunKeepsItsOperatorAndExecCommand) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  const std::string run = (d.path() / "run").string();
  // A stand-in coding agent: a new y every step, so every step submits a candidate.
  const std::string agent = "sed -i \"s/^y = [0-9]*/y = $((AVO_STEP + 1))/\" params.txt";
  auto created = Cmd({kAvo, "evolve", (d.path() / "task").string(), "--run", run, "--operator",
                      "exec", "--exec-command", agent, "--steps", "1", "-q"});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  auto newest_operator = [&] {
    auto attempts = Json(Cmd({kAvo, "log", run, "--attempts", "--json"}));
    return attempts.empty() ? std::string() : attempts[0]["operator"].get<std::string>();
  };
  ASSERT_EQ(newest_operator(), "exec");

  auto resumed = Cmd({kAvo, "evolve", run, "--steps", "1", "-q"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_NE(resumed.err.find("operator exec"), std::string::npos) << resumed.err;
  EXPECT_EQ(newest_operator(), "exec");

  auto switched = Cmd({kAvo, "evolve", run, "--steps", "1", "-q", "--operator", "mutate"});
  ASSERT_EQ(switched.exit_code, 0) << switched.err;
  EXPECT_EQ(newest_operator(), "mutate");
  auto again = Cmd({kAvo, "evolve", run, "--steps", "1", "-q"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("operator mutate"), std::string::npos) << again.err;
}

TEST(CliTest, BadInputGetsOneLineAndANonZeroExit) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  std::string toml = testing::ReadFile(d.path() / "task" / "task.toml");
  toml.replace(toml.find("timeout_s = 20"), 14, "timeout_s = \"soon\"");
  d.Write("task/task.toml", toml);
  struct Case {
    std::vector<std::string> args;
    std::string expect;
  };
  const std::string task = (d.path() / "task").string();
  const std::string run = (d.path() / "run").string();
  std::vector<Case> cases = {
      {{"evolve", task, "--run", run},
       "key 'evaluate.timeout_s': expected a positive integer, got \"soon\""},
      {{"evolve", kMatmul, "--run", run, "--operator", "magic"}, "unknown operator 'magic'"},
      {{"evolve", kMatmul, "--run", run, "--time", "soon"}, "--time: expected a duration"},
      {{"evolve", kMatmul, "--run", run, "--seed", "-1"}, "--seed: a whole number from 0"},
      {{"log", (d.path() / "nothing").string()}, "no such directory"},
      {{"status", task}, "task.toml"},
      {{"eval", d.path().string()}, "not a run or task directory"},
      {{"evolve"}, "target is required"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> argv = {kAvo};
    argv.insert(argv.end(), c.args.begin(), c.args.end());
    auto r = Cmd(argv);
    EXPECT_NE(r.exit_code, 0) << c.expect;
    EXPECT_NE(r.err.find(c.expect), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(r.err.find("terminate"), std::string::npos);
  }
  // Nothing half-made was left behind by the refused commands.
  EXPECT_FALSE(std::filesystem::exists(run));
}

TEST(CliTest, AVersionThatDoesNotExistIsNamed) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  const std::string run = (d.path() / "run").string();
  ASSERT_EQ(Cmd({kAvo, "init", (d.path() / "task").string(), "--run", run}).exit_code, 0);
  auto r = Cmd({kAvo, "show", run, "v9"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no version v9 (the lineage has v0..v0)"), std::string::npos) << r.err;
}

// Candidates misbehave in every way the evaluator must survive; the run goes on and records each.
TEST(CliTest, MisbehavingCandidatesAreFailedAttemptsAndTheRunGoesOn) {
  testing::TempDir d;
  const std::string body = R"sh(x=$(sed -n 's/^x = \([0-9]*\).*/\1/p' params.txt)
y=$(sed -n 's/^y = \([0-9]*\).*/\1/p' params.txt)
case "$x$y" in
  2*) sleep 600 ;;
  3*) kill -SEGV $$ ;;
  4*) echo '{"schema": "avo.evaluation.v1", "configs": [' > "$AVO_RESULT"; exit 0 ;;
  12) head -c 1073741824 /dev/zero ;;
  13) setsid sleep 600 >/dev/null 2>&1 & ;;
esac
)sh" + testing::GoodEvaluatorBody();
  testing::WriteFakeTask(d.path() / "task", body, 2);
  const std::string run = (d.path() / "run").string();
  auto r = Cmd(
      {kAvo, "evolve", (d.path() / "task").string(), "--run", run, "--steps", "14", "--seed", "5"},
      600);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto attempts = Json(Cmd({kAvo, "log", run, "--attempts", "--json", "--limit", "100"}));
  std::map<std::string, int> outcomes;
  for (const auto& a : attempts) {
    ++outcomes[a["outcome"].get<std::string>()];
    // Every attempt ended within its timeout (2 s) plus a few seconds.
    EXPECT_LT(a["duration_s"].get<double>(), 2 + 6.0) << a.dump();
  }
  EXPECT_GE(outcomes["timeout"], 1);
  EXPECT_GE(outcomes["eval_failed"], 1);
  EXPECT_GE(outcomes["invalid_result"], 1);
  EXPECT_GE(outcomes["scored"], 2);
  auto status = Json(Cmd({kAvo, "status", run, "--json"}));
  EXPECT_EQ(status["next_step"], "15");
}

// Candidate code once rewrote a task's tolerance: a run whose trusted files changed refuses to
// evaluate, says which file in one line, exits non-zero and commits nothing.
TEST(CliTest, EvolveStopsWhenATrustedFileChanged) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  const std::string run = (d.path() / "run").string();
  ASSERT_EQ(Cmd({kAvo, "init", (d.path() / "task").string(), "--run", run}).exit_code, 0);
  ASSERT_TRUE(std::filesystem::exists(d.path() / "run" / "trusted.json"));
  const auto toml = d.path() / "run" / "task" / "task.toml";
  std::string text = testing::ReadFile(toml);
  text.replace(text.find("[metric]"), 8, "[tolerance]\natol = 1e9\n\n[metric]");
  d.Write("run/task/task.toml", text);
  auto r = Cmd({kAvo, "evolve", run, "--steps", "3", "-q"}, 120);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("avo: error: trusted file changed since the run was created: " +
                       toml.string() + " (sha256 was "),
            std::string::npos)
      << r.err;
  auto log = Json(Cmd({kAvo, "log", run, "--json"}));
  EXPECT_EQ(log["versions"].size(), 1u) << log.dump();  // v0 only
}

TEST(CliTest, AnotherTasksRunAndAnUnknownSuiteAreRefusedBeforeAnythingIsCreated) {
  testing::TempDir d;
  const std::string run = (d.path() / "run").string();
  auto bad_suite = Cmd({kAvo, "evolve", kMatmul, "--run", run, "--suite", "nope", "--steps", "1"});
  EXPECT_EQ(bad_suite.exit_code, 1);
  EXPECT_NE(bad_suite.err.find("--suite: task 'matmul' has no suite 'nope'"), std::string::npos)
      << bad_suite.err;
  EXPECT_FALSE(std::filesystem::exists(run)) << "a refused command left a run directory behind";

  testing::WriteFakeTask(d.path() / "other");
  ASSERT_EQ(
      Cmd({kAvo, "evolve", (d.path() / "other").string(), "--run", run, "--steps", "1"}).exit_code,
      0);
  auto other = Cmd({kAvo, "evolve", kMatmul, "--run", run, "--steps", "1"});
  EXPECT_EQ(other.exit_code, 1);
  EXPECT_NE(other.err.find("is a run of task 'fake', not of 'matmul'"), std::string::npos)
      << other.err;
  auto attempts = Cmd({"sqlite3", run + "/archive.db", "SELECT count(*) FROM attempts"});
  EXPECT_EQ(attempts.out, "2\n");  // the seed and one step: the refused command ran nothing
}

TEST(CliTest, BenchWithoutAGpuIsOneLineAndNoTable) {
  std::error_code ec;
  if (std::filesystem::exists("/dev/nvidia0", ec)) GTEST_SKIP() << "this machine has a GPU";
  const std::filesystem::path harness =
      std::filesystem::path(AVO_BINARY).parent_path() / "avo-attention-harness";
  if (!std::filesystem::exists(harness, ec)) GTEST_SKIP() << "built without CUDA (no harness)";
  auto r = Cmd(
      {kAvo, "bench", std::string(AVO_SOURCE_DIR) + "/tasks/attention", "--suite", "smoke"}, 300);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_EQ(r.out, "");  // no table of failed configurations
  // Without a driver the harness cannot load, and avo says what the task needs ([evaluate]
  // needs); with a driver but no GPU the harness says it itself.
  EXPECT_NE(r.err.find("needs an NVIDIA Hopper GPU"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.rfind("avo: error: ", 0), 0u) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

}  // namespace
}  // namespace avo

namespace avo {
namespace {

// [budget] wall_s counts the seconds steps ran, over every invocation: a run that has stepped
// that long stops before its next step, now and on every resume, and says why.
TEST(CliTest, AWallClockRunBudgetStopsTheRunBeforeItsNextStep) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  const std::string run = (d.path() / "run").string();
  auto first =
      Cmd({kAvo, "evolve", (d.path() / "task").string(), "--run", run, "--steps", "2", "-q"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const double active = Json(Cmd({kAvo, "status", run, "--json"}))["active_s"].get<double>();
  EXPECT_GT(active, 0);
  d.Write("avo.toml", "[budget]\nwall_s = " + std::to_string(active) + "\n");
  for (int i = 0; i < 2; ++i) {
    auto again = Cmd(
        {kAvo, "evolve", run, "--steps", "3", "-q", "--config", (d.path() / "avo.toml").string()});
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("run budget reached"), std::string::npos) << again.out;
    EXPECT_NE(again.out.find("0 step(s)"), std::string::npos) << again.out;
  }
  auto status = Cmd({kAvo, "status", run});
  EXPECT_NE(status.out.find("budget"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("reached"), std::string::npos) << status.out;
  auto bad = Cmd({kAvo, "evolve", run, "--steps", "1", "--config",
                  d.Write("bad.toml", "[budget]\ntokens = -5\n").string()});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("budget.tokens"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace avo
