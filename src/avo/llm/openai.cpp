#include "avo/llm/openai.h"

#include <fmt/format.h>

namespace avo::llm {

using nlohmann::json;

namespace {

json ToolCallToJson(const ToolCall& c) {
  // The API wants the arguments as JSON *text*; replay what the model wrote when we have it.
  const std::string arguments = !c.raw_arguments.empty() ? c.raw_arguments : c.arguments.dump();
  return {{"id", c.id},
          {"type", "function"},
          {"function", {{"name", c.name}, {"arguments", arguments}}}};
}

json MessageToJson(const Message& m) {
  switch (m.role) {
    case Role::kSystem:
    case Role::kUser:
      return {{"role", RoleName(m.role)}, {"content", m.text}};
    case Role::kAssistant: {
      json j = {{"role", "assistant"}};
      j["content"] = m.text.empty() && !m.tool_calls.empty() ? json(nullptr) : json(m.text);
      if (!m.tool_calls.empty()) {
        j["tool_calls"] = json::array();
        for (const ToolCall& c : m.tool_calls) j["tool_calls"].push_back(ToolCallToJson(c));
      }
      return j;
    }
    case Role::kTool: {
      const ToolResult r = m.tool_result.value_or(ToolResult{});
      return {{"role", "tool"},
              {"tool_call_id", r.tool_call_id},
              {"content", r.is_error ? "ERROR: " + r.content : r.content}};
    }
  }
  return json::object();
}

bool IsOfficialOpenAI(const std::string& base_url) {
  return base_url.find("://api.openai.com") != std::string::npos;
}

std::string ContentText(const json& content) {
  if (content.is_string()) return content.get<std::string>();
  std::string text;
  if (content.is_array()) {  // [{"type": "text", "text": "..."}] from some compatible servers
    for (const json& part : content) {
      if (StringField(part, "type") == "text") text += StringField(part, "text");
    }
  }
  return text;
}

ToolCall ParseToolCall(const json& jc, size_t index) {
  ToolCall c;
  c.id = StringField(jc, "id");
  if (c.id.empty()) c.id = fmt::format("call_{}", index);
  const json fn = jc.is_object() && jc.contains("function") ? jc.at("function") : json::object();
  c.name = StringField(fn, "name");
  const json args = fn.is_object() && fn.contains("arguments") ? fn.at("arguments") : json("");
  if (args.is_object()) {
    c.arguments = args;
  } else {
    c.raw_arguments = args.is_string() ? args.get<std::string>() : args.dump();
    // An empty argument string is what models send for tools without parameters.
    const std::string text = c.raw_arguments.empty() ? "{}" : c.raw_arguments;
    json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_object()) {
      c.arguments = std::move(parsed);
    } else {
      c.arguments_error = "the arguments of tool call '" + c.name + "' are not a JSON object";
    }
  }
  return c;
}

StopReason MapFinishReason(const std::string& reason) {
  if (reason == "stop") return StopReason::kEndTurn;
  if (reason == "tool_calls" || reason == "function_call") return StopReason::kToolUse;
  if (reason == "length") return StopReason::kMaxTokens;
  if (reason == "content_filter") return StopReason::kContentFilter;
  return StopReason::kOther;
}

Result<ChatResponse> Parse(const json& body) {
  if (!body.contains("choices") || !body.at("choices").is_array() || body.at("choices").empty()) {
    return Status::Internal("response has no choices");
  }
  const json& choice = body.at("choices").at(0);
  if (!choice.contains("message") || !choice.at("message").is_object()) {
    return Status::Internal("response choice has no message");
  }
  const json& msg = choice.at("message");
  ChatResponse r;
  r.message.role = Role::kAssistant;
  if (msg.contains("content")) r.message.text = ContentText(msg.at("content"));
  if (msg.contains("tool_calls") && msg.at("tool_calls").is_array()) {
    size_t i = 0;
    for (const json& jc : msg.at("tool_calls"))
      r.message.tool_calls.push_back(ParseToolCall(jc, i++));
  }
  r.raw_stop_reason = choice.contains("finish_reason") && choice.at("finish_reason").is_string()
                          ? choice.at("finish_reason").get<std::string>()
                          : "";
  r.stop_reason = MapFinishReason(r.raw_stop_reason);
  if (!r.message.tool_calls.empty() && r.stop_reason == StopReason::kEndTurn) {
    r.stop_reason = StopReason::kToolUse;  // Ollama and some vLLM parsers say "stop" here
  }
  const json usage = body.value("usage", json::object());
  r.usage.input_tokens = TokenCount(usage, "prompt_tokens");
  r.usage.output_tokens = TokenCount(usage, "completion_tokens");
  if (usage.is_object() && usage.contains("prompt_tokens_details")) {
    r.usage.cached_input_tokens = TokenCount(usage.at("prompt_tokens_details"), "cached_tokens");
  }
  r.model = StringField(body, "model");
  r.id = StringField(body, "id");
  return r;
}

}  // namespace

