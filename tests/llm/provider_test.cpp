// Both providers against the scripted server: real HTTP, real retries, recorded requests.
#include "avo/llm/provider.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <sstream>

#include "testing/llm_server.h"

namespace avo::llm {
namespace {

using nlohmann::json;
using testing::ScriptedLlmServer;
using testing::ScriptedToolCall;
using testing::ScriptedTurn;

constexpr const char* kKeyEnv = "AVO_TEST_LLM_KEY";
constexpr const char* kKey = "sk-test-SECRET-5f3a9c1e77";

// Parameterized over the two wire formats: every behaviour must hold for both.
class ProviderTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { ::setenv(kKeyEnv, kKey, 1); }

  bool anthropic() const { return GetParam() == "anthropic"; }

  ProviderConfig Config(const ScriptedLlmServer& server) const {
    ProviderConfig c;
    c.kind = GetParam();
    c.base_url = anthropic() ? server.anthropic_base_url() : server.openai_base_url();
    c.model = "scripted-model";
    c.api_key_env = kKeyEnv;
    c.max_tokens = 256;
    c.timeout_s = 5;
    c.retry.max_attempts = 4;
    c.retry.initial_backoff_s = 0.001;
    c.retry.max_backoff_s = 0.004;
    c.prices.input_usd_per_mtok = 3.0;
    c.prices.output_usd_per_mtok = 15.0;
    return c;
  }

  // A provider whose retry waits are recorded in `sleeps` and only briefly taken.
  std::unique_ptr<ChatProvider> Make(const ProviderConfig& c) {
    ProviderHooks hooks;
    hooks.sleep = [this](double s) { sleeps.push_back(s); };
    auto p = MakeProvider(c, hooks);
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? std::move(p).value() : nullptr;
  }

  static ChatRequest Hello() {
    ChatRequest r;
    r.messages = {Message::System("sys"), Message::User("hello")};
    return r;
  }

  std::vector<double> sleeps;
};

TEST_P(ProviderTest, TextReplyWithUsageAndCost) {
  ScriptedTurn turn = ScriptedTurn::Text("hi there");
  turn.input_tokens = 1000;
  turn.output_tokens = 200;
  ScriptedLlmServer server({turn});
  auto provider = Make(Config(server));
  auto r = provider->Chat(Hello());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->message.text, "hi there");
  EXPECT_EQ(r->stop_reason, StopReason::kEndTurn);
  EXPECT_EQ(r->usage.input_tokens, 1000);
  EXPECT_EQ(r->usage.output_tokens, 200);
  EXPECT_NEAR(r->cost_usd, (1000 * 3.0 + 200 * 15.0) / 1e6, 1e-12);
  EXPECT_EQ(r->attempts, 1);
  EXPECT_EQ(r->model, "scripted-model");

  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  const auto& req = requests[0];
  EXPECT_EQ(req.headers.at("content-type"), "application/json");
  if (anthropic()) {
    EXPECT_EQ(req.path, "/v1/messages");
    EXPECT_EQ(req.headers.at("x-api-key"), kKey);
    EXPECT_EQ(req.headers.at("anthropic-version"), "2023-06-01");
    EXPECT_EQ(req.headers.count("authorization"), 0u);
    EXPECT_EQ(req.json.at("system"), "sys");
    EXPECT_EQ(req.json.at("max_tokens"), 256);
  } else {
    EXPECT_EQ(req.path, "/v1/chat/completions");
    EXPECT_EQ(req.headers.at("authorization"), std::string("Bearer ") + kKey);
    EXPECT_EQ(req.headers.count("x-api-key"), 0u);
    EXPECT_EQ(req.json.at("messages").at(0).at("role"), "system");
  }
  EXPECT_EQ(req.json.at("model"), "scripted-model");
}

