// `avo evolve --operator agent --config avo.toml` against the scripted LLM server as a separate
// process (avo-scripted-llm), in both wire formats; config errors; `avo kb`.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/kill.h"
#include "testing/scripted_server_process.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {
using nlohmann::json;
using testing::ScriptedServerProcess;

const std::string kAvo = AVO_BINARY;

// `avo` with --no-sandbox where bwrap cannot work here (testing/evaluator.h).
ProcessResult RunAvo(const std::vector<std::string>& argv, int timeout_s = 120) {
  return testing::Run(testing::AvoArgv(argv), timeout_s);
}

json Call(const std::string& id, const std::string& name, json args) {
  return {
      {"tool_calls", json::array({{{"id", id}, {"name", name}, {"arguments", std::move(args)}}})}};
}

class AgentCliTest : public ::testing::TestWithParam<std::string> {};

TEST_P(AgentCliTest, EvolveWithTheAgentOperatorCommitsAVersion) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  const json script =
      json::array({Call("a1", "read_file", {{"path", "params.txt"}}),
                   Call("a2", "edit_file",
                        {{"path", "params.txt"}, {"old_text", "y = 1"}, {"new_text", "y = 3"}}),
                   Call("a3", "commit", {{"message", "y from 1 to 3"}})});
  d.Write("script.json", script.dump());
  ScriptedServerProcess server(d.path() / "script.json", d.path() / "requests.jsonl");
  ASSERT_GT(server.port(), 0);
  const bool anthropic = GetParam() == "anthropic";
  const std::string base =
      "http://127.0.0.1:" + std::to_string(server.port()) + (anthropic ? "" : "/v1");
  d.Write("avo.toml", "operator = \"agent\"\n[llm]\nkind = \"" + GetParam() +
                          "\"\nmodel = \"scripted\"\nbase_url = \"" + base +
                          "\"\napi_key_env = \"AVO_CLI_TEST_KEY\"\n[agent]\nmax_turns = 10\n");
  setenv("AVO_CLI_TEST_KEY", "sk-cli-test", 1);
  const std::string run = (d.path() / "run").string();
  auto r = RunAvo({kAvo, "evolve", (d.path() / "task").string(), "--run", run, "--steps", "1",
                   "--config", (d.path() / "avo.toml").string()},
                  120);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("1 commit(s); best v1 13"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("operator agent"), std::string::npos) << r.err;
  EXPECT_TRUE(
      std::filesystem::exists(d.path() / "run" / "avo.toml"));  // a resumed run keeps its config
  EXPECT_TRUE(std::filesystem::exists(d.path() / "run" / "steps" / "1" / "transcript.jsonl"));
  // The key went to the server in the API's header, never into the transcript.
  const std::string requests = testing::ReadFile(d.path() / "requests.jsonl");
  EXPECT_NE(requests.find("sk-cli-test"), std::string::npos);
  EXPECT_EQ(
      testing::ReadFile(d.path() / "run" / "steps" / "1" / "transcript.jsonl").find("sk-cli-test"),
      std::string::npos);
}

json WithUsage(json turn, int in, int out) {
  turn["usage"] = {{"input_tokens", in}, {"output_tokens", out}};
  return turn;
}

