// OpenAI Chat Completions (POST {base_url}/chat/completions), as documented in OpenAI's API
// reference "Create chat completion", and the OpenAI-compatible servers of vLLM, llama.cpp
// (llama-server) and Ollama.
//
// Mapping of the neutral types (message.h):
//   system/user text     -> {"role": "system"|"user", "content": text}
//   assistant            -> {"role": "assistant", "content": text or null,
//                            "tool_calls": [{"id", "type": "function",
//                                            "function": {"name", "arguments": "<JSON text>"}}]}
//   tool result          -> {"role": "tool", "tool_call_id", "content"}; is_error has no field in
//                           this API, so the content is prefixed with "ERROR: ".
//   tools                -> [{"type": "function",
//                            "function": {"name", "description", "parameters"}}]
//   max_tokens           -> "max_completion_tokens" on api.openai.com (OpenAI deprecated
//                           max_tokens there, and reasoning models reject it), "max_tokens"
//                           elsewhere (what the local servers read). Either name in the options
//                           wins over this choice.
// Response: choices[0].message.{content, tool_calls}, choices[0].finish_reason,
// usage.{prompt_tokens, completion_tokens, prompt_tokens_details.cached_tokens}. Leniencies for
// compatible servers: arguments given as an object, missing tool call ids (generated), content
// given as a list of text parts, finish_reason "stop" alongside tool calls (reported as tool_use).
// Errors: {"error": {"message", "type", "param", "code"}}; context overflow is code
// "context_length_exceeded" or a message about the context length.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "avo/llm/errors.h"
#include "avo/llm/wire_format.h"

namespace avo::llm {

// The request body for `request` under `config` (options merged last).
nlohmann::json BuildOpenAIBody(const ProviderConfig& config, const ChatRequest& request);
// Internal when `body` has no choices[0].message.
Result<ChatResponse> ParseOpenAIResponse(const nlohmann::json& body);
ApiError ParseOpenAIError(long status, const std::string& body);  // NOLINT(google-runtime-int)

// The Chat Completions format, served at {base_url}/chat/completions.
const WireFormat& OpenAIChatCompletions();

}  // namespace avo::llm
