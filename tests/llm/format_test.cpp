// Request bodies and response parsing against the documented wire formats, without a network.
#include <gtest/gtest.h>

#include "avo/llm/anthropic.h"
#include "avo/llm/openai.h"
#include "avo/llm/wire_format.h"

namespace avo::llm {
namespace {

using nlohmann::json;

ProviderConfig Config(const std::string& kind, const std::string& base_url) {
  ProviderConfig c;
  c.kind = kind;
  c.base_url = base_url;
  c.model = "test-model";
  c.max_tokens = 1000;
  return c;
}

ToolSpec ReadFileTool() {
  ToolSpec t;
  t.name = "read_file";
  t.description = "Read a file";
  t.parameters = {{"type", "object"},
                  {"properties", {{"path", {{"type", "string"}}}}},
                  {"required", json::array({"path"})}};
  return t;
}

// A conversation with one tool round trip: system, user, assistant calls a tool, tool answers.
ChatRequest RoundTrip() {
  ChatRequest r;
  r.messages.push_back(Message::System("You are terse."));
  r.messages.push_back(Message::User("Read a.txt"));
  ToolCall call;
  call.id = "call_1";
  call.name = "read_file";
  call.arguments = {{"path", "a.txt"}};
  r.messages.push_back(Message::Assistant("Reading.", {call}));
  r.messages.push_back(Message::Tool("call_1", "hello", false));
  r.tools.push_back(ReadFileTool());
  return r;
}

TEST(OpenAIFormat, PlainRequestHasModelMessagesAndMaxTokens) {
  ChatRequest r;
  r.messages = {Message::System("sys"), Message::User("hi")};
  const json body = BuildOpenAIBody(Config("openai", "http://localhost:8000/v1"), r);
  EXPECT_EQ(body.at("model"), "test-model");
  EXPECT_EQ(body.at("messages"),
            json::parse(R"([{"role":"system","content":"sys"},{"role":"user","content":"hi"}])"));
  EXPECT_EQ(body.at("max_tokens"), 1000);  // local servers read max_tokens
  EXPECT_FALSE(body.contains("tools"));
  EXPECT_FALSE(body.contains("temperature"));
}

TEST(OpenAIFormat, OfficialEndpointUsesMaxCompletionTokens) {
  ChatRequest r;
  r.messages = {Message::User("hi")};
  r.max_tokens = 77;
  const json body = BuildOpenAIBody(Config("openai", "https://api.openai.com/v1"), r);
  EXPECT_EQ(body.at("max_completion_tokens"), 77);
  EXPECT_FALSE(body.contains("max_tokens"));
}

TEST(OpenAIFormat, ToolsAndToolRoundTrip) {
  ChatRequest r = RoundTrip();
  r.temperature = 0.5;
  const json body = BuildOpenAIBody(Config("openai", "http://localhost:8080/v1"), r);
  EXPECT_EQ(body.at("tools"), json::parse(R"([{"type":"function","function":{"name":"read_file",
    "description":"Read a file","parameters":{"type":"object","properties":{"path":{"type":"string"}},
    "required":["path"]}}}])"));
  const json& assistant = body.at("messages").at(2);
  EXPECT_EQ(assistant.at("role"), "assistant");
  EXPECT_EQ(assistant.at("content"), "Reading.");
  const json& call = assistant.at("tool_calls").at(0);
  EXPECT_EQ(call.at("id"), "call_1");
  EXPECT_EQ(call.at("type"), "function");
  EXPECT_EQ(call.at("function").at("name"), "read_file");
  // Arguments travel as JSON text, not as an object.
  ASSERT_TRUE(call.at("function").at("arguments").is_string());
  EXPECT_EQ(json::parse(call.at("function").at("arguments").get<std::string>()),
            json({{"path", "a.txt"}}));
  EXPECT_EQ(body.at("messages").at(3),
            json::parse(R"({"role":"tool","tool_call_id":"call_1","content":"hello"})"));
  EXPECT_DOUBLE_EQ(body.at("temperature").get<double>(), 0.5);
}

TEST(OpenAIFormat, AssistantWithOnlyToolCallsHasNullContentAndRawArgumentsReplayed) {
  ToolCall call;
  call.id = "c";
  call.name = "f";
  call.raw_arguments = R"({"x":  1})";
  ChatRequest r;
  r.messages = {Message::User("u"), Message::Assistant("", {call}),
                Message::Tool("c", "boom", true)};
  const json body = BuildOpenAIBody(Config("openai", "http://h/v1"), r);
  EXPECT_TRUE(body.at("messages").at(1).at("content").is_null());
  EXPECT_EQ(body.at("messages").at(1).at("tool_calls").at(0).at("function").at("arguments"),
            R"({"x":  1})");
  EXPECT_EQ(body.at("messages").at(2).at("content"), "ERROR: boom");
}

