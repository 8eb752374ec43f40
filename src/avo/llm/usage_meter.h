// UsageMeter: what the model calls of a step, or of a whole run, have used, against caps.
//
// Why meters nest: a step has its own budget (so one runaway agent step cannot eat the run) and
// the run has a total budget. A step meter is built with the run meter as its parent; Record()
// adds to both and Check() reports the first cap hit, the step's or the run's.
//
// MeteredProvider wraps any ChatProvider so that every call is checked before it is sent and
// recorded after it returns -- the agent loop then cannot forget either.
//
// Units: tokens (input + output), US dollars, seconds of wall time since the meter started.
// Thread-safe: parallel steps may share one run meter.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "avo/llm/provider.h"
#include "avo/util/status.h"

namespace avo::llm {

// 0 means no cap.
struct UsageCaps {
  int64_t max_tokens = 0;   // input + output tokens
  double max_cost_usd = 0;  // US dollars
  double max_wall_s = 0;  // seconds since the meter was created (plus UsageTotals::wall_s restored)
};

struct UsageTotals {
  int64_t calls = 0;
  Usage usage;
  double cost_usd = 0;
  double wall_s = 0;  // seconds; filled by UsageMeter::totals()
};
nlohmann::json ToJson(const UsageTotals& t);

class UsageMeter {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  // `name` prefixes cap messages ("run", "step 12"). `parent` (not owned, may be null) must outlive
  // this meter. `clock` is for tests; steady_clock::now by default.
  explicit UsageMeter(std::string name, UsageCaps caps = {}, UsageMeter* parent = nullptr,
                      Clock clock = {});
  UsageMeter(const UsageMeter&) = delete;
  UsageMeter& operator=(const UsageMeter&) = delete;

  // Called with each call Record() adds here (not an ancestor's), after it is counted: how a
  // caller keeps a durable ledger of calls as they return (Archive::RecordSpending).
  using Listener = std::function<void(const Usage& usage, double cost_usd)>;
  void OnRecord(Listener listener) { listener_ = std::move(listener); }

  // Adds one call here and in every ancestor.
  void Record(const Usage& usage, double cost_usd);
  void Record(const ChatResponse& response) { Record(response.usage, response.cost_usd); }
  // Continues a resumed run: adds totals spent before (wall_s included) without counting calls
  // anew.
  void Restore(const UsageTotals& before);

  [[nodiscard]] UsageTotals totals() const;
  // Ok while under every cap here and in the ancestors; otherwise ResourceExhausted saying which,
  // e.g. "step 3 llm budget: cost $2.0134 reached the cap of $2.0000".
  [[nodiscard]] Status Check() const;
  [[nodiscard]] const UsageCaps& caps() const { return caps_; }

 private:
  [[nodiscard]] Status CheckSelf() const;

  std::string name_;
  UsageCaps caps_;
  UsageMeter* parent_;
  Clock clock_;
  std::chrono::steady_clock::time_point start_;
  mutable std::mutex mu_;
  UsageTotals totals_;  // wall_s holds restored time only
  Listener listener_;
};

// A ChatProvider that refuses calls once `meter` is over a cap (returning its ResourceExhausted)
// and records every successful call into it.
class MeteredProvider final : public ChatProvider {
 public:
  MeteredProvider(ChatProvider& inner, UsageMeter& meter) : inner_(inner), meter_(meter) {}
  Result<ChatResponse> Chat(const ChatRequest& request) override;
  [[nodiscard]] const ProviderConfig& config() const override { return inner_.config(); }

 private:
  ChatProvider& inner_;
  UsageMeter& meter_;
};

}  // namespace avo::llm