json BuildOpenAIBody(const ProviderConfig& config, const ChatRequest& request) {
  json body = {{"model", config.model}, {"messages", json::array()}};
  for (const Message& m : request.messages) body["messages"].push_back(MessageToJson(m));
  if (!request.tools.empty()) {
    body["tools"] = json::array();
    for (const ToolSpec& t : request.tools) {
      body["tools"].push_back(
          {{"type", "function"},
           {"function",
            {{"name", t.name}, {"description", t.description}, {"parameters", t.parameters}}}});
    }
  }
  const bool named_in_options =
      config.options.contains("max_tokens") || config.options.contains("max_completion_tokens") ||
      request.options.contains("max_tokens") || request.options.contains("max_completion_tokens");
  if (!named_in_options) {
    const char* key = IsOfficialOpenAI(config.base_url) ? "max_completion_tokens" : "max_tokens";
    body[key] = request.max_tokens.value_or(config.max_tokens);
  }
  if (request.temperature) body["temperature"] = *request.temperature;
  MergeOptions(body, config.options);
  MergeOptions(body, request.options);
  return body;
}

Result<ChatResponse> ParseOpenAIResponse(const json& body) {
  try {
    return Parse(body);
  } catch (const json::exception& e) {
    return Status::Internal(std::string("unexpected response shape: ") + e.what());
  }
}

ApiError ParseOpenAIError(long status, const std::string& body) {  // NOLINT(google-runtime-int)
  ApiError e;
  e.status = status;
  const json j = json::parse(body, nullptr, /*allow_exceptions=*/false);
  const auto text = [](const json& v) {
    return v.is_string() ? v.get<std::string>() : (v.is_null() ? "" : v.dump());
  };
  if (j.is_object() && j.contains("error") && j.at("error").is_object()) {
    const json& err = j.at("error");  // OpenAI's documented shape
    if (err.contains("message")) e.message = text(err.at("message"));
    if (err.contains("type")) e.type = text(err.at("type"));
    if (err.contains("code")) e.code = text(err.at("code"));
  } else if (j.is_object() && j.contains("error")) {
    e.message = text(j.at("error"));  // Ollama: {"error": "..."}
  } else if (j.is_object() && j.contains("message")) {
    e.message = text(j.at("message"));  // vLLM: {"object": "error", "message", "type", "code"}
    if (j.contains("type")) e.type = text(j.at("type"));
  } else if (j.is_object() && j.contains("detail")) {
    e.message = text(j.at("detail"));  // FastAPI-based servers
  } else {
    e.message = body;
  }
  return e;
}

namespace {

HttpHeaders OpenAIHeaders(const ProviderConfig& /*config*/, const std::string& api_key) {
  HttpHeaders h = {{"Content-Type", "application/json"}};
  if (!api_key.empty()) h.emplace_back("Authorization", "Bearer " + api_key);
  return h;
}

bool OpenAIContextLength(const ApiError& error) {
  if (error.code == "context_length_exceeded") return true;
  return (error.status == 400 || error.status == 413) && MentionsContextLength(error.message);
}

}  // namespace

const WireFormat& OpenAIChatCompletions() {
  static const WireFormat format = {
      .name = "openai",
      .path = "/chat/completions",
      .headers = OpenAIHeaders,
      .build_body = BuildOpenAIBody,
      .parse_response = ParseOpenAIResponse,
      .parse_error = ParseOpenAIError,
      .is_context_length = OpenAIContextLength,
  };
  return format;
}

}  // namespace avo::llm
