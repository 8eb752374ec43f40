#include "avo/engine/commit_message.h"

#include <fmt/format.h>

#include <cstdlib>

#include "avo/lineage/trailers.h"
#include "avo/score/gain.h"
#include "avo/util/utf8.h"

namespace avo {
namespace {

constexpr const char* kGateLine = "\nGate:";

std::string FirstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

// "v3: 1.234 TFLOPS (+2.10% over v2) <rationale's first line>"; the gain is score/gain.h's: the
// gate's paired ratio, else the scalar against the best measured on this candidate's suite (the
// previous version's stored scalar may be of another suite).
std::string Summary(const CommitFacts& f) {
  const Evaluation& ev = *f.evaluation;
  if (f.previous == nullptr) return fmt::format("v0: seed, {:.4g} {}", ev.scalar, ev.unit);
  const Version& prev = *f.previous;
  const bool same_suite = prev.score.value("suite", "") == ev.suite;
  const double base = f.best_on_suite.value_or(same_suite ? prev.scalar : 0.0);
  const std::string on = same_suite ? "" : fmt::format(" on {}", ev.suite);
  std::optional<double> paired;
  if (f.paired.is_object() && f.paired.contains("ratio")) paired = f.paired.value("ratio", 0.0);
  std::string gain = fmt::format("not comparable with v{}", prev.number);
  if (auto g = Gain(paired, ev.scalar, base, base > 0, f.direction)) {
    gain = fmt::format("{} over v{}{}", FormatGain(*g), prev.number, on);
  }
  return fmt::format("v{}: {:.4g} {}{} ({}) {}", f.number, ev.scalar, ev.unit, on, gain,
                     FirstLine(f.rationale));
}

std::map<std::string, std::string> Trailers(const CommitFacts& f) {
  const Evaluation& ev = *f.evaluation;
  std::map<std::string, std::string> t = {{trailer::kAttempt, std::to_string(f.attempt)},
                                          {trailer::kStep, std::to_string(f.step)},
                                          {trailer::kOperator, f.op},
                                          {trailer::kSuite, ev.suite},
                                          {trailer::kScalar, fmt::format("{:.6g}", ev.scalar)}};
  if (!f.paired.is_null()) {
    t.emplace(trailer::kPairedRatio,
              fmt::format("{:.4f} [{:.4f}, {:.4f}]", f.paired.value("ratio", 0.0),
                          f.paired.value("lo", 0.0), f.paired.value("hi", 0.0)));
  }
  if (f.island) t.emplace(trailer::kIsland, std::to_string(*f.island));
  if (!f.migrant.empty()) t.emplace(trailer::kMigrant, f.migrant);
  if (const std::string h = HeldOutTrailer(f.held_out); !h.empty()) t.emplace(trailer::kHeldOut, h);
  return t;
}

}  // namespace

CommitText WriteCommitText(const CommitFacts& f) {
  std::string message =
      Summary(f) + "\n\n" + f.rationale + "\n" + kGateLine + " " + f.gate_reason + "\nScores:";
  for (const auto& c : f.evaluation->configs) {
    message += fmt::format("\n  {:<28} {:>10.4g} {}", c.name, c.value, c.unit);
    if (f.paired.is_null()) continue;
    for (const auto& r : f.paired.value("configs", nlohmann::json::array())) {
      if (r.value("name", "") == c.name)
        message += fmt::format("  x{:.4f} [{:.4f}, {:.4f}]", r.value("ratio", 0.0),
                               r.value("lo", 0.0), r.value("hi", 0.0));
    }
  }
  if (!f.held_out.empty()) {
    message += "\nHeld out (configurations the search never saw; this version beside v" +
               std::to_string(f.previous != nullptr ? f.previous->number : 0) + "):";
    for (const auto& h : f.held_out) message += fmt::format("\n  {:<28} x{:.4f}", h.suite, h.ratio);
  }
  // A rationale from outside (an external agent's file) may hold bytes that are not UTF-8, and
  // every JSON reader of the lineage needs UTF-8.
  return {RepairUtf8(message), Trailers(f)};
}

std::string RationaleOf(const std::string& message) {
  return message.substr(0, message.find(kGateLine));
}

std::optional<std::int64_t> AttemptOf(const Version& v) {
  auto it = v.trailers.find(trailer::kAttempt);
  if (it == v.trailers.end()) return std::nullopt;
  char* end = nullptr;
  const long long id = std::strtoll(it->second.c_str(), &end, 10);
  if (end == it->second.c_str()) return std::nullopt;
  return static_cast<std::int64_t>(id);
}

}  // namespace avo
