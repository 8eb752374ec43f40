// The retry decisions, as pure functions so tests can check them without waiting.
#pragma once

#include <optional>

#include "avo/llm/config.h"
#include "avo/llm/http.h"

namespace avo::llm {

// 408 request timeout, 409 conflict (OpenAI lock contention), 425 too early, 429 rate limit,
// every 5xx (Anthropic's 529 overloaded included).
bool IsRetryableStatus(long status);  // NOLINT(google-runtime-int)

// Timeouts and dropped/refused connections (HttpPost's Timeout and Unavailable).
bool IsRetryableTransportError(const Status& status);

// Seconds the server asked us to wait: the `retry-after-ms` header (milliseconds) or
// `retry-after` (delta seconds; the HTTP-date form is ignored). nullopt when absent or unparsable.
std::optional<double> RetryAfterSeconds(const HttpResponse& response);

// The wait before retry number `retry` (1 = first retry) without a Retry-After:
// min(max_backoff_s, initial_backoff_s * 2^(retry-1)) * (0.5 + 0.5 * unit_random),
// unit_random in [0, 1).
double BackoffSeconds(const RetryPolicy& policy, int retry, double unit_random);

}  // namespace avo::llm
