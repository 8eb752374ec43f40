#include "avo/llm/retry.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

namespace avo::llm {

namespace {

std::optional<double> ParseNonNegative(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || !std::isfinite(v) || v < 0) return std::nullopt;
  return v;
}

}  // namespace

bool IsRetryableStatus(long status) {  // NOLINT(google-runtime-int)
  return status == 408 || status == 409 || status == 425 || status == 429 || status >= 500;
}

bool IsRetryableTransportError(const Status& status) {
  return status.code() == Status::Code::kTimeout || status.code() == Status::Code::kUnavailable;
}

std::optional<double> RetryAfterSeconds(const HttpResponse& response) {
  if (auto ms = ParseNonNegative(response.Header("retry-after-ms"))) return *ms / 1000.0;
  return ParseNonNegative(response.Header("retry-after"));
}

double BackoffSeconds(const RetryPolicy& policy, int retry, double unit_random) {
  const double exponential = policy.initial_backoff_s * std::pow(2.0, std::max(0, retry - 1));
  const double capped = std::min(policy.max_backoff_s, exponential);
  return capped * (0.5 + 0.5 * std::clamp(unit_random, 0.0, 1.0));
}

}  // namespace avo::llm