TEST_P(ProviderTest, ToolCallsRoundTrip) {
  ScriptedLlmServer server(
      {ScriptedTurn::Calls({{"id_1", "read_file", {{"path", "a.cu"}}, std::nullopt}}, "reading"),
       ScriptedTurn::Text("done")});
  auto provider = Make(Config(server));
  ChatRequest req = Hello();
  req.tools.push_back(
      ToolSpec{"read_file",
               "Read a file",
               {{"type", "object"}, {"properties", {{"path", {{"type", "string"}}}}}}});
  auto first = provider->Chat(req);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->stop_reason, StopReason::kToolUse);
  ASSERT_EQ(first->message.tool_calls.size(), 1u);
  const ToolCall call = first->message.tool_calls[0];
  EXPECT_EQ(call.id, "id_1");
  EXPECT_EQ(call.name, "read_file");
  EXPECT_EQ(call.arguments, json({{"path", "a.cu"}}));
  EXPECT_EQ(first->message.text, "reading");

  req.messages.push_back(first->message);
  req.messages.push_back(Message::Tool(call.id, "__global__ void k() {}"));
  auto second = provider->Chat(req);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->message.text, "done");

  const json sent = server.requests().at(1).json;
  if (anthropic()) {
    EXPECT_EQ(sent.at("tools").at(0).at("input_schema").at("type"), "object");
    const json& last = sent.at("messages").back();
    EXPECT_EQ(last.at("role"), "user");
    EXPECT_EQ(last.at("content").at(0).at("type"), "tool_result");
    EXPECT_EQ(last.at("content").at(0).at("tool_use_id"), "id_1");
    EXPECT_EQ(sent.at("messages").at(1).at("content").at(1).at("input"), json({{"path", "a.cu"}}));
  } else {
    EXPECT_EQ(sent.at("tools").at(0).at("function").at("name"), "read_file");
    const json& last = sent.at("messages").back();
    EXPECT_EQ(last.at("role"), "tool");
    EXPECT_EQ(last.at("tool_call_id"), "id_1");
    EXPECT_EQ(sent.at("messages").at(2).at("tool_calls").at(0).at("function").at("arguments"),
              R"({"path":"a.cu"})");
  }
}

TEST_P(ProviderTest, MalformedToolArgumentsAreReportedNotFatal) {
  ScriptedLlmServer server(
      {ScriptedTurn::Calls({{"c1", "edit", json::object(), std::string("{\"path\": ")}})});
  auto provider = Make(Config(server));
  auto r = provider->Chat(Hello());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->message.tool_calls.size(), 1u);
  EXPECT_FALSE(r->message.tool_calls[0].arguments_error.empty());
  EXPECT_EQ(r->message.tool_calls[0].raw_arguments, "{\"path\": ");
}

TEST_P(ProviderTest, RateLimitHonoursRetryAfterThenSucceeds) {
  ScriptedTurn limited = ScriptedTurn::Error(429, "rate_limit_error", "slow down");
  limited.headers["Retry-After"] = "7";
  ScriptedLlmServer server({limited, ScriptedTurn::Text("ok")});
  auto provider = Make(Config(server));
  auto r = provider->Chat(Hello());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->attempts, 2);
  ASSERT_EQ(sleeps.size(), 1u);
  EXPECT_DOUBLE_EQ(sleeps[0], 7.0);  // the server's word, not our backoff
  EXPECT_EQ(server.requests().size(), 2u);
}

TEST_P(ProviderTest, RetryAfterIsCapped) {
  ScriptedTurn limited = ScriptedTurn::Error(429, "rate_limit_error", "slow down");
  limited.headers["retry-after"] = "86400";
  ScriptedLlmServer server({limited, ScriptedTurn::Text("ok")});
  ProviderConfig c = Config(server);
  c.retry.max_retry_after_s = 30;
  auto provider = Make(c);
  ASSERT_TRUE(provider->Chat(Hello()).ok());
  ASSERT_EQ(sleeps.size(), 1u);
  EXPECT_DOUBLE_EQ(sleeps[0], 30.0);
}

TEST_P(ProviderTest, ServerErrorsBackOffExponentiallyThenSucceed) {
  ScriptedLlmServer server(
      {ScriptedTurn::Error(500, "api_error", "internal"),
       ScriptedTurn::Error(anthropic() ? 529 : 503, "overloaded_error", "busy"),
       ScriptedTurn::Text("ok")});
  auto provider = Make(Config(server));
  auto r = provider->Chat(Hello());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->attempts, 3);
  ASSERT_EQ(sleeps.size(), 2u);
  EXPECT_GE(sleeps[0], 0.0005);
  EXPECT_LE(sleeps[0], 0.001);
  EXPECT_GE(sleeps[1], 0.001);
  EXPECT_LE(sleeps[1], 0.002);
}

