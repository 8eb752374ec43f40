#include "avo/score/remeasurement.h"

#include <fmt/format.h>

namespace avo {
namespace {

bool HasFigures(const Evaluation& e) { return e.outcome == Outcome::kScored && e.correct; }

Result<RatioInterval> Ratio(const Evaluation& a, const Evaluation& b, Direction direction,
                            double confidence) {
  AVO_ASSIGN_OR_RETURN(auto pairs, PairSamples(a, b));
  AVO_ASSIGN_OR_RETURN(auto cmp, ComparePaired(pairs, direction, {confidence}));
  return cmp.geomean;
}

nlohmann::json IntervalJson(const std::optional<RatioInterval>& r) {
  if (!r) return nullptr;
  return {{"ratio", r->ratio}, {"lo", r->lo}, {"hi", r->hi}};
}

}  // namespace

std::vector<int> Remeasurement::Falls() const {
  std::vector<int> out;
  for (const auto& p : points) {
    if (p.to_previous && p.to_previous->hi < 1.0) out.push_back(p.version);
  }
  return out;
}

Result<Remeasurement> RemeasurementOf(const std::vector<Evaluation>& evaluations,
                                      std::vector<RemeasuredVersion> labels, Direction direction,
                                      double confidence) {
  if (evaluations.size() != labels.size() || evaluations.empty()) {
    return Status::InvalidArgument(
        fmt::format("{} evaluations for {} versions", evaluations.size(), labels.size()));
  }
  if (!HasFigures(evaluations[0])) {
    return Status::InvalidArgument(
        fmt::format("v{}, the first version measured, has no figures: {}", labels[0].version,
                    evaluations[0].reason));
  }
  Remeasurement t;
  t.confidence = confidence;
  t.suite = evaluations[0].suite;
  t.unit = evaluations[0].unit;
  std::size_t last = 0;  // the latest point with figures
  for (std::size_t k = 0; k < evaluations.size(); ++k) {
    const Evaluation& e = evaluations[k];
    RemeasuredVersion p = std::move(labels[k]);
    if (!HasFigures(e)) {
      p.error = e.reason.empty() ? std::string(OutcomeName(e.outcome)) : e.reason;
      t.points.push_back(std::move(p));
      continue;
    }
    p.scalar = e.scalar;
    for (const auto& c : e.configs) p.configs.emplace_back(c.name, c.value);
    if (k > 0) {
      auto prev = Ratio(e, evaluations[last], direction, confidence);
      if (!prev.ok()) return prev.status();
      p.to_previous = *prev;
      p.previous = t.points[last].version;
      auto first = Ratio(e, evaluations[0], direction, confidence);
      if (!first.ok()) return first.status();
      p.to_first = *first;
    }
    for (const auto& c : e.configs)
      t.rounds = t.rounds == 0 ? static_cast<int>(c.samples.size())
                               : std::min<int>(t.rounds, static_cast<int>(c.samples.size()));
    last = k;
    t.points.push_back(std::move(p));
  }
  return t;
}

nlohmann::json RemeasurementToJson(const Remeasurement& t) {
  nlohmann::json points = nlohmann::json::array();
  for (const auto& p : t.points) {
    nlohmann::json configs = nlohmann::json::object();
    for (const auto& [name, value] : p.configs) configs[name] = value;
    nlohmann::json prev = IntervalJson(p.to_previous);
    if (!prev.is_null()) prev["version"] = p.previous;
    points.push_back({{"version", p.version},
                      {"commit", p.commit},
                      {"summary", p.summary},
                      {"error", p.error},
                      {"scalar", p.scalar},
                      {"configs", configs},
                      {"to_previous", prev},
                      {"to_first", IntervalJson(p.to_first)}});
  }
  return {{"suite", t.suite},           {"unit", t.unit},
          {"evaluator", t.evaluator},   {"rounds", t.rounds},
          {"confidence", t.confidence}, {"time", t.time},
          {"falls", t.Falls()},         {"points", points}};
}

}  // namespace avo
