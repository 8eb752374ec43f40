// The agentic operator through the real Engine against the scripted LLM server, in both wire
// formats: a scripted conversation that reads, edits, evaluates and commits; faults injected at
// every layer; fatal errors; compaction; the supervisor's directions reaching the next step.
#include "avo/agent/agent_operator.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "avo/engine/engine.h"
#include "avo/eval/local_evaluator.h"
#include "avo/supervisor/llm_reviewer.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/llm_server.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {
using nlohmann::json;
using testing::ScriptedLlmServer;
using testing::ScriptedToolCall;
using testing::ScriptedTurn;

ScriptedTurn Call(const std::string& name, json args, const std::string& id) {
  return ScriptedTurn::Calls({ScriptedToolCall{id, name, std::move(args), std::nullopt}});
}

// The happy path of one step: read, edit x 1 -> 4, evaluate, commit.
std::vector<ScriptedTurn> EditAndCommit(const std::string& tag) {
  return {
      Call("read_file", {{"path", "params.txt"}}, tag + "1"),
      Call("edit_file", {{"path", "params.txt"}, {"old_text", "x = 1"}, {"new_text", "x = 4"}},
           tag + "2"),
      Call("evaluate", json::object(), tag + "3"),
      Call("commit", {{"message", "x from 1 to 4\n\nThe evaluation says 41 vs 11."}}, tag + "4")};
}

class AgentOperatorTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    testing::WriteFakeTask(dirs_.path() / "task");
    auto run = avo::Run::Create(dirs_.path() / "task", dirs_.path() / "run");
    ASSERT_TRUE(run.ok()) << run.status().message();
    run_ = std::move(run).value();
    evaluator_ = std::make_unique<LocalEvaluator>(
        run_->task(), avo::testing::EvaluatorOptions(run_->paths().scratch()));
  }

  bool anthropic() const { return GetParam() == "anthropic"; }

  llm::ProviderConfig Config(const ScriptedLlmServer& server) const {
    llm::ProviderConfig c;
    c.kind = GetParam();
    c.base_url = anthropic() ? server.anthropic_base_url() : server.openai_base_url();
    c.model = "scripted";
    c.timeout_s = 10;
    c.retry.max_attempts = 3;
    c.prices.input_usd_per_mtok = 1.0;
    c.prices.output_usd_per_mtok = 2.0;
    return c;
  }

  std::unique_ptr<agent::AgentOperator> Operator(const ScriptedLlmServer& server,
                                                 agent::AgentSettings settings = {},
                                                 llm::ProviderConfig* config = nullptr) {
    llm::ProviderHooks hooks;
    hooks.sleep = [this](double s) { sleeps_.push_back(s); };
    auto p = llm::MakeProvider(config != nullptr ? *config : Config(server), hooks);
    EXPECT_TRUE(p.ok()) << p.status().message();
    return std::make_unique<agent::AgentOperator>(std::move(p).value(), settings);
  }

  Result<EvolveSummary> Evolve(VariationOperator& op, int steps, Supervisor* supervisor = nullptr) {
    Engine engine(*run_, *evaluator_, op, supervisor);
    EvolveOptions o;
    o.steps = steps;
    o.seed = 1;
    return engine.Evolve(o);
  }

  // The JSON lines of a step's transcript.
  std::vector<json> Transcript(int step) {
    std::vector<json> out;
    std::ifstream in(run_->dir() / "steps" / std::to_string(step) / "transcript.jsonl");
    for (std::string line; std::getline(in, line);) out.push_back(json::parse(line));
    return out;
  }

  // Tool results the request carried, in either wire format: id -> content.
  std::map<std::string, std::string> ToolResults(const json& body) const {
    std::map<std::string, std::string> out;
    for (const auto& m : body["messages"]) {
      if (!anthropic() && m["role"] == "tool") out[m["tool_call_id"]] = m["content"];
      if (anthropic() && m["content"].is_array()) {
        for (const auto& b : m["content"]) {
          if (b["type"] == "tool_result")
            out[b["tool_use_id"]] =
                b["content"].is_string() ? b["content"].get<std::string>() : b["content"].dump();
        }
      }
    }
    return out;
  }

  std::string SystemText(const json& body) const {
    if (anthropic())
      return body["system"].is_string() ? body["system"].get<std::string>() : body["system"].dump();
    return body["messages"][0]["content"];
  }

  testing::TempDir dirs_;
  std::unique_ptr<avo::Run> run_;
  std::unique_ptr<LocalEvaluator> evaluator_;
  std::vector<double> sleeps_;
};