// The run's spending as `avo status --json` reports it.
json StatusJson(const std::string& run) {
  auto r = RunAvo({kAvo, "status", run, "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return json::parse(r.out, nullptr, false);
}

// Every call the LLM server answered is counted by `avo status`: a step that submitted nothing
// and the turns after a submission included. A run-wide [budget] stops the run cleanly between
// steps, and the run stays stopped on resume.
TEST(RunBudgetCliTest, StatusCountsEveryAnsweredCallAndATokenBudgetStopsTheRun) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  json script = json::array(
      {WithUsage(Call("a1", "read_file", {{"path", "params.txt"}}), 100, 10),
       WithUsage({{"text", "Nothing worth trying here."}}, 50, 5),
       WithUsage(Call("a2", "edit_file",
                      {{"path", "params.txt"}, {"old_text", "y = 1"}, {"new_text", "y = 3"}}),
                 200, 20),
       WithUsage(Call("a3", "commit", {{"message", "y from 1 to 3"}}), 300, 30)});
  for (int i = 0; i < 6; ++i) script.push_back(WithUsage({{"text", "Done."}}, 7, 1));
  d.Write("script.json", script.dump());

  auto run_with = [&](const std::string& name, const std::string& budget) {
    ScriptedServerProcess server(d.path() / "script.json", d.path() / (name + ".jsonl"));
    EXPECT_GT(server.port(), 0);
    d.Write(name + ".toml",
            "operator = \"agent\"\n[llm]\nkind = \"openai\"\nmodel = "
            "\"scripted\"\nbase_url = \"http://127.0.0.1:" +
                std::to_string(server.port()) + "/v1\"\napi_key_env = \"AVO_CLI_TEST_KEY\"\n" +
                budget);
    setenv("AVO_CLI_TEST_KEY", "sk-cli-test", 1);
    return RunAvo({kAvo, "evolve", (d.path() / "task").string(), "--run",
                   (d.path() / name).string(), "--steps", "2", "--config",
                   (d.path() / (name + ".toml")).string()});
  };
  // What the server answered: the script's usage of as many turns as it got requests.
  auto answered = [&](const std::string& name) {
    const auto requests = testing::Lines(testing::ReadFile(d.path() / (name + ".jsonl")));
    std::int64_t tokens = 0;
    for (std::size_t i = 0; i < requests.size() && i < script.size(); ++i)
      tokens += script[i]["usage"]["input_tokens"].get<int>() +
                script[i]["usage"]["output_tokens"].get<int>();
    return tokens;
  };

  auto free_run = run_with("free", "");
  ASSERT_EQ(free_run.exit_code, 0) << free_run.out << free_run.err;
  json status = StatusJson((d.path() / "free").string());
  EXPECT_GE(answered("free"), 100 + 10 + 50 + 5 + 200 + 20 + 300 + 30);
  EXPECT_EQ(status["tokens_in"].get<std::int64_t>() + status["tokens_out"].get<std::int64_t>(),
            answered("free"));

  auto capped = run_with("capped", "[budget]\ntokens = 100\n");
  ASSERT_EQ(capped.exit_code, 0) << capped.out << capped.err;
  EXPECT_NE(capped.out.find("run budget reached"), std::string::npos) << capped.out;
  EXPECT_NE(capped.out.find("1 step(s)"), std::string::npos) << capped.out;
  status = StatusJson((d.path() / "capped").string());
  EXPECT_EQ(status["budget"]["tokens"], 100);
  EXPECT_EQ(status["tokens_in"].get<std::int64_t>() + status["tokens_out"].get<std::int64_t>(),
            answered("capped"));
  auto again = RunAvo({kAvo, "evolve", (d.path() / "capped").string(), "--steps", "2"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("run budget reached"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("0 step(s)"), std::string::npos) << again.out;
}

// The run-wide budget holds across kill -9 mid-step: each call's cost is in the archive as it
// returns (the spending ledger), so `avo status` counts the killed step's calls and the resumed
// run spends only what is left. Every call costs 10,000 tokens against a budget of 60,000.
TEST(RunBudgetCliTest, ABudgetHoldsAcrossAKillMidStep) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  constexpr int kPerCall = 10'000, kBudget = 60'000;
  json script = json::array();
  for (int i = 0; i < 40; ++i) {
    json turn = WithUsage(Call("r" + std::to_string(i), "read_file", {{"path", "params.txt"}}),
                          9'000, 1'000);
    turn["delay_s"] = 0.3;  // time to kill avo between one request and its answer
    script.push_back(turn);
  }
  d.Write("script.json", script.dump());
  setenv("AVO_CLI_TEST_KEY", "sk-cli-test", 1);
  auto config = [&](int port) {
    d.Write("avo.toml",
            "operator = \"agent\"\n[llm]\nkind = \"openai\"\nmodel = \"scripted\"\n"
            "base_url = \"http://127.0.0.1:" +
                std::to_string(port) +
                "/v1\"\napi_key_env = \"AVO_CLI_TEST_KEY\"\n[agent]\nmax_turns = 100\n"
                "[budget]\ntokens = " +
                std::to_string(kBudget) + "\n");
  };
  const std::string run = (d.path() / "run").string();
  const auto first = d.path() / "first.jsonl", second = d.path() / "second.jsonl";
  auto requests = [](const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::exists(p, ec)
               ? static_cast<int>(testing::Lines(testing::ReadFile(p)).size())
               : 0;
  };
  {
    ScriptedServerProcess server(d.path() / "script.json", first);
    ASSERT_GT(server.port(), 0);
    config(server.port());
    // The fourth request means the first three answers were taken in (and recorded).
    ASSERT_TRUE(testing::RunAndKillWhen(
        testing::AvoArgv({kAvo, "evolve", (d.path() / "task").string(), "--run", run, "--steps",
                          "1", "--config", (d.path() / "avo.toml").string()}),
        [&] { return requests(first) >= 4; }, 60'000));
  }
  json status = StatusJson(run);
  const std::int64_t recorded =
      status["tokens_in"].get<std::int64_t>() + status["tokens_out"].get<std::int64_t>();
  EXPECT_GE(recorded, 3 * kPerCall) << status.dump();
  EXPECT_LE(recorded, requests(first) * kPerCall) << status.dump();
  {
    ScriptedServerProcess server(d.path() / "script.json", second);
    ASSERT_GT(server.port(), 0);
    config(server.port());
    std::filesystem::copy_file(d.path() / "avo.toml", std::filesystem::path(run) / "avo.toml",
                               std::filesystem::copy_options::overwrite_existing);
    auto resumed = RunAvo({kAvo, "evolve", run, "--steps", "5"});
    ASSERT_EQ(resumed.exit_code, 0) << resumed.out << resumed.err;
    EXPECT_NE(resumed.out.find("run budget reached"), std::string::npos) << resumed.out;
  }
  // Everything the server answered, over both invocations: the budget, plus at most the one call
  // that was in flight when the kill came.
  const int answered = requests(first) + requests(second);
  EXPECT_LE(answered * kPerCall, kBudget + kPerCall)
      << requests(first) << " calls before the kill, " << requests(second) << " after";
  status = StatusJson(run);
  EXPECT_GE(status["tokens_in"].get<std::int64_t>() + status["tokens_out"].get<std::int64_t>(),
            kBudget);
}

// The issue's own case: the CPU example task, a real kernel, through real HTTP in both formats.
TEST_P(AgentCliTest, EvolvesTheMatmulKernelWithTheAgentOperator) {
  testing::TempDir d;
  const json script = json::array(
      {Call("m1", "read_file", {{"path", "kernel.cpp"}}),
       Call("m2", "edit_file",
            {{"path", "kernel.cpp"}, {"old_text", "Order::ijk;"}, {"new_text", "Order::ikj;"}}),
       Call("m3", "evaluate", json::object()),
       Call("m4", "commit",
            {{"message", "ikj loop order: the inner loop walks B and C with unit stride"}})});
  d.Write("script.json", script.dump());
  ScriptedServerProcess server(d.path() / "script.json", d.path() / "requests.jsonl");
  ASSERT_GT(server.port(), 0);
  const bool anthropic = GetParam() == "anthropic";
  const std::string base =
      "http://127.0.0.1:" + std::to_string(server.port()) + (anthropic ? "" : "/v1");
  d.Write("avo.toml", "[llm]\nkind = \"" + GetParam() + "\"\nmodel = \"scripted\"\nbase_url = \"" +
                          base + "\"\napi_key_env = \"AVO_CLI_TEST_KEY\"\n");
  setenv("AVO_CLI_TEST_KEY", "sk-cli-test", 1);
  const std::string run = (d.path() / "run").string();
  auto r =
      RunAvo({kAvo, "evolve", std::string(AVO_SOURCE_DIR) + "/tasks/matmul", "--run", run,
              "--operator", "agent", "--steps", "1", "--config", (d.path() / "avo.toml").string()},
             300);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("1 commit(s); best v1"), std::string::npos) << r.out << r.err;
  auto log = RunAvo({kAvo, "log", run});
  EXPECT_NE(log.out.find("ikj loop order"), std::string::npos) << log.out;
  auto diff = RunAvo({kAvo, "diff", run, "v0", "v1"});
  EXPECT_NE(diff.out.find("+constexpr Order kOrder = Order::ikj;"), std::string::npos) << diff.out;
}

INSTANTIATE_TEST_SUITE_P(BothFormats, AgentCliTest, ::testing::Values("openai", "anthropic"));

TEST(AgentCliErrorsTest, BadConfigsGetOneLineAndLeaveNoRun) {
  testing::TempDir d;
  testing::WriteFakeTask(d.path() / "task");
  unsetenv("AVO_CLI_UNSET_KEY");
  struct Case {
    std::string toml, op, expect;
  };
  const std::vector<Case> cases = {
      {"[agent]\nmax_turns = -1\n", "agent", "key 'agent.max_turns': expected a positive integer"},
      {"[agent]\nmax_turns = 5\n", "agent", "--operator agent needs an [llm] table"},
      {"[llm]\nkind = \"openai\"\nmodel = \"m\"\napi_key_env = \"AVO_CLI_UNSET_KEY\"\n", "agent",
       "AVO_CLI_UNSET_KEY"},
      {"", "exec", "--operator exec needs a command"},
  };
  const std::string run = (d.path() / "run").string();
  for (const auto& c : cases) {
    d.Write("avo.toml", c.toml);
    auto r = RunAvo({kAvo, "evolve", (d.path() / "task").string(), "--run", run, "--operator", c.op,
                     "--config", (d.path() / "avo.toml").string()});
    EXPECT_NE(r.exit_code, 0) << c.expect;
    EXPECT_NE(r.err.find(c.expect), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_FALSE(std::filesystem::exists(run)) << c.expect;
  }
  auto missing = RunAvo({kAvo, "evolve", (d.path() / "task").string(), "--run", run, "--config",
                         (d.path() / "nope.toml").string()});
  EXPECT_NE(missing.err.find("nope.toml: no such file"), std::string::npos) << missing.err;
}

TEST(KbCliTest, AddsAndSearchesAnIndex) {
  testing::TempDir d;
  d.Write("docs/tma.md",
          "# TMA\n\nThe tensor memory accelerator copies tiles with cp.async.bulk.tensor.\n");
  const std::string db = (d.path() / "kb.db").string();
  auto add = RunAvo({kAvo, "kb", "add", (d.path() / "docs").string(), "--db", db});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_NE(add.out.find("1 file(s) indexed"), std::string::npos) << add.out;
  auto search = RunAvo({kAvo, "kb", "search", "tensor memory accelerator", "--db", db});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  EXPECT_NE(search.out.find("tma.md:1-"), std::string::npos) << search.out;
  auto none = RunAvo({kAvo, "kb", "search", "x"});
  EXPECT_NE(none.exit_code, 0);
  EXPECT_NE(none.err.find("--db FILE or --run RUN"), std::string::npos);
}

}  // namespace
}  // namespace avo
