// WireFormat: what one chat API looks like on the wire, as a value.
//
// Why a value and not a subclass: the two APIs differ only in URL, headers, body shape and error
// shape, while the retry policy, redaction, timing and cost accounting must be identical. Keeping
// the differences in a table of plain functions leaves a single provider class (http_provider.h)
// and lets each format be tested without a provider around it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "avo/llm/config.h"
#include "avo/llm/errors.h"
#include "avo/llm/message.h"
#include "avo/util/status.h"

namespace avo::llm {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct WireFormat {
  const char* name;  // "openai" | "anthropic"; prefixes every error of the provider
  const char* path;  // appended to ProviderConfig::base_url (trailing slashes trimmed)
  // `api_key` may be empty: then no credential header is sent.
  HttpHeaders (*headers)(const ProviderConfig& config, const std::string& api_key);
  nlohmann::json (*build_body)(const ProviderConfig& config, const ChatRequest& request);
  // Internal when the JSON is not the documented response shape.
  Result<ChatResponse> (*parse_response)(const nlohmann::json& body);
  ApiError (*parse_error)(long status, const std::string& body);  // NOLINT(google-runtime-int)
  // Whether `error` means the prompt did not fit, so the caller may compact and try again.
  bool (*is_context_length)(const ApiError& error);
};

// The full request URL of `format` under `config`.
std::string WireUrl(const WireFormat& format, const ProviderConfig& config);

// Merges `extra`'s top-level keys into `body` (extra wins); used for config and request options.
void MergeOptions(nlohmann::json& body, const nlohmann::json& extra);

// Field readers for responses, which real servers fill loosely (null ids, usage as floats):
// the string at `key` of an object, or "" for anything else (absent, null, a number).
std::string StringField(const nlohmann::json& j, const char* key);
// A token count of a response's usage: a number at `key`, clamped to 0..kMaxTokensPerCall; 0 when
// absent or not a number. Negative counts would let spending run past a budget, and counts beyond
// int64 (1e30) are undefined to convert and overflow the ledger's sums: a call can neither
// refund tokens nor charge more than any model's context holds.
inline constexpr int64_t kMaxTokensPerCall = 1'000'000'000;
int64_t TokenCount(const nlohmann::json& j, const char* key);

}  // namespace avo::llm