TEST_P(AgentOperatorTest, AScriptedConversationCommitsAVersion) {
  ScriptedLlmServer server(EditAndCommit("c"));
  auto op = Operator(server);
  auto s = Evolve(*op, 1);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->commits, 1);
  auto versions = *run_->lineage().Versions();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_DOUBLE_EQ(versions[1].scalar, 41);
  EXPECT_NE(versions[1].message.find("x from 1 to 4"), std::string::npos);
  EXPECT_EQ(server.remaining(), 0u);

  // The requests declared the tools and carried every tool result back, in the API's format.
  auto reqs = server.requests();
  ASSERT_EQ(reqs.size(), 4u);
  const json& first = reqs[0].json;
  std::set<std::string> tools;
  for (const auto& t : first["tools"])
    tools.insert(anthropic() ? t["name"] : t["function"]["name"]);
  for (const char* t : {"read_file", "write_file", "edit_file", "list_files", "search", "run",
                        "evaluate", "versions", "show_version", "diff_versions", "attempts",
                        "kb_search", "kb_read", "notes", "commit"}) {
    EXPECT_EQ(tools.count(t), 1u) << t;
  }
  EXPECT_NE(SystemText(first).find("commit gate"), std::string::npos);
  auto results = ToolResults(reqs[3].json);
  ASSERT_EQ(results.size(), 3u);
  EXPECT_NE(results["c1"].find("x = 1  # avo:knob x"), std::string::npos) << results["c1"];
  EXPECT_NE(results["c2"].find("replaced 1 occurrence"), std::string::npos);
  EXPECT_NE(results["c3"].find("geomean"), std::string::npos) << results["c3"];
  EXPECT_NE(results["c3"].find("ratio 3.727"), std::string::npos) << results["c3"];

  // The transcript holds the whole step; the archive links it and the cost.
  auto t = Transcript(1);
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t.front()["type"], "start");
  EXPECT_EQ(t.back()["type"], "end");
  EXPECT_EQ(t.back()["committed"], true);
  int responses = 0, tool_records = 0;
  for (const auto& r : t) {
    responses += r["type"] == "response";
    tool_records += r["type"] == "tool";
  }
  EXPECT_EQ(responses, 4);
  EXPECT_EQ(tool_records, 4);
  auto attempts = *run_->archive().Attempts(1);
  EXPECT_EQ(attempts[0].status, "committed");
  EXPECT_EQ(attempts[0].cost.tokens_in,
            40);  // four calls of 10 input tokens, all before the commit
  EXPECT_EQ(attempts[0].cost.tokens_out, 20);
  EXPECT_NEAR(attempts[0].cost.cost_usd, (40 * 1.0 + 20 * 2.0) / 1e6, 1e-12);
}