TEST_P(ProviderTest, DroppedConnectionIsRetried) {
  ScriptedLlmServer server({ScriptedTurn::Drop(), ScriptedTurn::Text("ok")});
  auto provider = Make(Config(server));
  auto r = provider->Chat(Hello());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->message.text, "ok");
  EXPECT_EQ(r->attempts, 2);
}

TEST_P(ProviderTest, TimeoutIsRetried) {
  ScriptedTurn slow = ScriptedTurn::Text("late");
  slow.delay_s = 0.3;
  ScriptedLlmServer server({slow, ScriptedTurn::Text("prompt")});
  ProviderConfig c = Config(server);
  c.timeout_s = 0.1;
  auto provider = Make(c);
  auto r = provider->Chat(Hello());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->message.text, "prompt");
  EXPECT_EQ(r->attempts, 2);
}

TEST_P(ProviderTest, GivesUpAfterMaxAttempts) {
  ScriptedLlmServer server({ScriptedTurn::Error(503, "overloaded_error", "busy"),
                            ScriptedTurn::Error(503, "overloaded_error", "busy"),
                            ScriptedTurn::Error(503, "overloaded_error", "busy")});
  ProviderConfig c = Config(server);
  c.retry.max_attempts = 3;
  auto provider = Make(c);
  auto r = provider->Chat(Hello());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kUnavailable);
  EXPECT_EQ(r.status().message(), GetParam() + ": 503 overloaded_error: busy (after 3 attempts)");
  EXPECT_EQ(server.requests().size(), 3u);
  EXPECT_EQ(server.remaining(), 0u);
}

TEST_P(ProviderTest, UnauthorizedIsOneLineWithProviderMessageAndNotRetried) {
  ScriptedLlmServer server(
      {ScriptedTurn::Error(401, "authentication_error", "invalid x-api-key", "invalid_api_key"),
       ScriptedTurn::Text("never")});
  auto provider = Make(Config(server));
  auto r = provider->Chat(Hello());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
  if (anthropic()) {
    EXPECT_EQ(r.status().message(), "anthropic: 401 authentication_error: invalid x-api-key");
  } else {
    EXPECT_EQ(r.status().message(), "openai: 401 invalid_api_key: invalid x-api-key");
  }
  EXPECT_EQ(r.status().message().find('\n'), std::string::npos);
  EXPECT_FALSE(IsContextLengthExceeded(r.status()));
  EXPECT_EQ(server.requests().size(), 1u);
  EXPECT_TRUE(sleeps.empty());
}

TEST_P(ProviderTest, NotFoundModel) {
  ScriptedLlmServer server({ScriptedTurn::Error(404, "not_found_error", "model: nope")});
  auto provider = Make(Config(server));
  auto r = provider->Chat(Hello());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(server.requests().size(), 1u);
}

TEST_P(ProviderTest, ContextLengthIsFlaggedAndNotRetried) {
  ScriptedTurn too_long =
      anthropic() ? ScriptedTurn::Error(400, "invalid_request_error",
                                        "prompt is too long: 210000 tokens > 200000 maximum")
                  : ScriptedTurn::Error(400, "invalid_request_error",
                                        "This model's maximum context length is 128000 tokens.",
                                        "context_length_exceeded");
  ScriptedLlmServer server({too_long});
  auto provider = Make(Config(server));
  auto r = provider->Chat(Hello());
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(IsContextLengthExceeded(r.status())) << r.status().ToString();
  EXPECT_EQ(server.requests().size(), 1u);

  // An ordinary 400 is not a context-length error.
  ScriptedLlmServer other(
      {ScriptedTurn::Error(400, "invalid_request_error", "messages: field required")});
  auto provider2 = Make(Config(other));
  auto r2 = provider2->Chat(Hello());
  ASSERT_FALSE(r2.ok());
  EXPECT_FALSE(IsContextLengthExceeded(r2.status()));
  EXPECT_EQ(r2.status().code(), Status::Code::kInvalidArgument);
}

