// Anthropic Messages API (POST {base_url}/v1/messages), as documented in Anthropic's API
// reference "Messages" and the tool-use guide.
//
// Headers: x-api-key, anthropic-version (ProviderConfig::anthropic_version), content-type.
// Mapping of the neutral types (message.h):
//   system messages      -> the top-level "system" string (several are joined by blank lines)
//   user text            -> {"role": "user", "content": [{"type": "text", "text"}]}
//   assistant            -> {"role": "assistant", "content": [text block?, {"type": "tool_use",
//                            "id", "name", "input": {...}}...]}, or provider_content verbatim
//   tool result          -> a user turn holding {"type": "tool_result", "tool_use_id", "content",
//                           "is_error": true (only when set)}
//   Consecutive turns of one role are merged into one turn (the API wants user and assistant to
//   alternate, and all results of one assistant turn in the next user turn). Empty text blocks
//   are dropped (the API rejects them).
//   tools                -> [{"name", "description", "input_schema"}]
//   max_tokens           -> "max_tokens" (required by this API)
// Response: content blocks (text, tool_use with an input object; thinking blocks kept in
// Message::provider_content for replay), stop_reason, usage.{input_tokens, output_tokens,
// cache_creation_input_tokens, cache_read_input_tokens}.
// Errors: {"type": "error", "error": {"type", "message"}}; context overflow is a 400 whose message
// says "prompt is too long" (or exceeds the context limit), or a 413 request_too_large.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "avo/llm/errors.h"
#include "avo/llm/wire_format.h"

namespace avo::llm {

nlohmann::json BuildAnthropicBody(const ProviderConfig& config, const ChatRequest& request);
Result<ChatResponse> ParseAnthropicResponse(const nlohmann::json& body);
ApiError ParseAnthropicError(long status, const std::string& body);  // NOLINT(google-runtime-int)

// The Messages format, served at {base_url}/v1/messages.
const WireFormat& AnthropicMessages();

}  // namespace avo::llm