TEST_P(AgentOperatorTest, FaultsAreRetriedOrAnsweredAndTheStepGoesOn) {
  ScriptedTurn limited = ScriptedTurn::Error(429, "rate_limit_error", "slow down");
  limited.headers["Retry-After"] = "3";
  ScriptedTurn mixed = ScriptedTurn::Calls(
      {ScriptedToolCall{"m1", "write_file", json::object(),
                        std::string("{\"path\": \"params.txt\", ")},
       ScriptedToolCall{"m2", "frobnicate", {{"x", 1}}, std::nullopt},
       ScriptedToolCall{
           "m3", "run", {{"command", "head -c 200000 /dev/zero | tr '\\0' a"}}, std::nullopt}});
  ScriptedTurn too_long =
      anthropic() ? ScriptedTurn::Error(400, "invalid_request_error",
                                        "prompt is too long: 210000 tokens > 200000 maximum")
                  : ScriptedTurn::Error(400, "invalid_request_error",
                                        "This model's maximum context length is 128000 tokens.",
                                        "context_length_exceeded");
  std::vector<ScriptedTurn> script = {
      limited,
      mixed,
      ScriptedTurn::Error(500, "api_error", "internal"),
      ScriptedTurn::Drop(),
      Call("read_file", {{"path", "params.txt"}}, "r1"),
      too_long,
      ScriptedTurn::Text("Summary: the agent read params.txt; x is 1; plan: set x to 4."),
      Call("edit_file", {{"path", "params.txt"}, {"old_text", "x = 1"}, {"new_text", "x = 4"}},
           "e1"),
      Call("commit", {{"message", "x to 4"}}, "k1")};
  ScriptedLlmServer server(script);
  agent::AgentSettings settings;
  settings.tool_output_chars = 3000;
  auto op = Operator(server, settings);
  auto s = Evolve(*op, 1);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->commits, 1);
  EXPECT_EQ(server.remaining(), 0u);
  ASSERT_GE(sleeps_.size(), 3u);
  EXPECT_DOUBLE_EQ(sleeps_[0], 3.0);  // Retry-After honoured

  auto reqs = server.requests();
  ASSERT_EQ(reqs.size(), 9u);  // one per scripted turn: the 429, 500 and drop were retried
  // The turn after the mixed calls answered each of them: parse error, unknown tool, cut output.
  auto results = ToolResults(reqs[2].json);
  ASSERT_EQ(results.size(), 3u);
  EXPECT_NE(results["m1"].find("not a JSON object"), std::string::npos) << results["m1"];
  EXPECT_NE(results["m2"].find("unknown tool 'frobnicate'"), std::string::npos);
  EXPECT_NE(results["m3"].find("characters cut"), std::string::npos);
  EXPECT_LE(results["m3"].size(), 3300u);
  if (anthropic()) {
    int errors = 0;
    for (const auto& m : reqs[2].json["messages"]) {
      if (!m["content"].is_array()) continue;
      for (const auto& b : m["content"]) errors += b.value("is_error", false);
    }
    EXPECT_EQ(errors, 2);
  } else {
    EXPECT_EQ(results["m2"].rfind("ERROR: ", 0), 0u);
  }
  // After the context-length error: a summary call without tools, then the retried turn with
  // the summary in place of the older turns.
  const json& summary_req = reqs[6].json;
  EXPECT_FALSE(summary_req.contains("tools") && !summary_req["tools"].empty());
  EXPECT_NE(reqs[5].body.find("r1"), std::string::npos);
  const std::string retried = reqs[7].body;
  EXPECT_NE(retried.find("Summary: the agent read params.txt"), std::string::npos);
  bool compacted = false;
  for (const auto& r : Transcript(1)) compacted = compacted || r["type"] == "compaction";
  EXPECT_TRUE(compacted);
  EXPECT_DOUBLE_EQ(run_->lineage().Versions()->back().scalar, 41);
}

TEST_P(AgentOperatorTest, ProactiveCompactionKeepsTheConversationUnderTheWindow) {
  std::vector<ScriptedTurn> script;
  script.reserve(6);
  for (int i = 0; i < 6; ++i) {
    script.push_back(
        Call("run", {{"command", "head -c 4000 /dev/zero | tr '\\0' a"}}, "p" + std::to_string(i)));
  }
  auto rest = EditAndCommit("q");
  script.insert(script.end(), rest.begin() + 1, rest.end());
  ScriptedLlmServer server(script);
  // Summary calls (no tools) are answered whenever they come.
  int summaries = 0;
  server.SetResponder([&](const testing::RecordedRequest& r) -> std::optional<ScriptedTurn> {
    if (r.json.contains("tools") && !r.json["tools"].empty()) return std::nullopt;
    ++summaries;
    return ScriptedTurn::Text("Summary: printed a's several times; plan: set x to 4.");
  });
  llm::ProviderConfig config = Config(server);
  config.context_window = 6000;
  config.max_tokens = 1000;
  auto op = Operator(server, {}, &config);
  auto s = Evolve(*op, 1);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->commits, 1);
  int compactions = 0;
  for (const auto& r : Transcript(1))
    compactions += r["type"] == "compaction" && r["removed"].get<int>() > 0;
  EXPECT_GE(compactions, 1);
  EXPECT_EQ(compactions, summaries);  // each summarising compaction made one model call
  // Every request of the agent fits the window (about 4 characters a token): a compaction that
  // still overshot would have been made harder at once, not a turn later.
  for (const auto& r : server.requests()) {
    if (r.json.contains("tools") && !r.json["tools"].empty()) {
      EXPECT_LT(r.body.size(), 6000u * 4) << r.body.size();
    }
  }
}

