// The provider-neutral conversation: what the agent loop builds and what every ChatProvider speaks.
//
// Why a neutral shape: the agent, the supervisor and the llm-rewrite operator must not care whether
// the model sits behind OpenAI's Chat Completions or Anthropic's Messages API. Each provider maps
// these types onto its own wire format (openai_format.h, anthropic_format.h) and back.
//
// Units: token counts are tokens as the provider reports them; cost is US dollars.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "avo/util/status.h"

namespace avo::llm {

enum class Role { kSystem, kUser, kAssistant, kTool };
std::string_view RoleName(Role role);  // "system", "user", "assistant", "tool"

// A model's request to run one tool.
struct ToolCall {
  std::string id;    // provider-assigned ("call_..." in OpenAI, "toolu_..." in Anthropic)
  std::string name;  // the ToolSpec name
  // The parsed arguments, a JSON object; an empty object when they could not be parsed.
  nlohmann::json arguments = nlohmann::json::object();
  // The exact argument text the model produced when the provider sends a string (OpenAI); replayed
  // verbatim so the conversation the model sees is the one it wrote. Empty when the provider sent
  // an object (Anthropic).
  std::string raw_arguments;
  // Non-empty when raw_arguments were not a JSON object: the agent should answer the call with an
  // error tool result quoting this, instead of running the tool.
  std::string arguments_error;
};

// The answer to one ToolCall, sent back in the next request.
struct ToolResult {
  std::string tool_call_id;
  std::string content;
  // Anthropic carries this as tool_result.is_error; OpenAI has no such field, so the OpenAI
  // provider prefixes the content with "ERROR: " instead.
  bool is_error = false;
};

struct Message {
  Role role = Role::kUser;
  std::string text;                       // system, user and assistant text; may be empty
  std::vector<ToolCall> tool_calls;       // assistant only
  std::optional<ToolResult> tool_result;  // role kTool only
  // Assistant only: provider-native content to replay verbatim on the next request, as
  // {"provider": "anthropic", "content": [...]}. Set when a response holds blocks this neutral
  // shape cannot express (Anthropic thinking blocks must be sent back unchanged with tool results).
  // Ignored by other providers. Null when unused.
  nlohmann::json provider_content;

  static Message System(std::string text);
  static Message User(std::string text);
  static Message Assistant(std::string text, std::vector<ToolCall> calls = {});
  static Message Tool(std::string tool_call_id, std::string content, bool is_error = false);
};

// A tool the model may call. `parameters` is a JSON Schema object ({"type": "object", ...}); it is
// sent as OpenAI's function.parameters and as Anthropic's input_schema.
struct ToolSpec {
  std::string name;
  std::string description;
  nlohmann::json parameters = {{"type", "object"}, {"properties", nlohmann::json::object()}};
};

struct ChatRequest {
  std::vector<Message> messages;
  std::vector<ToolSpec> tools;
  std::optional<int> max_tokens;      // output tokens; ProviderConfig::max_tokens when unset
  std::optional<double> temperature;  // omitted from the request when unset
  // Extra top-level request fields, merged over ProviderConfig::options and then over the body the
  // provider built (so they win): e.g. {"top_p": 0.9} or Anthropic's {"thinking": {...}}.
  nlohmann::json options = nlohmann::json::object();
  // Polled while the call is in flight and during its retry waits; true ends the call with
  // Cancelled (the user stopped the run, or the step's time is spent). Empty: never.
  std::function<bool()> cancelled;
};

enum class StopReason {
  kEndTurn,        // the model finished its turn (OpenAI "stop", Anthropic "end_turn")
  kToolUse,        // the model wants tool results (OpenAI "tool_calls", Anthropic "tool_use")
  kMaxTokens,      // output cut at max_tokens (OpenAI "length", Anthropic "max_tokens")
  kStopSequence,   // a stop sequence matched (Anthropic "stop_sequence")
  kContentFilter,  // refused or filtered (OpenAI "content_filter", Anthropic "refusal")
  kOther,          // anything else; ChatResponse::raw_stop_reason says what
};
std::string_view StopReasonName(StopReason reason);  // "end_turn", "tool_use", ...

struct Usage {
  // All prompt tokens of the call, cached ones included (for Anthropic: input_tokens +
  // cache_creation_input_tokens + cache_read_input_tokens).
  int64_t input_tokens = 0;
  int64_t output_tokens = 0;
  // Of input_tokens, those served from the provider's prompt cache (OpenAI
  // prompt_tokens_details.cached_tokens, Anthropic cache_read_input_tokens).
  int64_t cached_input_tokens = 0;
  // Of input_tokens, those written to the cache (Anthropic cache_creation_input_tokens).
  int64_t cache_write_tokens = 0;

  [[nodiscard]] int64_t total_tokens() const { return input_tokens + output_tokens; }
  Usage& operator+=(const Usage& o);
};

struct ChatResponse {
  Message message;  // role kAssistant
  StopReason stop_reason = StopReason::kEndTurn;
  std::string raw_stop_reason;  // the provider's own word ("stop", "end_turn", ...)
  Usage usage;
  double cost_usd = 0;   // from ProviderConfig prices; 0 when no prices are configured
  std::string model;     // the model the provider says answered
  std::string id;        // the provider's response id, for cross-referencing its logs
  int attempts = 1;      // HTTP attempts this call took (1 = no retry)
  double latency_s = 0;  // wall time of the whole call, retries and backoff included
};

// JSON forms for transcripts and the archive. They never contain credentials (none are in these
// types). Round trip: MessageFromJson(ToJson(m)) == m.
nlohmann::json ToJson(const Message& m);
nlohmann::json ToJson(const ToolSpec& t);
nlohmann::json ToJson(const Usage& u);
nlohmann::json ToJson(const ChatResponse& r);
// InvalidArgument when `j` is not a message written by ToJson.
Result<Message> MessageFromJson(const nlohmann::json& j);

}  // namespace avo::llm
