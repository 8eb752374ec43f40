#include "avo/eval/interleave.h"

#include <fmt/format.h>

#include <algorithm>

namespace avo {
namespace {

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t m = v.size() / 2;
  return v.size() % 2 == 1 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

bool Failed(const Evaluation& e) { return !ScoredAndCorrect(e); }

Evaluation Merge(const std::vector<Evaluation>& runs) {
  if (runs.empty()) {
    Evaluation e;
    e.reason = "not measured";
    return e;
  }
  if (Failed(runs.back())) return runs.back();
  Evaluation out = runs.front();
  std::vector<double> values;
  for (std::size_t c = 0; c < out.configs.size(); ++c) {
    ConfigResult& cr = out.configs[c];
    cr.samples.clear();
    for (const Evaluation& r : runs) cr.samples.push_back(r.configs[c].value);
    cr.value = Median(cr.samples);
    values.push_back(cr.value);
  }
  out.scalar = Geomean(values);
  return out;
}

}  // namespace

std::vector<int> RoundOrder(int n, int round) {
  std::vector<int> order(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = round % 2 == 0 ? i : n - 1 - i;
  return order;
}

InterleavedEvaluation MergeRounds(const std::vector<std::vector<Evaluation>>& rounds) {
  InterleavedEvaluation out;
  out.rounds = -1;
  for (const auto& runs : rounds) {
    out.evaluations.push_back(Merge(runs));
    if (!Failed(out.evaluations.back())) {
      const int n = static_cast<int>(runs.size());
      out.rounds = out.rounds < 0 ? n : std::min(out.rounds, n);
    }
  }
  if (out.rounds < 0) out.rounds = 0;
  return out;
}

bool ScoredAndCorrect(const Evaluation& e) { return e.outcome == Outcome::kScored && e.correct; }

InterleavedEvaluation AlternateRounds(std::vector<std::vector<Evaluation>> runs, int rounds,
                                      const std::function<Evaluation(std::size_t)>& measure) {
  for (int r = 0; r < rounds; ++r) {
    for (int k : RoundOrder(static_cast<int>(runs.size()), r)) {
      auto& mine = runs[static_cast<std::size_t>(k)];
      if (!mine.empty() && Failed(mine.back())) continue;
      mine.push_back(measure(static_cast<std::size_t>(k)));
      // An untrusted judge measures nothing further.
      if (mine.back().outcome == Outcome::kInfraError) return MergeRounds(runs);
    }
  }
  return MergeRounds(runs);
}

InterleavedEvaluation Evaluator::ScoreInterleaved(const std::vector<const FileSet*>& builds,
                                                  const ScoreOptions& options, int rounds) {
  std::vector<int> count(builds.size(), 0);
  return AlternateRounds(
      std::vector<std::vector<Evaluation>>(builds.size()), rounds, [&](std::size_t k) {
        ScoreOptions o = options;
        o.label = fmt::format("{}-r{}-b{}", options.label.empty() ? "eval" : options.label,
                              count[k]++, k);
        return Score(*builds[k], o);
      });
}

}  // namespace avo
