#include "avo/llm/provider.h"

#include <cstdlib>

#include "avo/llm/anthropic.h"
#include "avo/llm/http_provider.h"
#include "avo/llm/openai.h"

namespace avo::llm {

Result<std::unique_ptr<ChatProvider>> MakeProvider(const ProviderConfig& config,
                                                   ProviderHooks hooks) {
  AVO_RETURN_IF_ERROR(Validate(config));
  std::string key;
  if (!config.api_key_env.empty()) {
    const char* value = std::getenv(config.api_key_env.c_str());
    if (value == nullptr || *value == '\0') {
      return Status::InvalidArgument("llm: environment variable " + config.api_key_env +
                                     " (llm.api_key_env) is not set");
    }
    key = value;
  }
  const WireFormat& format =
      config.kind == "anthropic" ? AnthropicMessages() : OpenAIChatCompletions();
  std::unique_ptr<ChatProvider> provider =
      std::make_unique<HttpChatProvider>(format, config, std::move(key), std::move(hooks));
  return provider;
}

}  // namespace avo::llm
