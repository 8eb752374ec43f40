#include "avo/llm/usage_meter.h"

#include <gtest/gtest.h>

namespace avo::llm {
namespace {

using Clock = std::chrono::steady_clock;

Usage Tokens(int64_t in, int64_t out) {
  Usage u;
  u.input_tokens = in;
  u.output_tokens = out;
  return u;
}

TEST(UsageMeter, AccumulatesIntoStepAndRun) {
  UsageMeter run("run");
  UsageMeter step("step 1", {}, &run);
  step.Record(Tokens(100, 10), 0.5);
  step.Record(Tokens(200, 20), 0.25);
  UsageMeter step2("step 2", {}, &run);
  step2.Record(Tokens(1, 1), 0.01);
  EXPECT_EQ(step.totals().calls, 2);
  EXPECT_EQ(step.totals().usage.input_tokens, 300);
  EXPECT_EQ(step.totals().usage.output_tokens, 30);
  EXPECT_DOUBLE_EQ(step.totals().cost_usd, 0.75);
  EXPECT_EQ(run.totals().calls, 3);
  EXPECT_EQ(run.totals().usage.total_tokens(), 332);
  EXPECT_DOUBLE_EQ(run.totals().cost_usd, 0.76);
}

TEST(UsageMeter, TokenCap) {
  UsageMeter m("step 4", UsageCaps{100, 0, 0});
  m.Record(Tokens(60, 30), 0);
  EXPECT_TRUE(m.Check().ok());
  m.Record(Tokens(5, 5), 0);
  const Status s = m.Check();
  EXPECT_EQ(s.code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(s.message(), "step 4 llm budget: 100 tokens reached the cap of 100");
}

TEST(UsageMeter, CostCapOfTheRunStopsAStep) {
  UsageMeter run("run", UsageCaps{0, 1.0, 0});
  UsageMeter step("step 2", {}, &run);
  step.Record(Tokens(1, 1), 0.6);
  EXPECT_TRUE(step.Check().ok());
  step.Record(Tokens(1, 1), 0.5);
  const Status s = step.Check();
  EXPECT_EQ(s.code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(s.message(), "run llm budget: cost $1.1000 reached the cap of $1.0000");
}

TEST(UsageMeter, WallTimeCapWithInjectedClockAndRestore) {
  Clock::time_point now{};
  UsageMeter m("run", UsageCaps{0, 0, 60}, nullptr, [&now] { return now; });
  now += std::chrono::seconds(30);
  EXPECT_TRUE(m.Check().ok());
  EXPECT_DOUBLE_EQ(m.totals().wall_s, 30.0);
  UsageTotals before;
  before.wall_s = 40;  // a resumed run already spent 40 s
  before.calls = 5;
  before.cost_usd = 2;
  m.Restore(before);
  EXPECT_EQ(m.totals().calls, 5);
  EXPECT_EQ(m.Check().code(), Status::Code::kResourceExhausted);
  EXPECT_NE(m.Check().message().find("wall time"), std::string::npos);
}

class FakeProvider : public ChatProvider {
 public:
  Result<ChatResponse> Chat(const ChatRequest&) override {
    ++calls;
    ChatResponse r;
    r.usage = Tokens(40, 10);
    r.cost_usd = 0.1;
    return r;
  }
  const ProviderConfig& config() const override { return config_; }
  int calls = 0;

 private:
  ProviderConfig config_;
};

TEST(MeteredProvider, RecordsEachCallAndRefusesOverCap) {
  FakeProvider inner;
  UsageMeter meter("step 9", UsageCaps{100, 0, 0});
  MeteredProvider metered(inner, meter);
  EXPECT_TRUE(metered.Chat({}).ok());
  EXPECT_TRUE(metered.Chat({}).ok());
  auto third = metered.Chat({});
  EXPECT_EQ(third.status().code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(inner.calls, 2);  // refused before sending
  EXPECT_EQ(meter.totals().calls, 2);
  EXPECT_DOUBLE_EQ(meter.totals().cost_usd, 0.2);
}

// A provider that waits, as a server that never answers does, until the request's cancel holds.
class WaitingProvider : public ChatProvider {
 public:
  Result<ChatResponse> Chat(const ChatRequest& request) override {
    while (!(request.cancelled && request.cancelled())) *now += std::chrono::seconds(1);
    return Status::Cancelled("request cancelled");
  }
  const ProviderConfig& config() const override { return config_; }
  Clock::time_point* now = nullptr;

 private:
  ProviderConfig config_;
};

TEST(MeteredProvider, TheWallTimeCapEndsACallInFlightWithTheCapsMessage) {
  Clock::time_point now{};
  UsageMeter meter("step 4", UsageCaps{0, 0, 60}, nullptr, [&now] { return now; });
  WaitingProvider inner;
  inner.now = &now;
  MeteredProvider metered(inner, meter);
  auto r = metered.Chat({});
  EXPECT_EQ(r.status().code(), Status::Code::kResourceExhausted);
  EXPECT_NE(r.status().message().find("step 4 llm budget"), std::string::npos)
      << r.status().message();
  EXPECT_GE(std::chrono::duration<double>(now - Clock::time_point{}).count(), 60.0);
}

}  // namespace
}  // namespace avo::llm