TEST(OpenAIFormat, OptionsAreMergedLastAndCanRenameMaxTokens) {
  ProviderConfig c = Config("openai", "http://h/v1");
  c.options = {{"top_p", 0.9}, {"max_completion_tokens", 5}};
  ChatRequest r;
  r.messages = {Message::User("u")};
  r.options = {{"seed", 7}};
  const json body = BuildOpenAIBody(c, r);
  EXPECT_EQ(body.at("top_p"), 0.9);
  EXPECT_EQ(body.at("seed"), 7);
  EXPECT_EQ(body.at("max_completion_tokens"), 5);
  EXPECT_FALSE(body.contains("max_tokens"));
}

TEST(OpenAIFormat, ParsesToolCallResponse) {
  const json body = json::parse(R"({
    "id": "chatcmpl-1", "object": "chat.completion", "model": "m",
    "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant",
      "content": null, "tool_calls": [
        {"id": "call_a", "type": "function", "function": {"name": "read_file", "arguments": "{\"path\":\"x\"}"}},
        {"id": "call_b", "type": "function", "function": {"name": "list", "arguments": ""}},
        {"id": "call_c", "type": "function", "function": {"name": "bad", "arguments": "{oops"}}]}}],
    "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120,
              "prompt_tokens_details": {"cached_tokens": 60}}})");
  auto r = ParseOpenAIResponse(body);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->stop_reason, StopReason::kToolUse);
  EXPECT_EQ(r->raw_stop_reason, "tool_calls");
  EXPECT_EQ(r->message.role, Role::kAssistant);
  EXPECT_EQ(r->message.text, "");
  ASSERT_EQ(r->message.tool_calls.size(), 3u);
  EXPECT_EQ(r->message.tool_calls[0].id, "call_a");
  EXPECT_EQ(r->message.tool_calls[0].arguments, json({{"path", "x"}}));
  EXPECT_EQ(r->message.tool_calls[0].raw_arguments, R"({"path":"x"})");
  EXPECT_EQ(r->message.tool_calls[1].arguments, json::object());
  EXPECT_TRUE(r->message.tool_calls[1].arguments_error.empty());
  EXPECT_FALSE(r->message.tool_calls[2].arguments_error.empty());
  EXPECT_EQ(r->usage.input_tokens, 100);
  EXPECT_EQ(r->usage.output_tokens, 20);
  EXPECT_EQ(r->usage.cached_input_tokens, 60);
  EXPECT_EQ(r->id, "chatcmpl-1");
}

TEST(OpenAIFormat, LenientWithCompatibleServers) {
  // Object arguments, no id, "stop" with tool calls (seen from Ollama and some vLLM parsers).
  const json body =
      json::parse(R"({"choices": [{"finish_reason": "stop", "message": {"role": "assistant",
    "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
    "tool_calls": [{"function": {"name": "f", "arguments": {"k": 1}}}]}}]})");
  auto r = ParseOpenAIResponse(body);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->message.text, "ab");
  EXPECT_EQ(r->stop_reason, StopReason::kToolUse);
  ASSERT_EQ(r->message.tool_calls.size(), 1u);
  EXPECT_FALSE(r->message.tool_calls[0].id.empty());
  EXPECT_EQ(r->message.tool_calls[0].arguments, json({{"k", 1}}));
}

TEST(OpenAIFormat, FinishReasonsMap) {
  for (const auto& [raw, want] : std::vector<std::pair<std::string, StopReason>>{
           {"stop", StopReason::kEndTurn},
           {"length", StopReason::kMaxTokens},
           {"content_filter", StopReason::kContentFilter},
           {"weird", StopReason::kOther}}) {
    json body = {
        {"choices",
         {{{"finish_reason", raw}, {"message", {{"role", "assistant"}, {"content", "x"}}}}}}};
    auto r = ParseOpenAIResponse(body);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->stop_reason, want) << raw;
  }
}

TEST(OpenAIFormat, RejectsBodiesWithoutChoices) {
  EXPECT_EQ(ParseOpenAIResponse(json::parse(R"({"id": "x"})")).status().code(),
            Status::Code::kInternal);
  EXPECT_EQ(ParseOpenAIResponse(json::parse(R"({"choices": [{"message": 3}]})")).status().code(),
            Status::Code::kInternal);
}

