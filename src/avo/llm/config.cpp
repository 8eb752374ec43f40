#include "avo/llm/config.h"

#include <fmt/format.h>

#include <set>

namespace avo::llm {

using nlohmann::json;

namespace {

constexpr const char* kOpenAIUrl = "https://api.openai.com/v1";
constexpr const char* kAnthropicUrl = "https://api.anthropic.com";

// Small typed readers: each returns InvalidArgument naming the key on a type mismatch.
Status ReadString(const json& j, const char* key, std::string* out) {
  if (!j.contains(key)) return Status::Ok();
  if (!j.at(key).is_string())
    return Status::InvalidArgument(fmt::format("llm.{}: expected a string", key));
  *out = j.at(key).get<std::string>();
  return Status::Ok();
}

Status ReadNumber(const json& j, const std::string& where, const char* key, double* out) {
  if (!j.contains(key)) return Status::Ok();
  if (!j.at(key).is_number()) {
    return Status::InvalidArgument(fmt::format("{}.{}: expected a number", where, key));
  }
  *out = j.at(key).get<double>();
  return Status::Ok();
}

Status ReadInt(const json& j, const std::string& where, const char* key, int64_t* out) {
  if (!j.contains(key)) return Status::Ok();
  if (!j.at(key).is_number_integer()) {
    return Status::InvalidArgument(fmt::format("{}.{}: expected an integer", where, key));
  }
  *out = j.at(key).get<int64_t>();
  return Status::Ok();
}

Status CheckKeys(const json& j, const std::string& where, const std::set<std::string>& known) {
  for (const auto& [key, value] : j.items()) {
    if (!known.count(key))
      return Status::InvalidArgument(fmt::format("{}: unknown key '{}'", where, key));
  }
  return Status::Ok();
}

Status ParseRetry(const json& j, RetryPolicy* r) {
  if (!j.is_object()) return Status::InvalidArgument("llm.retry: expected a table");
  AVO_RETURN_IF_ERROR(CheckKeys(
      j, "llm.retry", {"max_attempts", "initial_backoff_s", "max_backoff_s", "max_retry_after_s"}));
  int64_t attempts = r->max_attempts;
  AVO_RETURN_IF_ERROR(ReadInt(j, "llm.retry", "max_attempts", &attempts));
  r->max_attempts = static_cast<int>(attempts);
  AVO_RETURN_IF_ERROR(ReadNumber(j, "llm.retry", "initial_backoff_s", &r->initial_backoff_s));
  AVO_RETURN_IF_ERROR(ReadNumber(j, "llm.retry", "max_backoff_s", &r->max_backoff_s));
  AVO_RETURN_IF_ERROR(ReadNumber(j, "llm.retry", "max_retry_after_s", &r->max_retry_after_s));
  return Status::Ok();
}

Status Parse(const json& j, ProviderConfig* c) {
  if (!j.is_object()) return Status::InvalidArgument("llm: expected a table");
  AVO_RETURN_IF_ERROR(CheckKeys(
      j, "llm",
      {"kind", "base_url", "model", "api_key_env", "max_tokens", "timeout_s", "connect_timeout_s",
       "options", "price_input_usd_per_mtok", "price_output_usd_per_mtok",
       "price_cached_input_usd_per_mtok", "context_window", "anthropic_version", "retry"}));
  AVO_RETURN_IF_ERROR(ReadString(j, "kind", &c->kind));
  AVO_RETURN_IF_ERROR(ReadString(j, "base_url", &c->base_url));
  AVO_RETURN_IF_ERROR(ReadString(j, "model", &c->model));
  AVO_RETURN_IF_ERROR(ReadString(j, "api_key_env", &c->api_key_env));
  AVO_RETURN_IF_ERROR(ReadString(j, "anthropic_version", &c->anthropic_version));
  int64_t max_tokens = c->max_tokens;
  AVO_RETURN_IF_ERROR(ReadInt(j, "llm", "max_tokens", &max_tokens));
  c->max_tokens = static_cast<int>(max_tokens);
  AVO_RETURN_IF_ERROR(ReadNumber(j, "llm", "timeout_s", &c->timeout_s));
  AVO_RETURN_IF_ERROR(ReadNumber(j, "llm", "connect_timeout_s", &c->connect_timeout_s));
  AVO_RETURN_IF_ERROR(ReadInt(j, "llm", "context_window", &c->context_window));
  AVO_RETURN_IF_ERROR(
      ReadNumber(j, "llm", "price_input_usd_per_mtok", &c->prices.input_usd_per_mtok));
  AVO_RETURN_IF_ERROR(
      ReadNumber(j, "llm", "price_output_usd_per_mtok", &c->prices.output_usd_per_mtok));
  if (j.contains("price_cached_input_usd_per_mtok")) {
    double cached = 0;
    AVO_RETURN_IF_ERROR(ReadNumber(j, "llm", "price_cached_input_usd_per_mtok", &cached));
    c->prices.cached_input_usd_per_mtok = cached;
  }
  if (j.contains("options")) {
    if (!j.at("options").is_object())
      return Status::InvalidArgument("llm.options: expected a table");
    c->options = j.at("options");
  }
  if (j.contains("retry")) AVO_RETURN_IF_ERROR(ParseRetry(j.at("retry"), &c->retry));

  const bool default_url = c->base_url.empty();
  if (default_url) c->base_url = c->kind == "anthropic" ? kAnthropicUrl : kOpenAIUrl;
  if (default_url && !j.contains("api_key_env")) {
    c->api_key_env = c->kind == "anthropic" ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY";
  }
  return Validate(*c);
}

}  // namespace

Result<ProviderConfig> ProviderConfigFromJson(const json& j) {
  ProviderConfig c;
  AVO_RETURN_IF_ERROR(Parse(j, &c));
  return c;
}

json ToJson(const ProviderConfig& c) {
  json j = {{"kind", c.kind},
            {"base_url", c.base_url},
            {"model", c.model},
            {"api_key_env", c.api_key_env},
            {"max_tokens", c.max_tokens},
            {"timeout_s", c.timeout_s},
            {"connect_timeout_s", c.connect_timeout_s},
            {"options", c.options},
            {"price_input_usd_per_mtok", c.prices.input_usd_per_mtok},
            {"price_output_usd_per_mtok", c.prices.output_usd_per_mtok},
            {"context_window", c.context_window},
            {"anthropic_version", c.anthropic_version},
            {"retry",
             {{"max_attempts", c.retry.max_attempts},
              {"initial_backoff_s", c.retry.initial_backoff_s},
              {"max_backoff_s", c.retry.max_backoff_s},
              {"max_retry_after_s", c.retry.max_retry_after_s}}}};
  if (c.prices.cached_input_usd_per_mtok) {
    j["price_cached_input_usd_per_mtok"] = *c.prices.cached_input_usd_per_mtok;
  }
  return j;
}

Status Validate(const ProviderConfig& c) {
  if (c.kind != "openai" && c.kind != "anthropic") {
    return Status::InvalidArgument("llm.kind: expected \"openai\" or \"anthropic\", got \"" +
                                   c.kind + "\"");
  }
  if (c.model.empty()) return Status::InvalidArgument("llm.model: must not be empty");
  if (c.base_url.rfind("http://", 0) != 0 && c.base_url.rfind("https://", 0) != 0) {
    return Status::InvalidArgument("llm.base_url: expected an http:// or https:// URL, got \"" +
                                   c.base_url + "\"");
  }
  if (c.max_tokens <= 0) return Status::InvalidArgument("llm.max_tokens: must be positive");
  if (c.timeout_s <= 0) return Status::InvalidArgument("llm.timeout_s: must be positive");
  if (c.connect_timeout_s <= 0)
    return Status::InvalidArgument("llm.connect_timeout_s: must be positive");
  if (c.context_window < 0)
    return Status::InvalidArgument("llm.context_window: must not be negative");
  if (c.prices.input_usd_per_mtok < 0 || c.prices.output_usd_per_mtok < 0 ||
      c.prices.cached_input_usd_per_mtok.value_or(0) < 0) {
    return Status::InvalidArgument("llm.price_*: must not be negative");
  }
  if (c.retry.max_attempts < 1)
    return Status::InvalidArgument("llm.retry.max_attempts: must be at least 1");
  if (c.retry.initial_backoff_s < 0 || c.retry.max_backoff_s < 0 || c.retry.max_retry_after_s < 0) {
    return Status::InvalidArgument("llm.retry: backoff times must not be negative");
  }
  if (!c.options.is_object()) return Status::InvalidArgument("llm.options: expected a table");
  return Status::Ok();
}

double CostUsd(const Prices& prices, const Usage& usage) {
  const double cached_price = prices.cached_input_usd_per_mtok.value_or(prices.input_usd_per_mtok);
  const auto uncached = static_cast<double>(usage.input_tokens - usage.cached_input_tokens);
  return (uncached * prices.input_usd_per_mtok +
          static_cast<double>(usage.cached_input_tokens) * cached_price +
          static_cast<double>(usage.output_tokens) * prices.output_usd_per_mtok) /
         1e6;
}

std::string DescribeEndpoint(const ProviderConfig& c) {
  return fmt::format("{} model {} at {}, {}", c.kind, c.model, c.base_url,
                     c.api_key_env.empty() ? "no key" : "key from $" + c.api_key_env);
}

}  // namespace avo::llm
