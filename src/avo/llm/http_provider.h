// HttpChatProvider: the request/retry/parse loop both real providers share.
//
// Why a base class: the two APIs differ only in URL, headers, body shape and error shape; the
// retry policy, redaction, timing and cost accounting must be identical, so they live here once.
// Subclasses supply the wire format (see openai.h and anthropic.h).
#pragma once

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "avo/llm/errors.h"
#include "avo/llm/provider.h"

namespace avo::llm {

class HttpChatProvider : public ChatProvider {
 public:
  Result<ChatResponse> Chat(const ChatRequest& request) final;
  [[nodiscard]] const ProviderConfig& config() const final { return config_; }

 protected:
  // `api_key` may be empty (no credentials sent). It is held only here and in request headers.
  HttpChatProvider(ProviderConfig config, std::string api_key, ProviderHooks hooks);

  [[nodiscard]] virtual std::string name() const = 0;  // "openai" | "anthropic", prefixes errors
  [[nodiscard]] virtual std::string Url() const = 0;
  [[nodiscard]] virtual std::vector<std::pair<std::string, std::string>> Headers(
      const std::string& api_key) const = 0;
  [[nodiscard]] virtual nlohmann::json BuildBody(const ChatRequest& request) const = 0;
  // Internal when the JSON is not the documented response shape.
  [[nodiscard]] virtual Result<ChatResponse> ParseBody(const nlohmann::json& body) const = 0;
  [[nodiscard]] virtual ApiError ParseError(long status,
                                            const std::string& body) const = 0;  // NOLINT
  [[nodiscard]] virtual bool IsContextLength(const ApiError& error) const = 0;

 private:
  void Sleep(double seconds);
  double UnitRandom();

  ProviderConfig config_;
  std::string api_key_;
  ProviderHooks hooks_;
  std::mt19937_64 rng_;
};

// Merges `extra`'s top-level keys into `body` (extra wins); used for config and request options.
void MergeOptions(nlohmann::json& body, const nlohmann::json& extra);

}  // namespace avo::llm