// Servers fill usage loosely; a count can neither refund tokens (negative) nor charge more than
// kMaxTokensPerCall (1e30, 2^64 - 1), and null ids or models are no reason to fail the call.
TEST(OpenAIFormat, UsageIsClampedAndNullFieldsAreEmpty) {
  auto parse = [](const std::string& usage) {
    return ParseOpenAIResponse(json::parse(
        R"({"id": null, "model": null, "choices": [{"message": {"role": "assistant",
            "content": "ok", "tool_calls": [{"id": null, "function": null}, "junk"]},
            "finish_reason": "stop"}], "usage": )" +
        usage + "}"));
  };
  auto r = parse(R"({"prompt_tokens": -80000000, "completion_tokens": 1e30})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->usage.input_tokens, 0);
  EXPECT_EQ(r->usage.output_tokens, kMaxTokensPerCall);
  EXPECT_EQ(r->id, "");
  EXPECT_EQ(r->model, "");
  ASSERT_EQ(r->message.tool_calls.size(), 2u);
  // No name: the agent answers it as an unknown tool, the conversation goes on.
  EXPECT_EQ(r->message.tool_calls[0].name, "");
  EXPECT_EQ(r->message.tool_calls[1].name, "");
  EXPECT_EQ(r->message.tool_calls[1].id, "call_1");
  r = parse(R"({"prompt_tokens": 18446744073709551615, "completion_tokens": 12.7})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->usage.input_tokens, kMaxTokensPerCall);
  EXPECT_EQ(r->usage.output_tokens, 12);
  r = parse(R"({"prompt_tokens": "12", "completion_tokens": null})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->usage.input_tokens, 0);
  EXPECT_EQ(r->usage.output_tokens, 0);
}

TEST(AnthropicFormat, UsageIsClampedAndNullFieldsAreEmpty) {
  auto r = ParseAnthropicResponse(json::parse(
      R"({"id": null, "model": null, "content": [{"type": "text", "text": null},
          {"type": null}, {"type": "tool_use", "id": null, "name": "read_file", "input": {}}],
          "stop_reason": "tool_use", "usage": {"input_tokens": 9.3e18,
          "output_tokens": -4, "cache_read_input_tokens": 9223372036854775807}})"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->usage.input_tokens, 2 * kMaxTokensPerCall);  // input + cache read
  EXPECT_EQ(r->usage.output_tokens, 0);
  EXPECT_EQ(r->id, "");
  ASSERT_EQ(r->message.tool_calls.size(), 1u);
  EXPECT_EQ(r->message.tool_calls[0].name, "read_file");
}

TEST(OpenAIFormat, ParsesErrorShapes) {
  ApiError e =
      ParseOpenAIError(400, R"({"error": {"message": "too long", "type": "invalid_request_error",
    "param": "messages", "code": "context_length_exceeded"}})");
  EXPECT_EQ(e.code, "context_length_exceeded");
  EXPECT_EQ(e.type, "invalid_request_error");
  EXPECT_EQ(e.message, "too long");
  EXPECT_EQ(ParseOpenAIError(404, R"({"error": "model 'x' not found"})").message,
            "model 'x' not found");
  EXPECT_EQ(
      ParseOpenAIError(400, R"({"object": "error", "message": "bad", "type": "BadRequestError"})")
          .message,
      "bad");
  EXPECT_EQ(ParseOpenAIError(502, "<html>bad gateway</html>").message, "<html>bad gateway</html>");
}

TEST(AnthropicFormat, PlainRequestHasTopLevelSystemAndContentBlocks) {
  ChatRequest r;
  r.messages = {Message::System("one"), Message::System("two"), Message::User("hi")};
  const json body = BuildAnthropicBody(Config("anthropic", "https://api.anthropic.com"), r);
  EXPECT_EQ(body.at("model"), "test-model");
  EXPECT_EQ(body.at("max_tokens"), 1000);
  EXPECT_EQ(body.at("system"), "one\n\ntwo");
  EXPECT_EQ(body.at("messages"),
            json::parse(R"([{"role":"user","content":[{"type":"text","text":"hi"}]}])"));
  EXPECT_FALSE(body.contains("tools"));
}

TEST(AnthropicFormat, ToolsAndToolRoundTrip) {
  ChatRequest r = RoundTrip();
  r.messages.push_back(Message::User("and now?"));
  const json body = BuildAnthropicBody(Config("anthropic", "https://api.anthropic.com"), r);
  EXPECT_EQ(body.at("tools"), json::parse(R"([{"name":"read_file","description":"Read a file",
    "input_schema":{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}}])"));
  EXPECT_EQ(body.at("system"), "You are terse.");
  const json want = json::parse(R"([
    {"role": "user", "content": [{"type": "text", "text": "Read a.txt"}]},
    {"role": "assistant", "content": [{"type": "text", "text": "Reading."},
      {"type": "tool_use", "id": "call_1", "name": "read_file", "input": {"path": "a.txt"}}]},
    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "call_1", "content": "hello"},
      {"type": "text", "text": "and now?"}]}])");
  EXPECT_EQ(body.at("messages"), want);
}