TEST_P(AgentOperatorTest, AFatalErrorEndsTheStepWithOneLine) {
  ScriptedLlmServer server({Call("read_file", {{"path", "params.txt"}}, "f1"),
                            ScriptedTurn::Error(401, "authentication_error", "invalid x-api-key")});
  auto op = Operator(server);
  auto s = Evolve(*op, 1);
  ASSERT_TRUE(s.ok()) << s.status().message();  // the engine records the failed step and goes on
  EXPECT_EQ(s->commits, 0);
  auto events = *run_->archive().Events("operator_error");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_NE(events[0].message.find("401"), std::string::npos) << events[0].message;
  EXPECT_NE(events[0].message.find("turn 2"), std::string::npos) << events[0].message;
  EXPECT_EQ(events[0].message.find('\n'), std::string::npos);
  auto t = Transcript(1);
  EXPECT_EQ(t.back()["type"], "end");
  EXPECT_EQ(server.requests().size(), 2u);  // 401 is not retried
}

TEST_P(AgentOperatorTest, BudgetsEndTheStepCleanly) {
  std::vector<ScriptedTurn> script;
  script.reserve(3);
  for (int i = 0; i < 3; ++i)
    script.push_back(Call("list_files", json::object(), "l" + std::to_string(i)));
  ScriptedLlmServer server(script);
  agent::AgentSettings settings;
  settings.max_turns = 3;
  auto op = Operator(server, settings);
  auto s = Evolve(*op, 1);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->commits, 0);
  EXPECT_TRUE(run_->archive().Events("operator_error")->empty());
  EXPECT_NE(Transcript(1).back()["reason"].get<std::string>().find("turn budget of 3"),
            std::string::npos);

  ScriptedLlmServer server2(
      {Call("list_files", json::object(), "t1"), Call("list_files", json::object(), "t2")});
  agent::AgentSettings tokens;
  tokens.max_tokens = 20;  // one call spends 15
  auto op2 = Operator(server2, tokens);
  ASSERT_TRUE(Evolve(*op2, 1).ok());
  EXPECT_EQ(server2.requests().size(), 2u);
  EXPECT_NE(Transcript(2).back()["reason"].get<std::string>().find("tokens"), std::string::npos);
}

TEST_P(AgentOperatorTest, TheSupervisorsDirectionsReachTheNextStep) {
  // Step 1 commits a slower version (rejected), then ends; the supervisor triggers after one
  // attempt without commit, its LLM review gives directions, and step 2's prompt holds them.
  std::vector<ScriptedTurn> script = {
      Call("edit_file", {{"path", "params.txt"}, {"old_text", "y = 1"}, {"new_text", "y = 0"}},
           "s1"),
      Call("commit", {{"message", "y to 0"}}, "s2"),
      ScriptedTurn::Text("I am done."),
      ScriptedTurn::Text("Done."),
      ScriptedTurn::Text("```json\n{\"review\": \"the agent lowered y\", \"directions\": [\"Raise "
                         "knob x to its largest value\", "
                         "\"Leave y alone\"]}\n```"),
      ScriptedTurn::Text("Nothing to do."),
      ScriptedTurn::Text("Done.")};
  ScriptedLlmServer server(script);
  auto op = Operator(server);
  auto reviewer_provider = llm::MakeProvider(Config(server));
  ASSERT_TRUE(reviewer_provider.ok());
  SupervisorConfig sc;
  sc.no_commit_evaluations = 1;
  sc.cooldown_attempts = 0;
  Supervisor supervisor(sc, std::make_unique<LlmReviewer>(std::move(reviewer_provider).value()));
  auto s = Evolve(*op, 2, &supervisor);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(server.remaining(), 0u);
  auto reqs = server.requests();
  ASSERT_EQ(reqs.size(), 7u);
  EXPECT_NE(reqs[4].body.find("no commit in the last 1 attempts"),
            std::string::npos);  // the review prompt
  EXPECT_NE(reqs[4].body.find("rejected"), std::string::npos);
  EXPECT_EQ(SystemText(reqs[0].json).find("Raise knob x"), std::string::npos);
  EXPECT_NE(SystemText(reqs[5].json).find("- Raise knob x to its largest value"),
            std::string::npos);
  auto events = *run_->archive().Events("intervention");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].data["review"], "the agent lowered y");
}

INSTANTIATE_TEST_SUITE_P(BothFormats, AgentOperatorTest, ::testing::Values("openai", "anthropic"));

}  // namespace
}  // namespace avo
