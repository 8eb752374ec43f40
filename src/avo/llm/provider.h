// ChatProvider: one chat turn against a language model, whoever serves it.
//
// One real implementation, HttpChatProvider (http_provider.h), speaking one of two wire formats:
// OpenAIChatCompletions() (openai.h; OpenAI Chat Completions, which vLLM, llama.cpp's server and
// Ollama also speak) and AnthropicMessages() (anthropic.h; the Messages API).
// Tests use them against the scripted server in tests/testing/llm_server.h; a fake provider for
// agent tests only has to implement Chat().
//
// Errors a Chat() call returns (one line each, never containing the API key):
//   InvalidArgument  400/401/403/413/422: bad request or credentials; not retried.
//                    IsContextLengthExceeded(status) singles out "prompt too long" so the agent
//                    can compact the conversation and call again.
//   NotFound         404: usually a wrong model name or base_url.
//   ResourceExhausted  429 insufficient_quota (the account is out of credit); not retried.
//   Unavailable      429/5xx/dropped connection still failing after RetryPolicy::max_attempts.
//   Timeout          no answer within timeout_s, on the last attempt.
//   Cancelled        ProviderHooks::cancel became true.
//   Internal         a 2xx answer that is not the documented response shape.
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include "avo/llm/config.h"
#include "avo/llm/errors.h"  // IsContextLengthExceeded
#include "avo/llm/message.h"
#include "avo/util/status.h"

namespace avo::llm {

class ChatProvider {
 public:
  virtual ~ChatProvider() = default;
  // One model turn. Retries transient failures itself (config().retry); usage and cost of the
  // successful attempt are in the response (failed attempts are not billed by the vendors).
  virtual Result<ChatResponse> Chat(const ChatRequest& request) = 0;
  [[nodiscard]] virtual const ProviderConfig& config() const = 0;
};

// What a provider needs from its surroundings, replaceable in tests.
struct ProviderHooks {
  // Waits between retries; seconds. Default: sleeps, returning early when `cancel` is set.
  // Tests pass a recorder so backoff and Retry-After are asserted, not waited for.
  std::function<void(double)> sleep;
  // Set from another thread (signal handler, budget watchdog) to abort in-flight calls.
  const std::atomic<bool>* cancel = nullptr;
};

// Builds the provider for config.kind. Reads the key from the environment variable named by
// api_key_env now, so a missing key fails at start-up, not hours into a run:
// InvalidArgument("llm: environment variable ANTHROPIC_API_KEY (llm.api_key_env) is not set").
Result<std::unique_ptr<ChatProvider>> MakeProvider(const ProviderConfig& config,
                                                   ProviderHooks hooks = {});

}  // namespace avo::llm