TEST(AnthropicFormat, ParallelToolResultsShareOneUserTurnAndErrorsAreFlagged) {
  ToolCall a{"t1", "f", json::object(), "", ""};
  ToolCall b{"t2", "g", json::object(), "", ""};
  ChatRequest r;
  r.messages = {Message::User("go"), Message::Assistant("", {a, b}), Message::Tool("t1", "ok"),
                Message::Tool("t2", "failed", true)};
  const json body = BuildAnthropicBody(Config("anthropic", "https://api.anthropic.com"), r);
  ASSERT_EQ(body.at("messages").size(), 3u);
  const json& results = body.at("messages").at(2).at("content");
  ASSERT_EQ(results.size(), 2u);
  EXPECT_FALSE(results.at(0).contains("is_error"));
  EXPECT_EQ(results.at(1).at("is_error"), true);
  EXPECT_EQ(body.at("messages").at(1).at("content").size(), 2u);  // no empty text block
}

TEST(AnthropicFormat, ReplaysProviderContentVerbatim) {
  const json blocks = json::parse(R"([{"type":"thinking","thinking":"hmm","signature":"sig"},
    {"type":"tool_use","id":"t","name":"f","input":{}}])");
  Message m = Message::Assistant("", {ToolCall{"t", "f", json::object(), "", ""}});
  m.provider_content = {{"provider", "anthropic"}, {"content", blocks}};
  ChatRequest r;
  r.messages = {Message::User("u"), m, Message::Tool("t", "r")};
  const json body = BuildAnthropicBody(Config("anthropic", "https://api.anthropic.com"), r);
  EXPECT_EQ(body.at("messages").at(1).at("content"), blocks);
}

TEST(AnthropicFormat, ParsesToolUseResponse) {
  const json body =
      json::parse(R"({"id": "msg_1", "type": "message", "role": "assistant", "model": "claude",
    "content": [{"type": "text", "text": "Let me look."},
                {"type": "tool_use", "id": "toolu_1", "name": "read_file", "input": {"path": "a"}}],
    "stop_reason": "tool_use", "stop_sequence": null,
    "usage": {"input_tokens": 50, "output_tokens": 10, "cache_creation_input_tokens": 20,
              "cache_read_input_tokens": 30}})");
  auto r = ParseAnthropicResponse(body);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->message.text, "Let me look.");
  ASSERT_EQ(r->message.tool_calls.size(), 1u);
  EXPECT_EQ(r->message.tool_calls[0].id, "toolu_1");
  EXPECT_EQ(r->message.tool_calls[0].arguments, json({{"path", "a"}}));
  EXPECT_EQ(r->stop_reason, StopReason::kToolUse);
  EXPECT_EQ(r->usage.input_tokens, 100);  // 50 + 20 written + 30 read
  EXPECT_EQ(r->usage.cached_input_tokens, 30);
  EXPECT_EQ(r->usage.cache_write_tokens, 20);
  EXPECT_EQ(r->usage.output_tokens, 10);
  EXPECT_TRUE(r->message.provider_content.is_null());
}

TEST(AnthropicFormat, KeepsThinkingBlocksForReplay) {
  const json body =
      json::parse(R"({"content": [{"type": "thinking", "thinking": "x", "signature": "s"},
    {"type": "text", "text": "done"}], "stop_reason": "end_turn", "usage": {"input_tokens": 1, "output_tokens": 1}})");
  auto r = ParseAnthropicResponse(body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->message.text, "done");
  EXPECT_EQ(r->stop_reason, StopReason::kEndTurn);
  EXPECT_EQ(r->message.provider_content.at("content"), body.at("content"));
}

TEST(AnthropicFormat, ParsesErrors) {
  ApiError e = ParseAnthropicError(
      401,
      R"({"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}})");
  EXPECT_EQ(e.type, "authentication_error");
  EXPECT_EQ(e.message, "invalid x-api-key");
  EXPECT_EQ(StatusFromApiError("anthropic", e, false).message(),
            "anthropic: 401 authentication_error: invalid x-api-key");
}

TEST(MessageJson, RoundTrips) {
  Message m = Message::Assistant("t", {ToolCall{"id", "n", {{"a", 1}}, "{\"a\":1}", ""}});
  m.provider_content = {{"provider", "anthropic"}, {"content", json::array()}};
  auto back = MessageFromJson(ToJson(m));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(ToJson(*back), ToJson(m));
  auto tool = MessageFromJson(ToJson(Message::Tool("id", "c", true)));
  ASSERT_TRUE(tool.ok());
  EXPECT_TRUE(tool->tool_result->is_error);
  EXPECT_FALSE(MessageFromJson(json{{"role", "robot"}}).ok());
}

}  // namespace
}  // namespace avo::llm
