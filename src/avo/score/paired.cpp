#include "avo/score/paired.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace avo {
namespace {

// Quantile q of sorted values, by linear interpolation between order statistics.
double Quantile(const std::vector<double>& sorted, double q) {
  const double pos = q * static_cast<double>(sorted.size() - 1);
  const auto i = static_cast<std::size_t>(std::floor(pos));
  const std::size_t j = std::min(i + 1, sorted.size() - 1);
  return sorted[i] + (pos - static_cast<double>(i)) * (sorted[j] - sorted[i]);
}

double Mean(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s / static_cast<double>(v.size());
}

}  // namespace

Result<PairedComparison> ComparePaired(const std::vector<PairedSamples>& configs,
                                       Direction direction, const BootstrapOptions& options) {
  if (configs.empty()) return Status::InvalidArgument("paired comparison of no configuration");
  if (!(options.confidence > 0 && options.confidence < 1) || options.resamples < 100) {
    return Status::InvalidArgument("bootstrap needs 0 < confidence < 1 and >= 100 resamples");
  }
  // Log-ratios per configuration, > 0 where the candidate is better.
  std::vector<std::vector<double>> logs;
  PairedComparison out;
  out.rounds = -1;
  for (const auto& c : configs) {
    if (c.candidate.size() != c.best.size() || c.candidate.size() < 2) {
      return Status::InvalidArgument(
          fmt::format("configuration '{}': {} candidate and {} best samples (need equal, >= 2)",
                      c.name, c.candidate.size(), c.best.size()));
    }
    std::vector<double> r;
    for (std::size_t i = 0; i < c.candidate.size(); ++i) {
      const double a = c.candidate[i], b = c.best[i];
      if (!(a > 0) || !(b > 0) || !std::isfinite(a) || !std::isfinite(b)) {
        return Status::InvalidArgument(
            fmt::format("configuration '{}': round {} has a sample that is not positive and finite",
                        c.name, i));
      }
      const double x = std::log(a / b);
      r.push_back(direction == Direction::kHigher ? x : -x);
    }
    const int rounds = static_cast<int>(r.size());
    out.rounds = out.rounds < 0 ? rounds : std::min(out.rounds, rounds);
    logs.push_back(std::move(r));
    out.names.push_back(c.name);
  }

  std::mt19937_64 rng(options.seed);
  const std::size_t n_cfg = logs.size();
  std::vector<std::vector<double>> boot_cfg(n_cfg);
  std::vector<double> boot_all;
  std::vector<double> means(n_cfg);
  for (int b = 0; b < options.resamples; ++b) {
    for (std::size_t c = 0; c < n_cfg; ++c) {
      const auto& r = logs[c];
      std::uniform_int_distribution<std::size_t> pick(0, r.size() - 1);
      double s = 0;
      for (std::size_t i = 0; i < r.size(); ++i) s += r[pick(rng)];
      means[c] = s / static_cast<double>(r.size());
      boot_cfg[c].push_back(means[c]);
    }
    boot_all.push_back(Mean(means));
  }
  const double lo_q = (1 - options.confidence) / 2, hi_q = (1 + options.confidence) / 2;
  std::vector<double> point(n_cfg);
  for (std::size_t c = 0; c < n_cfg; ++c) {
    point[c] = Mean(logs[c]);
    std::sort(boot_cfg[c].begin(), boot_cfg[c].end());
    out.configs.push_back({std::exp(point[c]), std::exp(Quantile(boot_cfg[c], lo_q)),
                           std::exp(Quantile(boot_cfg[c], hi_q))});
  }
  std::sort(boot_all.begin(), boot_all.end());
  out.geomean = {std::exp(Mean(point)), std::exp(Quantile(boot_all, lo_q)),
                 std::exp(Quantile(boot_all, hi_q))};
  return out;
}

Result<std::vector<PairedSamples>> PairSamples(const Evaluation& candidate,
                                               const Evaluation& best) {
  for (const Evaluation* e : {&candidate, &best}) {
    if (e->outcome != Outcome::kScored || !e->correct)
      return Status::InvalidArgument(fmt::format("{} is not scored and correct: {}",
                                                 e == &candidate ? "the candidate" : "the best",
                                                 e->reason));
  }
  std::vector<PairedSamples> out;
  for (const ConfigResult& c : candidate.configs) {
    auto it = std::find_if(best.configs.begin(), best.configs.end(),
                           [&](const ConfigResult& b) { return b.name == c.name; });
    if (it == best.configs.end())
      return Status::InvalidArgument("configuration " + c.name + " was not measured for the best");
    if (it->samples.size() != c.samples.size())
      return Status::InvalidArgument(fmt::format("configuration {}: {} rounds against {}", c.name,
                                                 c.samples.size(), it->samples.size()));
    out.push_back({c.name, c.samples, it->samples});
  }
  return out;
}

nlohmann::json PairedToJson(const PairedComparison& p, double confidence) {
  nlohmann::json configs = nlohmann::json::array();
  for (std::size_t i = 0; i < p.configs.size(); ++i) {
    configs.push_back({{"name", p.names[i]},
                       {"ratio", p.configs[i].ratio},
                       {"lo", p.configs[i].lo},
                       {"hi", p.configs[i].hi}});
  }
  return {{"ratio", p.geomean.ratio}, {"lo", p.geomean.lo}, {"hi", p.geomean.hi},
          {"confidence", confidence}, {"rounds", p.rounds}, {"configs", configs}};
}

}  // namespace avo
