#include "avo/llm/config.h"

#include <gtest/gtest.h>

#include "avo/llm/retry.h"

namespace avo::llm {
namespace {

using nlohmann::json;

TEST(ProviderConfig, DefaultsForTheVendors) {
  auto a = ProviderConfigFromJson({{"kind", "anthropic"}, {"model", "claude"}});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->base_url, "https://api.anthropic.com");
  EXPECT_EQ(a->api_key_env, "ANTHROPIC_API_KEY");
  auto o = ProviderConfigFromJson({{"kind", "openai"}, {"model", "gpt"}});
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(o->base_url, "https://api.openai.com/v1");
  EXPECT_EQ(o->api_key_env, "OPENAI_API_KEY");
}

TEST(ProviderConfig, LocalServerNeedsNoKey) {
  auto c = ProviderConfigFromJson(
      {{"kind", "openai"}, {"model", "qwen"}, {"base_url", "http://localhost:8000/v1"}});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->api_key_env, "");
}

TEST(ProviderConfig, ParsesEveryKey) {
  const json j = json::parse(
      R"({"kind": "anthropic", "model": "m", "base_url": "https://x", "api_key_env": "K",
    "max_tokens": 100, "timeout_s": 5.5, "connect_timeout_s": 2, "options": {"top_k": 5},
    "price_input_usd_per_mtok": 3, "price_output_usd_per_mtok": 15, "price_cached_input_usd_per_mtok": 0.3,
    "context_window": 200000, "anthropic_version": "2023-06-01",
    "retry": {"max_attempts": 3, "initial_backoff_s": 0.5, "max_backoff_s": 4, "max_retry_after_s": 10}})");
  auto c = ProviderConfigFromJson(j);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->max_tokens, 100);
  EXPECT_DOUBLE_EQ(c->timeout_s, 5.5);
  EXPECT_EQ(c->options.at("top_k"), 5);
  EXPECT_DOUBLE_EQ(*c->prices.cached_input_usd_per_mtok, 0.3);
  EXPECT_EQ(c->context_window, 200000);
  EXPECT_EQ(c->retry.max_attempts, 3);
  EXPECT_DOUBLE_EQ(c->retry.max_retry_after_s, 10);
  // The JSON form round-trips.
  auto again = ProviderConfigFromJson(ToJson(*c));
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(ToJson(*again), ToJson(*c));
}

TEST(ProviderConfig, ErrorsNameTheKey) {
  EXPECT_EQ(ProviderConfigFromJson({{"kind", "gemini"}, {"model", "m"}}).status().message(),
            "llm.kind: expected \"openai\" or \"anthropic\", got \"gemini\"");
  EXPECT_EQ(ProviderConfigFromJson({{"kind", "openai"}, {"model", "m"}, {"max_tokenz", 1}})
                .status()
                .message(),
            "llm: unknown key 'max_tokenz'");
  EXPECT_EQ(ProviderConfigFromJson({{"kind", "openai"}, {"model", 3}}).status().message(),
            "llm.model: expected a string");
  EXPECT_EQ(
      ProviderConfigFromJson({{"kind", "openai"}, {"model", "m"}, {"retry", {{"max_attempts", 0}}}})
          .status()
          .message(),
      "llm.retry.max_attempts: must be at least 1");
  EXPECT_FALSE(ProviderConfigFromJson({{"kind", "openai"}}).ok());  // no model
}

TEST(Cost, UsesInputOutputAndCachedPrices) {
  Prices p{3.0, 15.0, 0.3};
  Usage u;
  u.input_tokens = 1'000'000;
  u.cached_input_tokens = 500'000;
  u.output_tokens = 100'000;
  EXPECT_NEAR(CostUsd(p, u), 0.5 * 3.0 + 0.5 * 0.3 + 0.1 * 15.0, 1e-9);
  p.cached_input_usd_per_mtok.reset();
  EXPECT_NEAR(CostUsd(p, u), 3.0 + 1.5, 1e-9);
  EXPECT_EQ(CostUsd(Prices{}, u), 0.0);
}

TEST(Retry, BackoffIsExponentialCappedAndJittered) {
  RetryPolicy p;
  p.initial_backoff_s = 1;
  p.max_backoff_s = 5;
  EXPECT_DOUBLE_EQ(BackoffSeconds(p, 1, 0.0), 0.5);
  EXPECT_DOUBLE_EQ(BackoffSeconds(p, 1, 1.0), 1.0);
  EXPECT_DOUBLE_EQ(BackoffSeconds(p, 3, 1.0), 4.0);
  EXPECT_DOUBLE_EQ(BackoffSeconds(p, 10, 1.0), 5.0);
  EXPECT_DOUBLE_EQ(BackoffSeconds(p, 10, 0.0), 2.5);
}

TEST(Retry, StatusesAndRetryAfter) {
  for (long s : {408L, 409L, 425L, 429L, 500L, 502L, 503L, 529L})
    EXPECT_TRUE(IsRetryableStatus(s)) << s;
  for (long s : {400L, 401L, 403L, 404L, 413L, 422L}) EXPECT_FALSE(IsRetryableStatus(s)) << s;
  HttpResponse r;
  EXPECT_FALSE(RetryAfterSeconds(r).has_value());
  r.headers = {{"retry-after", "7"}};
  EXPECT_DOUBLE_EQ(*RetryAfterSeconds(r), 7.0);
  r.headers = {{"retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"}};
  EXPECT_FALSE(RetryAfterSeconds(r).has_value());
  r.headers = {{"retry-after-ms", "250"}, {"retry-after", "9"}};
  EXPECT_DOUBLE_EQ(*RetryAfterSeconds(r), 0.25);
}

}  // namespace
}  // namespace avo::llm
