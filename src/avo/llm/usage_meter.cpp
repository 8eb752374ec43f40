#include "avo/llm/usage_meter.h"

#include <fmt/format.h>

#include <utility>

namespace avo::llm {

nlohmann::json ToJson(const UsageTotals& t) {
  return {{"calls", t.calls},
          {"usage", ToJson(t.usage)},
          {"cost_usd", t.cost_usd},
          {"wall_s", t.wall_s}};
}

UsageMeter::UsageMeter(std::string name, UsageCaps caps, UsageMeter* parent, Clock clock)
    : name_(std::move(name)),
      caps_(caps),
      parent_(parent),
      clock_(clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); })),
      start_(clock_()) {}

void UsageMeter::Record(const Usage& usage, double cost_usd) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    ++totals_.calls;
    totals_.usage += usage;
    totals_.cost_usd += cost_usd;
  }
  if (listener_) listener_(usage, cost_usd);
  if (parent_ != nullptr) parent_->Record(usage, cost_usd);
}

void UsageMeter::Restore(const UsageTotals& before) {
  std::lock_guard<std::mutex> lock(mu_);
  totals_.calls += before.calls;
  totals_.usage += before.usage;
  totals_.cost_usd += before.cost_usd;
  totals_.wall_s += before.wall_s;
}

UsageTotals UsageMeter::totals() const {
  std::lock_guard<std::mutex> lock(mu_);
  UsageTotals t = totals_;
  t.wall_s += std::chrono::duration<double>(clock_() - start_).count();
  return t;
}

Status UsageMeter::CheckSelf() const {
  const UsageTotals t = totals();
  const std::string who = name_ + " llm budget";
  if (caps_.max_tokens > 0 && t.usage.total_tokens() >= caps_.max_tokens) {
    return Status::ResourceExhausted(fmt::format("{}: {} tokens reached the cap of {}", who,
                                                 t.usage.total_tokens(), caps_.max_tokens));
  }
  if (caps_.max_cost_usd > 0 && t.cost_usd >= caps_.max_cost_usd) {
    return Status::ResourceExhausted(fmt::format("{}: cost ${:.4f} reached the cap of ${:.4f}", who,
                                                 t.cost_usd, caps_.max_cost_usd));
  }
  if (caps_.max_wall_s > 0 && t.wall_s >= caps_.max_wall_s) {
    return Status::ResourceExhausted(fmt::format(
        "{}: {:.1f} s of wall time reached the cap of {:.1f} s", who, t.wall_s, caps_.max_wall_s));
  }
  return Status::Ok();
}

Status UsageMeter::Check() const {
  AVO_RETURN_IF_ERROR(CheckSelf());
  return parent_ != nullptr ? parent_->Check() : Status::Ok();
}

Result<ChatResponse> MeteredProvider::Chat(const ChatRequest& request) {
  AVO_RETURN_IF_ERROR(meter_.Check());
  // The wall-time cap also ends a call in flight (an endpoint that never answers), not only the
  // next one; the caller then hears the cap, not a bare cancellation.
  ChatRequest bounded = request;
  bounded.cancelled = [this, &request] {
    return (request.cancelled && request.cancelled()) || !meter_.Check().ok();
  };
  Result<ChatResponse> response = inner_.Chat(bounded);
  if (response.ok()) {
    meter_.Record(*response);
  } else if (response.status().code() == Status::Code::kCancelled) {
    AVO_RETURN_IF_ERROR(meter_.Check());
  }
  return response;
}

}  // namespace avo::llm
