#include "avo/llm/http_provider.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <thread>

#include "avo/llm/retry.h"

namespace avo::llm {

using nlohmann::json;

namespace {

// The same kind of error with a new message (Status keeps its constructor private).
Status Restate(const Status& s, std::string message) {
  switch (s.code()) {
    case Status::Code::kOk:
      return Status::Ok();
    case Status::Code::kInvalidArgument:
      return Status::InvalidArgument(std::move(message));
    case Status::Code::kNotFound:
      return Status::NotFound(std::move(message));
    case Status::Code::kIoError:
      return Status::IoError(std::move(message));
    case Status::Code::kTimeout:
      return Status::Timeout(std::move(message));
    case Status::Code::kUnavailable:
      return Status::Unavailable(std::move(message));
    case Status::Code::kResourceExhausted:
      return Status::ResourceExhausted(std::move(message));
    case Status::Code::kInternal:
      return Status::Internal(std::move(message));
    case Status::Code::kCancelled:
      return Status::Cancelled(std::move(message));
  }
  return Status::Internal(std::move(message));
}

}  // namespace

HttpChatProvider::HttpChatProvider(const WireFormat& format, ProviderConfig config,
                                   std::string api_key, ProviderHooks hooks)
    : format_(format),
      name_(format.name),
      config_(std::move(config)),
      api_key_(std::move(api_key)),
      hooks_(std::move(hooks)),
      rng_(std::random_device{}()) {}

double HttpChatProvider::UnitRandom() {
  return std::uniform_real_distribution<double>(0.0, 1.0)(rng_);
}

void HttpChatProvider::Sleep(double seconds, const std::function<bool()>& cancelled) {
  if (hooks_.sleep) {
    hooks_.sleep(seconds);
    return;
  }
  // Sleep in slices so a cancel request is honoured within 100 ms.
  using Clock = std::chrono::steady_clock;
  const auto until = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double>(seconds));
  while (Clock::now() < until) {
    if (cancelled()) return;
    const Clock::duration left = until - Clock::now();
    const Clock::duration slice = std::chrono::milliseconds(100);
    std::this_thread::sleep_for(std::min(left, slice));
  }
}

Result<ChatResponse> HttpChatProvider::Chat(const ChatRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  HttpRequest http;
  http.url = WireUrl(format_, config_);
  http.headers = format_.headers(config_, api_key_);
  try {
    http.body = format_.build_body(config_, request).dump();
  } catch (const json::exception& e) {
    // Invalid UTF-8 in a message (a tool output with binary bytes) makes dump() throw.
    return Status::InvalidArgument(
        fmt::format("{}: cannot encode the request: {}", name_, e.what()));
  }
  http.timeout_s = config_.timeout_s;
  http.connect_timeout_s = config_.connect_timeout_s;
  // The hook (a process-wide flag) or the request's own predicate (this step's).
  http.cancel = [this, &request] {
    return (hooks_.cancel != nullptr && hooks_.cancel->load()) ||
           (request.cancelled && request.cancelled());
  };

  const int max_attempts = std::max(1, config_.retry.max_attempts);
  Status last;
  for (int attempt = 1; attempt <= max_attempts; ++attempt) {
    if (http.cancel()) {
      return Status::Cancelled(name_ + ": request cancelled");
    }
    std::optional<double> wait;  // set by the retryable branches below
    Result<HttpResponse> answer = HttpPost(http);
    if (!answer.ok()) {
      const Status& s = answer.status();
      last = Restate(s, name_ + ": " + SafeOneLine(s.message(), api_key_));
      if (!IsRetryableTransportError(s)) return last;
    } else if (answer->status >= 200 && answer->status < 300) {
      json body = json::parse(answer->body, nullptr, /*allow_exceptions=*/false);
      // Gateways (OpenRouter, some proxies) answer an upstream failure with 200 and an error
      // object: the provider's message, retried as a server error, not "no choices".
      const bool error_in_2xx = body.is_object() && body.contains("error") &&
                                !body.contains("choices") && !body.contains("content");
      if (error_in_2xx) {
        ApiError error = format_.parse_error(answer->status, answer->body);
        last =
            Status::Unavailable(fmt::format("{}: {} carrying an error: {}", name_, answer->status,
                                            SafeOneLine(error.message, api_key_)));
      } else if (!body.is_discarded()) {
        Result<ChatResponse> parsed = format_.parse_response(body);
        if (!parsed.ok()) return Status(parsed.status()).WithContext(name_);
        ChatResponse& r = parsed.value();
        r.cost_usd = CostUsd(config_.prices, r.usage);
        r.attempts = attempt;
        r.latency_s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return std::move(parsed).value();
      } else {
        // A 2xx whose body is not JSON is a body cut short by a proxy or a dying server.
        last = Status::Unavailable(fmt::format("{}: {} with a body that is not JSON: {}", name_,
                                               answer->status,
                                               SafeOneLine(answer->body, api_key_, 200)));
      }
    } else {
      ApiError error = format_.parse_error(answer->status, answer->body);
      error.message = SafeOneLine(error.message, api_key_);
      const bool context = format_.is_context_length(error);
      last = StatusFromApiError(name_, error, context);
      if (context || !IsRetryableStatus(answer->status) ||
          last.code() == Status::Code::kResourceExhausted) {
        return last;
      }
      if (auto after = RetryAfterSeconds(*answer))
        wait = std::min(*after, config_.retry.max_retry_after_s);
    }
    if (attempt == max_attempts) break;
    const double seconds = wait.value_or(BackoffSeconds(config_.retry, attempt, UnitRandom()));
    spdlog::warn("{} (attempt {}/{}); retrying in {:.3g} s", last.message(), attempt, max_attempts,
                 seconds);
    Sleep(seconds, http.cancel);
  }
  return Restate(last, fmt::format("{} (after {} attempts)", last.message(), max_attempts));
}

}  // namespace avo::llm
