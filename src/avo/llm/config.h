// ProviderConfig: which model behind which API, how to authenticate, what it costs, how to retry.
//
// The run's `[llm]` table (run.toml) maps one-to-one onto ProviderConfigFromJson's keys; see
// docs/llm.md for the table and examples for OpenAI, Anthropic, vLLM, llama.cpp and Ollama.
//
// The API key itself is never part of a config: only the NAME of the environment variable that
// holds it, so configs can be logged, archived and shown in reports without leaking it.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "avo/llm/message.h"
#include "avo/util/status.h"

namespace avo::llm {

// Prices in US dollars per million tokens. All zero (the default) means cost is not tracked
// (local servers); caps on cost then never trigger.
struct Prices {
  double input_usd_per_mtok = 0;
  double output_usd_per_mtok = 0;
  // Cache reads are cheaper at both vendors (OpenAI about 0.1-0.5x, Anthropic 0.1x of input);
  // input price when unset. Anthropic cache writes are charged at the input price here, which
  // slightly underestimates their 1.25x.
  std::optional<double> cached_input_usd_per_mtok;
};

// Retries on 408, 409, 425, 429, 5xx (529 included), timeouts and dropped connections.
// The wait before retry n (n = 1, 2, ...) is Retry-After when the server sent one (capped at
// max_retry_after_s), else min(max_backoff_s, initial_backoff_s * 2^(n-1)) scaled by a random
// factor in [0.5, 1) so that parallel workers do not retry in lock step.
struct RetryPolicy {
  int max_attempts = 6;  // total HTTP attempts per call, first included; 1 disables retries
  double initial_backoff_s = 2.0;
  double max_backoff_s = 60.0;
  double max_retry_after_s = 300.0;
};

struct ProviderConfig {
  std::string kind;      // "openai" (Chat Completions, also vLLM/llama.cpp/Ollama) | "anthropic"
  std::string base_url;  // e.g. https://api.openai.com/v1, https://api.anthropic.com
  std::string model;
  // Name of the environment variable holding the key; empty = send no credentials (local servers).
  std::string api_key_env;
  int max_tokens = 8192;          // output tokens per call unless the request says otherwise
  double timeout_s = 600;         // whole-request limit per HTTP attempt, seconds
  double connect_timeout_s = 30;  // TCP/TLS connect limit per attempt, seconds
  // Extra top-level request fields merged into every request body (provider-specific:
  // {"top_p": 0.95}, {"thinking": {"type": "enabled", "budget_tokens": 4096}}, ...).
  nlohmann::json options = nlohmann::json::object();
  Prices prices;
  int64_t context_window = 0;  // tokens the model accepts (prompt + output); 0 = unknown
  RetryPolicy retry;
  std::string anthropic_version = "2023-06-01";  // the anthropic-version header
};

// Parses the JSON form (keys as in docs/llm.md):
//   kind, base_url, model, api_key_env, max_tokens, timeout_s, connect_timeout_s, options,
//   price_input_usd_per_mtok, price_output_usd_per_mtok, price_cached_input_usd_per_mtok,
//   context_window, anthropic_version, retry {max_attempts, initial_backoff_s, max_backoff_s,
//   max_retry_after_s}.
// Defaults when absent: base_url of the vendor's public API; api_key_env OPENAI_API_KEY or
// ANTHROPIC_API_KEY only when base_url is also absent (a custom base_url means a local server
// that needs no key unless api_key_env is given). Unknown keys are an error (typos must not
// silently change a multi-day run). Errors are InvalidArgument naming the key.
Result<ProviderConfig> ProviderConfigFromJson(const nlohmann::json& j);

// The JSON form, for the archive and reports. Holds api_key_env, never the key.
nlohmann::json ToJson(const ProviderConfig& c);

// One line naming where requests go and which environment variable's key goes with them:
// "openai model gpt-x at https://host/v1, key from $OPENAI_API_KEY" (or ", no key").
std::string DescribeEndpoint(const ProviderConfig& c);

// InvalidArgument naming the first bad field (unknown kind, empty model, non-positive limits...).
Status Validate(const ProviderConfig& c);

// Dollar cost of one call's usage under `prices`.
double CostUsd(const Prices& prices, const Usage& usage);

}  // namespace avo::llm
