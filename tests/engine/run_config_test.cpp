#include "avo/engine/run_config.h"

#include <gtest/gtest.h>

#include "testing/temp_dir.h"

namespace avo {
namespace {

TEST(RunConfigTest, ReadsEveryTable) {
  auto c = ParseRunConfig(R"toml(
operator = "agent"
[llm]
kind = "anthropic"
model = "claude-sonnet-4-5"
api_key_env = "MY_KEY"
context_window = 200000
retry = { max_attempts = 2 }
[supervisor]
use_llm = false
no_commit_evaluations = 4
[agent]
max_turns = 20
max_cost_usd = 1.5
max_evaluations = 5
compact_at = 0.5
[exec]
command = "claude -p \"$(cat BRIEF.md)\""
timeout_s = 900
[kb]
paths = ["docs", "/abs/kb"]
)toml",
                          "avo.toml", "/base");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->op, "agent");
  EXPECT_EQ(c->provider->model, "claude-sonnet-4-5");
  EXPECT_EQ(c->provider->api_key_env, "MY_KEY");
  EXPECT_EQ(c->provider->retry.max_attempts, 2);
  EXPECT_FALSE(c->supervisor_llm);
  EXPECT_EQ(c->supervisor.no_commit_evaluations, 4);
  EXPECT_EQ(c->supervisor.rejected_in_a_row, SupervisorConfig{}.rejected_in_a_row);
  EXPECT_EQ(c->agent.max_turns, 20);
  EXPECT_DOUBLE_EQ(*c->agent.max_cost_usd, 1.5);
  EXPECT_EQ(*c->agent.max_evaluations, 5);
  EXPECT_FALSE(c->agent.max_tokens.has_value());
  EXPECT_EQ(c->exec.timeout_s, 900);
  ASSERT_EQ(c->kb_paths.size(), 2u);
  EXPECT_EQ(c->kb_paths[0], "/base/docs");
  EXPECT_EQ(c->kb_paths[1], "/abs/kb");
}

TEST(RunConfigTest, ErrorsNameTheFileAndTheKey) {
  struct Case {
    std::string toml, expect;
  };
  const std::vector<Case> cases = {
      {"[agent]\nmax_turns = 0\n",
       "avo.toml: key 'agent.max_turns': expected a positive integer, got 0"},
      {"[agent]\nmax_trns = 3\n", "avo.toml: unknown key 'agent.max_trns'"},
      {"[llm]\nkind = \"openai\"\n", "avo.toml: [llm]: "},
      {"[llm]\nkind = \"gemini\"\nmodel = \"m\"\n", "avo.toml: [llm]: "},
      {"[exec]\ncommand = \"\"\n", "avo.toml: key 'exec.command': expected a non-empty string"},
      {"[kb]\npaths = \"docs\"\n", "avo.toml: key 'kb.paths': expected an array"},
      {"llm = 3\n", "avo.toml: key 'llm': expected a table"},
      {"[agent\n", "avo.toml:1:"},
      {"[eval]\nbackend = \"lsf\"\n",
       "avo.toml: key 'eval.backend': expected \"local\" or \"slurm\", got \"lsf\""},
      {"[eval]\npartition = \"gpu\"\n",
       "avo.toml: key 'eval.partition': a Slurm setting, but backend is \"local\""},
      {"[eval]\nbackend = \"slurm\"\nsbatch_args = \"--qos=high\"\n",
       "avo.toml: key 'eval.sbatch_args': expected an array"},
      {"[eval]\nbackend = \"slurm\"\nheartbeat_s = 1\n",
       "avo.toml: key 'eval.heartbeat_s': expected at least 5 (seconds)"},
      {"[eval]\nbackend = \"slurm\"\nqueue = 3\n", "avo.toml: unknown key 'eval.queue'"},
  };
  for (const auto& c : cases) {
    auto r = ParseRunConfig(c.toml, "avo.toml", "/");
    ASSERT_FALSE(r.ok()) << c.toml;
    EXPECT_NE(r.status().message().find(c.expect), std::string::npos) << r.status().message();
    EXPECT_EQ(r.status().message().find('\n'), std::string::npos) << r.status().message();
  }
  auto missing = LoadRunConfig("/nonexistent/avo.toml");
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
}

TEST(RunConfigTest, TheRunsCopyKeepsTheMeaningOfRelativePaths) {
  testing::TempDir d;
  d.Write("cfg/avo.toml", "[kb]\npaths = [\"kb\"]\n[agent]\nmax_turns = 3\n");
  auto c = LoadRunConfig(d.path() / "cfg" / "avo.toml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  std::filesystem::create_directories(d.path() / "run");
  ASSERT_TRUE(SaveRunConfig(*c, d.path() / "run").ok());
  auto copy = LoadRunConfig(RunConfigPath(d.path() / "run"));
  ASSERT_TRUE(copy.ok()) << copy.status().message();
  EXPECT_EQ(copy->kb_paths, c->kb_paths);
  EXPECT_EQ(copy->agent.max_turns, 3);
}

}  // namespace
}  // namespace avo

namespace avo {
namespace {

TEST(RunConfigTest, ReadsTheSlurmBackend) {
  auto c = ParseRunConfig(R"toml(
[eval]
backend = "slurm"
partition = "h100"
account = "kernels"
gres = "gpu:h100:1"
time = "00:30:00"
sbatch_args = ["--qos=high", "--exclusive"]
poll_s = 2
heartbeat_s = 300
)toml",
                          "avo.toml", "/");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->eval_backend, "slurm");
  EXPECT_EQ(c->slurm.partition, "h100");
  EXPECT_EQ(c->slurm.account, "kernels");
  EXPECT_EQ(c->slurm.gres, "gpu:h100:1");
  EXPECT_EQ(c->slurm.time, "00:30:00");
  EXPECT_EQ(c->slurm.sbatch_args, (std::vector<std::string>{"--qos=high", "--exclusive"}));
  EXPECT_DOUBLE_EQ(c->slurm.poll_s, 2);
  EXPECT_DOUBLE_EQ(c->slurm.heartbeat_s, 300);
  EXPECT_DOUBLE_EQ(c->slurm.queue_timeout_s, SlurmSettings{}.queue_timeout_s);
  auto local = ParseRunConfig("", "avo.toml", "/");
  ASSERT_TRUE(local.ok());
  EXPECT_EQ(local->eval_backend, "local");
}

}  // namespace
}  // namespace avo
