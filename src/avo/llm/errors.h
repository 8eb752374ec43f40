// How provider failures become one-line Statuses, and how the context-length case is told apart.
//
// Every error a provider returns reads "<provider>: <http status> <type or code>: <provider's own
// message>", e.g. "anthropic: 401 authentication_error: invalid x-api-key", on one line, with any
// occurrence of the API key replaced by "[redacted]" (some providers echo part of a bad key).
//
// Context length: the agent loop must tell "the conversation no longer fits" (compact and retry)
// from every other 400. Such errors are InvalidArgument (an unaware caller then treats them as a
// non-retryable request error, which is right) and their message starts with
// kContextLengthPrefix; test with IsContextLengthExceeded.
#pragma once

#include <string>
#include <string_view>

#include "avo/util/status.h"

namespace avo::llm {

inline constexpr std::string_view kContextLengthPrefix = "context length exceeded: ";

// An error answer from a provider, parsed from its documented error body.
struct ApiError {
  long status = 0;   // NOLINT(google-runtime-int): HTTP status
  std::string type;  // Anthropic error.type / OpenAI error.type ("invalid_request_error", ...)
  std::string code;  // OpenAI error.code ("context_length_exceeded", "invalid_api_key", ...)
  std::string message;
};

// True for the Status returned when the prompt does not fit the model's context window.
bool IsContextLengthExceeded(const Status& status);

// The Status for an ApiError that will not be retried (retries exhausted or not retryable):
// 400 -> InvalidArgument, 401/403 -> InvalidArgument (credentials are configuration), 404 ->
// NotFound (usually the model name), 429 with code insufficient_quota -> ResourceExhausted,
// 408/429/5xx -> Unavailable, anything else -> Unavailable.
Status StatusFromApiError(std::string_view provider, const ApiError& e, bool context_length);

// Text safe for logs and errors: newlines folded, at most max_chars, every occurrence of `secret`
// (when non-empty) replaced by "[redacted]".
std::string SafeOneLine(std::string_view text, const std::string& secret, size_t max_chars = 400);

// Case-insensitive search for any of the phrases providers use for an over-long prompt
// ("maximum context length", "prompt is too long", "context window", ...).
bool MentionsContextLength(std::string_view message);

}  // namespace avo::llm
