#include "avo/llm/message.h"

#include <utility>

namespace avo::llm {

using nlohmann::json;

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kSystem:
      return "system";
    case Role::kUser:
      return "user";
    case Role::kAssistant:
      return "assistant";
    case Role::kTool:
      return "tool";
  }
  return "user";
}

std::string_view StopReasonName(StopReason reason) {
  switch (reason) {
    case StopReason::kEndTurn:
      return "end_turn";
    case StopReason::kToolUse:
      return "tool_use";
    case StopReason::kMaxTokens:
      return "max_tokens";
    case StopReason::kStopSequence:
      return "stop_sequence";
    case StopReason::kContentFilter:
      return "content_filter";
    case StopReason::kOther:
      return "other";
  }
  return "other";
}

Message Message::System(std::string text) {
  Message m;
  m.role = Role::kSystem;
  m.text = std::move(text);
  return m;
}

Message Message::User(std::string text) {
  Message m;
  m.role = Role::kUser;
  m.text = std::move(text);
  return m;
}

Message Message::Assistant(std::string text, std::vector<ToolCall> calls) {
  Message m;
  m.role = Role::kAssistant;
  m.text = std::move(text);
  m.tool_calls = std::move(calls);
  return m;
}

Message Message::Tool(std::string tool_call_id, std::string content, bool is_error) {
  Message m;
  m.role = Role::kTool;
  m.tool_result = ToolResult{std::move(tool_call_id), std::move(content), is_error};
  return m;
}

Usage& Usage::operator+=(const Usage& o) {
  input_tokens += o.input_tokens;
  output_tokens += o.output_tokens;
  cached_input_tokens += o.cached_input_tokens;
  cache_write_tokens += o.cache_write_tokens;
  return *this;
}

json ToJson(const Message& m) {
  json j = {{"role", RoleName(m.role)}};
  if (!m.text.empty()) j["text"] = m.text;
  if (!m.tool_calls.empty()) {
    json calls = json::array();
    for (const ToolCall& c : m.tool_calls) {
      json jc = {{"id", c.id}, {"name", c.name}, {"arguments", c.arguments}};
      if (!c.raw_arguments.empty()) jc["raw_arguments"] = c.raw_arguments;
      if (!c.arguments_error.empty()) jc["arguments_error"] = c.arguments_error;
      calls.push_back(std::move(jc));
    }
    j["tool_calls"] = std::move(calls);
  }
  if (m.tool_result) {
    j["tool_result"] = {{"tool_call_id", m.tool_result->tool_call_id},
                        {"content", m.tool_result->content},
                        {"is_error", m.tool_result->is_error}};
  }
  if (!m.provider_content.is_null()) j["provider_content"] = m.provider_content;
  return j;
}

json ToJson(const ToolSpec& t) {
  return {{"name", t.name}, {"description", t.description}, {"parameters", t.parameters}};
}

json ToJson(const Usage& u) {
  return {{"input_tokens", u.input_tokens},
          {"output_tokens", u.output_tokens},
          {"cached_input_tokens", u.cached_input_tokens},
          {"cache_write_tokens", u.cache_write_tokens}};
}

json ToJson(const ChatResponse& r) {
  return {{"message", ToJson(r.message)},
          {"stop_reason", StopReasonName(r.stop_reason)},
          {"raw_stop_reason", r.raw_stop_reason},
          {"usage", ToJson(r.usage)},
          {"cost_usd", r.cost_usd},
          {"model", r.model},
          {"id", r.id},
          {"attempts", r.attempts},
          {"latency_s", r.latency_s}};
}

namespace {

Result<Message> ParseMessage(const json& j) {
  if (!j.is_object()) return Status::InvalidArgument("message: expected a JSON object");
  Message m;
  const std::string role = j.value("role", "");
  if (role == "system") {
    m.role = Role::kSystem;
  } else if (role == "user") {
    m.role = Role::kUser;
  } else if (role == "assistant") {
    m.role = Role::kAssistant;
  } else if (role == "tool") {
    m.role = Role::kTool;
  } else {
    return Status::InvalidArgument("message: unknown role '" + role + "'");
  }
  m.text = j.value("text", "");
  if (j.contains("tool_calls")) {
    for (const json& jc : j.at("tool_calls")) {
      ToolCall c;
      c.id = jc.value("id", "");
      c.name = jc.value("name", "");
      c.arguments = jc.value("arguments", json::object());
      c.raw_arguments = jc.value("raw_arguments", "");
      c.arguments_error = jc.value("arguments_error", "");
      m.tool_calls.push_back(std::move(c));
    }
  }
  if (j.contains("tool_result")) {
    const json& r = j.at("tool_result");
    m.tool_result =
        ToolResult{r.value("tool_call_id", ""), r.value("content", ""), r.value("is_error", false)};
  }
  if (m.role == Role::kTool && !m.tool_result) {
    return Status::InvalidArgument("message: a tool message needs a tool_result");
  }
  if (j.contains("provider_content")) m.provider_content = j.at("provider_content");
  return m;
}

}  // namespace

Result<Message> MessageFromJson(const json& j) {
  // nlohmann throws on type mismatches inside value(); keep that at this border.
  try {
    return ParseMessage(j);
  } catch (const json::exception& e) {
    return Status::InvalidArgument(std::string("message: ") + e.what());
  }
}

}  // namespace avo::llm
