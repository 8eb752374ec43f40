// HttpChatProvider: the one ChatProvider that talks HTTP, for any WireFormat.
//
// The request/retry/parse loop lives here once so that both APIs share the retry policy,
// redaction, timing and cost accounting; the format (openai.h, anthropic.h) supplies the rest.
#pragma once

#include <random>
#include <string>

#include "avo/llm/provider.h"
#include "avo/llm/wire_format.h"

namespace avo::llm {

class HttpChatProvider final : public ChatProvider {
 public:
  // `api_key` may be empty (no credentials sent). It is held only here and in request headers.
  HttpChatProvider(const WireFormat& format, ProviderConfig config, std::string api_key,
                   ProviderHooks hooks = {});

  Result<ChatResponse> Chat(const ChatRequest& request) override;
  [[nodiscard]] const ProviderConfig& config() const override { return config_; }

 private:
  // Waits `seconds`, returning early once `cancelled` holds.
  void Sleep(double seconds, const std::function<bool()>& cancelled);
  double UnitRandom();

  WireFormat format_;
  std::string name_;  // format_.name, kept as a string for the error messages
  ProviderConfig config_;
  std::string api_key_;
  ProviderHooks hooks_;
  std::mt19937_64 rng_;
};

}  // namespace avo::llm
