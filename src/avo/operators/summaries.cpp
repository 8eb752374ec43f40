#include "avo/operators/summaries.h"

#include <fmt/format.h>

namespace avo {
namespace {

std::string Tail(const std::string& log, std::size_t max) {
  if (log.size() <= max) return log;
  return "[...]\n" + log.substr(log.size() - max);
}

std::string FirstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

}  // namespace

std::string FormatEvaluationForModel(const Evaluation& e, const std::optional<Evaluation>& best,
                                     int best_version) {
  std::string out = fmt::format("outcome: {}; correct: {}; suite: {}\n", OutcomeName(e.outcome),
                                e.correct ? "yes" : "no", e.suite);
  if (!e.reason.empty()) out += "reason: " + e.reason + "\n";
  if (!e.configs.empty()) {
    out += fmt::format(
        "{:<24} {:>8} {:>12}{}\n", "config", "correct", "value",
        best ? fmt::format(" {:>12} {:>8}", "best v" + std::to_string(best_version), "ratio") : "");
    std::map<std::string, double> best_values;
    if (best) best_values = best->Values();
    for (const auto& c : e.configs) {
      std::string line =
          fmt::format("{:<24} {:>8} {:>12.5g}", c.name, c.correct ? "yes" : "NO", c.value);
      if (best) {
        auto it = best_values.find(c.name);
        if (it != best_values.end() && it->second > 0) {
          line += fmt::format(" {:>12.5g} {:>8.3f}", it->second, c.value / it->second);
        }
      }
      if (!c.message.empty()) line += "  " + c.message;
      if (!c.errors.empty()) line += "  errors " + c.errors.dump();
      out += line + "\n";
    }
    out += fmt::format("{:<24} {:>8} {:>12.5g} {}", "geomean", "", e.scalar, e.unit);
    if (best && best->scalar > 0)
      out += fmt::format("   (best v{}: {:.5g}, ratio {:.3f})", best_version, best->scalar,
                         e.scalar / best->scalar);
    out += "\n";
  }
  if (e.outcome == Outcome::kBuildFailed && !e.build_log.empty())
    out += "--- build log (tail) ---\n" + Tail(e.build_log, 4000) + "\n";
  if (e.outcome != Outcome::kScored && e.outcome != Outcome::kBuildFailed && !e.eval_log.empty()) {
    out += "--- evaluation log (tail) ---\n" + Tail(e.eval_log, 4000) + "\n";
  }
  return out;
}

std::string FormatVersions(const std::vector<Version>& versions, std::size_t max) {
  std::string out;
  const std::size_t first = versions.size() > max ? versions.size() - max : 0;
  if (first > 0) out += fmt::format("({} earlier versions not shown)\n", first);
  for (std::size_t i = first; i < versions.size(); ++i) {
    const Version& v = versions[i];
    std::string gain;
    if (i > 0 && versions[i - 1].scalar > 0)
      gain = fmt::format(" ({:+.2f}%)", 100 * (v.scalar / versions[i - 1].scalar - 1));
    out += fmt::format("v{:<3} {:>10.5g} {}{}  {}\n", v.number, v.scalar, v.score.value("unit", ""),
                       gain, v.summary);
  }
  return out;
}

std::string FormatAttempts(const std::vector<AttemptRecord>& attempts, std::size_t max) {
  std::string out;
  for (std::size_t i = 0; i < attempts.size() && i < max; ++i) {
    const AttemptRecord& a = attempts[i];
    out += fmt::format("#{} step {} {} {} {:.5g}: {} | {}\n", a.id, a.step, a.op, a.status,
                       a.scalar, a.reason, FirstLine(a.message));
  }
  return out.empty() ? "(no attempts yet)\n" : out;
}

std::optional<Evaluation> BestEvaluation(const std::vector<Version>& versions) {
  if (versions.empty()) return std::nullopt;
  auto e = Evaluation::FromJson(versions.back().score);
  if (!e.ok()) return std::nullopt;
  return std::move(e).value();
}

}  // namespace avo