TEST_P(ProviderTest, ApiKeyNeverInErrorsOrLogs) {
  // Worst case: a server that echoes the key in its error messages.
  const std::string echo = std::string("bad key ") + kKey + " for this org";
  ScriptedLlmServer server({ScriptedTurn::Error(500, "api_error", echo),
                            ScriptedTurn::Error(401, "authentication_error", echo)});
  std::ostringstream log;
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(log);
  auto previous = spdlog::default_logger();
  spdlog::set_default_logger(std::make_shared<spdlog::logger>("capture", sink));
  spdlog::default_logger()->set_level(spdlog::level::trace);

  auto provider = Make(Config(server));
  auto r = provider->Chat(Hello());

  spdlog::set_default_logger(previous);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().find(kKey), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("[redacted]"), std::string::npos);
  EXPECT_NE(log.str().find("retrying"), std::string::npos) << "the retry was not logged";
  EXPECT_EQ(log.str().find(kKey), std::string::npos) << log.str();
  EXPECT_EQ(ToJson(provider->config()).dump().find(kKey), std::string::npos);
  // ...and the key did go where it belongs.
  const auto h = server.requests().at(0).headers;
  EXPECT_EQ(anthropic() ? h.at("x-api-key") : h.at("authorization"),
            anthropic() ? std::string(kKey) : std::string("Bearer ") + kKey);
}

TEST_P(ProviderTest, MissingKeyFailsAtConstructionWithoutTheValue) {
  ProviderConfig c;
  c.kind = GetParam();
  c.base_url = "http://127.0.0.1:1";
  c.model = "m";
  c.api_key_env = "AVO_TEST_LLM_KEY_UNSET";
  ::unsetenv("AVO_TEST_LLM_KEY_UNSET");
  auto p = MakeProvider(c);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().message(),
            "llm: environment variable AVO_TEST_LLM_KEY_UNSET (llm.api_key_env) is not set");
}

TEST_P(ProviderTest, NoKeyConfiguredSendsNoCredentials) {
  ScriptedLlmServer server({ScriptedTurn::Text("local")});
  ProviderConfig c = Config(server);
  c.api_key_env = "";
  auto provider = Make(c);
  ASSERT_TRUE(provider->Chat(Hello()).ok());
  const auto h = server.requests().at(0).headers;
  EXPECT_EQ(h.count("authorization") + h.count("x-api-key"), 0u);
}

TEST_P(ProviderTest, UnreachableServerIsUnavailable) {
  int port = 0;
  {
    ScriptedLlmServer server;  // bind a port, then free it so nothing listens there
    port = server.port();
  }
  ProviderConfig c;
  c.kind = GetParam();
  c.base_url = "http://127.0.0.1:" + std::to_string(port) + (anthropic() ? "" : "/v1");
  c.model = "m";
  c.retry.max_attempts = 2;
  c.retry.initial_backoff_s = 0.001;
  auto provider = Make(c);
  auto r = provider->Chat(Hello());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kUnavailable);
  EXPECT_EQ(sleeps.size(), 1u);
}

TEST_P(ProviderTest, CancelStopsBeforeSending) {
  ScriptedLlmServer server({ScriptedTurn::Text("x")});
  std::atomic<bool> cancel{true};
  ProviderHooks hooks;
  hooks.cancel = &cancel;
  auto provider = MakeProvider(Config(server), hooks);
  ASSERT_TRUE(provider.ok());
  auto r = (*provider)->Chat(Hello());
  EXPECT_EQ(r.status().code(), Status::Code::kCancelled);
  EXPECT_TRUE(server.requests().empty());
}

// A stop request (the user's, or the step's time spent) ends a call the server never answers,
// instead of waiting out the timeout and its retries (6 x 600 s by default).
TEST_P(ProviderTest, TheRequestsCancelEndsACallInFlight) {
  ScriptedTurn slow = ScriptedTurn::Text("late");
  slow.delay_s = 4;
  ScriptedLlmServer server({slow});
  auto provider = Make(Config(server));
  ChatRequest req = Hello();
  const auto start = std::chrono::steady_clock::now();
  req.cancelled = [start] {
    return std::chrono::steady_clock::now() - start > std::chrono::milliseconds(300);
  };
  auto r = provider->Chat(req);
  const double took =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.status().code(), Status::Code::kCancelled) << r.status().message();
  // libcurl polls the cancel at least once a second while a transfer waits.
  EXPECT_LT(took, 3.5);  // the server answers only after 4 s
  EXPECT_EQ(server.requests().size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(BothApis, ProviderTest, ::testing::Values("openai", "anthropic"));

}  // namespace
}  // namespace avo::llm
