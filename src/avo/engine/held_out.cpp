#include "avo/engine/held_out.h"

#include <fmt/format.h>

namespace avo {

std::vector<HeldOutResult> MeasureHeldOut(const TaskSpec& task, Evaluator& evaluator,
                                          const FileSet& candidate, const FileSet& previous,
                                          const std::string& label, int rounds) {
  std::vector<HeldOutResult> out;
  for (const std::string& name : task.HeldOutSuiteNames()) {
    HeldOutResult r;
    r.suite = name;
    const InterleavedEvaluation both = evaluator.ScoreInterleaved(
        {&candidate, &previous}, {name, false, label + "-held-out-" + name}, rounds);
    if (both.evaluations.size() != 2) {
      r.infra_error = true;
      r.reason = "held-out suite " + name + ": the evaluator returned no measurement";
      out.push_back(std::move(r));
      continue;
    }
    const Evaluation& cand = both.evaluations[0];
    const Evaluation& prev = both.evaluations[1];
    for (const Evaluation* e : {&cand, &prev}) {
      if (e->outcome == Outcome::kInfraError && !r.infra_error) {
        r.infra_error = true;
        r.reason = "held-out suite " + name + ": " + e->reason;
      }
    }
    r.correct = !r.infra_error && cand.outcome == Outcome::kScored && cand.correct;
    if (!r.infra_error && !r.correct) r.reason = cand.reason;
    if (r.correct && prev.correct) {
      const auto before = prev.Values();
      std::vector<double> ratios;
      for (const auto& [config, value] : cand.Values()) {
        auto it = before.find(config);
        if (it == before.end() || it->second <= 0 || value <= 0) continue;
        ratios.push_back(task.direction == Direction::kHigher ? value / it->second
                                                              : it->second / value);
      }
      r.ratio = Geomean(ratios);
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace avo
