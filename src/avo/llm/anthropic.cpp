#include "avo/llm/anthropic.h"

namespace avo::llm {

using nlohmann::json;

namespace {

bool HasReplayableContent(const Message& m) {
  return m.provider_content.is_object() &&
         m.provider_content.value("provider", "") == "anthropic" &&
         m.provider_content.contains("content") && m.provider_content.at("content").is_array();
}

json AssistantBlocks(const Message& m) {
  if (HasReplayableContent(m)) return m.provider_content.at("content");
  json blocks = json::array();
  if (!m.text.empty()) blocks.push_back({{"type", "text"}, {"text", m.text}});
  for (const ToolCall& c : m.tool_calls) {
    // Arguments that did not parse (from an OpenAI-format history) cannot be an input object.
    const json input = c.arguments.is_object() ? c.arguments : json::object();
    blocks.push_back({{"type", "tool_use"}, {"id", c.id}, {"name", c.name}, {"input", input}});
  }
  return blocks;
}

json ToolResultBlock(const ToolResult& r) {
  json block = {{"type", "tool_result"}, {"tool_use_id", r.tool_call_id}, {"content", r.content}};
  if (r.is_error) block["is_error"] = true;
  return block;
}

StopReason MapStopReason(const std::string& reason) {
  if (reason == "end_turn") return StopReason::kEndTurn;
  if (reason == "tool_use") return StopReason::kToolUse;
  if (reason == "max_tokens") return StopReason::kMaxTokens;
  if (reason == "stop_sequence") return StopReason::kStopSequence;
  if (reason == "refusal") return StopReason::kContentFilter;
  return StopReason::kOther;  // pause_turn, model_context_window_exceeded, future values
}

Result<ChatResponse> Parse(const json& body) {
  if (!body.is_object() || !body.contains("content") || !body.at("content").is_array()) {
    return Status::Internal("response has no content array");
  }
  ChatResponse r;
  r.message.role = Role::kAssistant;
  bool other_blocks = false;
  for (const json& block : body.at("content")) {
    const std::string type = StringField(block, "type");
    if (type == "text") {
      r.message.text += StringField(block, "text");
    } else if (type == "tool_use") {
      ToolCall c;
      c.id = StringField(block, "id");
      c.name = StringField(block, "name");
      const json input = block.value("input", json::object());
      if (input.is_object()) {
        c.arguments = input;
      } else {
        c.raw_arguments = input.is_string() ? input.get<std::string>() : input.dump();
        c.arguments_error = "the input of tool call '" + c.name + "' is not a JSON object";
      }
      r.message.tool_calls.push_back(std::move(c));
    } else {
      other_blocks = true;  // thinking, redacted_thinking, server tool blocks
    }
  }
  if (other_blocks) {
    r.message.provider_content = {{"provider", "anthropic"}, {"content", body.at("content")}};
  }
  r.raw_stop_reason = body.contains("stop_reason") && body.at("stop_reason").is_string()
                          ? body.at("stop_reason").get<std::string>()
                          : "";
  r.stop_reason = MapStopReason(r.raw_stop_reason);
  const json usage = body.value("usage", json::object());
  const int64_t cache_write = TokenCount(usage, "cache_creation_input_tokens");
  const int64_t cache_read = TokenCount(usage, "cache_read_input_tokens");
  // Anthropic's input_tokens counts only the tokens after the last cache breakpoint.
  r.usage.input_tokens = TokenCount(usage, "input_tokens") + cache_write + cache_read;
  r.usage.output_tokens = TokenCount(usage, "output_tokens");
  r.usage.cached_input_tokens = cache_read;
  r.usage.cache_write_tokens = cache_write;
  r.model = StringField(body, "model");
  r.id = StringField(body, "id");
  return r;
}

}  // namespace

json BuildAnthropicBody(const ProviderConfig& config, const ChatRequest& request) {
  json body = {{"model", config.model},
               {"max_tokens", request.max_tokens.value_or(config.max_tokens)},
               {"messages", json::array()}};
  std::string system;
  json& turns = body["messages"];
  const auto append = [&turns](const char* role, json blocks) {
    if (blocks.empty()) return;
    if (!turns.empty() && turns.back().at("role") == role) {
      for (json& b : blocks) turns.back()["content"].push_back(std::move(b));
    } else {
      turns.push_back({{"role", role}, {"content", std::move(blocks)}});
    }
  };
  for (const Message& m : request.messages) {
    switch (m.role) {
      case Role::kSystem:
        if (!m.text.empty()) system += (system.empty() ? "" : "\n\n") + m.text;
        break;
      case Role::kUser:
        if (!m.text.empty()) append("user", json::array({{{"type", "text"}, {"text", m.text}}}));
        break;
      case Role::kAssistant:
        append("assistant", AssistantBlocks(m));
        break;
      case Role::kTool:
        if (m.tool_result) append("user", json::array({ToolResultBlock(*m.tool_result)}));
        break;
    }
  }
  if (!system.empty()) body["system"] = system;
  if (!request.tools.empty()) {
    body["tools"] = json::array();
    for (const ToolSpec& t : request.tools) {
      body["tools"].push_back(
          {{"name", t.name}, {"description", t.description}, {"input_schema", t.parameters}});
    }
  }
  if (request.temperature) body["temperature"] = *request.temperature;
  MergeOptions(body, config.options);
  MergeOptions(body, request.options);
  return body;
}

Result<ChatResponse> ParseAnthropicResponse(const json& body) {
  try {
    return Parse(body);
  } catch (const json::exception& e) {
    return Status::Internal(std::string("unexpected response shape: ") + e.what());
  }
}

ApiError ParseAnthropicError(long status, const std::string& body) {  // NOLINT(google-runtime-int)
  ApiError e;
  e.status = status;
  const json j = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (j.is_object() && j.contains("error") && j.at("error").is_object()) {
    const json& err = j.at("error");
    e.type =
        err.contains("type") && err.at("type").is_string() ? err.at("type").get<std::string>() : "";
    e.message = err.contains("message") && err.at("message").is_string()
                    ? err.at("message").get<std::string>()
                    : "";
  } else {
    e.message = body;  // a proxy's HTML page, an empty body...
  }
  return e;
}

namespace {

HttpHeaders AnthropicHeaders(const ProviderConfig& config, const std::string& api_key) {
  HttpHeaders h = {{"Content-Type", "application/json"},
                   {"anthropic-version", config.anthropic_version}};
  if (!api_key.empty()) h.emplace_back("x-api-key", api_key);
  return h;
}

bool AnthropicContextLength(const ApiError& error) {
  if (error.status == 413) return true;  // request_too_large: only compaction helps
  return error.status == 400 && MentionsContextLength(error.message);
}

}  // namespace

const WireFormat& AnthropicMessages() {
  static const WireFormat format = {
      .name = "anthropic",
      .path = "/v1/messages",
      .headers = AnthropicHeaders,
      .build_body = BuildAnthropicBody,
      .parse_response = ParseAnthropicResponse,
      .parse_error = ParseAnthropicError,
      .is_context_length = AnthropicContextLength,
  };
  return format;
}

}  // namespace avo::llm
