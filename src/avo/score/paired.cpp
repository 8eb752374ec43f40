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

// How many rounds the trimmed mean drops at each end of n.
std::size_t Trimmed(std::size_t n) {
  return static_cast<std::size_t>(std::floor(kTrimFraction * static_cast<double>(n)));
}

// The kTrimFraction-trimmed mean of v (sorted in place): a round that a burst of other work
// slowed, for either side, moves it by at most one rank.
double TrimmedMean(std::vector<double>& v) {
  std::sort(v.begin(), v.end());
  const std::size_t g = Trimmed(v.size());
  double s = 0;
  for (std::size_t i = g; i < v.size() - g; ++i) s += v[i];
  return s / static_cast<double>(v.size() - 2 * g);
}

double NormalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

// The standard normal quantile by bisection of NormalCdf (exact to double precision; speed
// does not matter here).
double NormalQuantile(double p) {
  double lo = -40, hi = 40;
  for (int i = 0; i < 200; ++i) {
    const double mid = (lo + hi) / 2;
    (NormalCdf(mid) < p ? lo : hi) = mid;
  }
  return (lo + hi) / 2;
}

// Student's t quantile with `df` degrees of freedom: exact for 1 and 2, else the Cornish-Fisher
// expansion in the normal quantile (Abramowitz & Stegun 26.7.5; within 0.3% of the table at
// df = 3 and closer above).
double StudentQuantile(double p, int df) {
  const double pi = std::acos(-1.0);
  if (df == 1) return std::tan(pi * (p - 0.5));
  if (df == 2) return (2 * p - 1) / std::sqrt(2 * p * (1 - p));
  const double z = NormalQuantile(p), v = df;
  const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z, z9 = z7 * z * z;
  return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v) +
         (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v) +
         (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v * v * v * v);
}

// The bootstrap quantile level that gives an interval as wide as Student's t would on n rounds
// (Hesterberg's "expanded percentile interval", The American Statistician 69(4), 2015): the plain
// percentile interval of a mean is about sqrt((n - 1) / n) * z / t too narrow on few rounds, so
// the gate would accept noise more often than its confidence says. `df` is what the statistic
// keeps (Yuen's n - 2g - 1 for a trimmed mean).
double ExpandedLevel(double q, std::size_t n, int df) {
  const auto nn = static_cast<double>(n);
  return NormalCdf(std::sqrt(nn / (nn - 1)) * StudentQuantile(q, std::max(df, 1)));
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
  std::vector<double> resample;
  for (int b = 0; b < options.resamples; ++b) {
    for (std::size_t c = 0; c < n_cfg; ++c) {
      const auto& r = logs[c];
      resample.resize(r.size());
      std::uniform_int_distribution<std::size_t> pick(0, r.size() - 1);
      for (std::size_t i = 0; i < r.size(); ++i) resample[i] = r[pick(rng)];
      means[c] = TrimmedMean(resample);
      boot_cfg[c].push_back(means[c]);
    }
    boot_all.push_back(Mean(means));
  }
  const auto n = static_cast<std::size_t>(out.rounds);
  const int df = static_cast<int>(n - 2 * Trimmed(n)) - 1;
  const double hi_q = ExpandedLevel((1 + options.confidence) / 2, n, df), lo_q = 1 - hi_q;
  std::vector<double> point(n_cfg);
  for (std::size_t c = 0; c < n_cfg; ++c) {
    std::vector<double> sorted = logs[c];
    point[c] = TrimmedMean(sorted);
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
