#include "avo/report/tables.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <map>
#include <optional>
#include <set>

#include "avo/lineage/trailers.h"
#include "avo/score/gain.h"
#include "avo/score/held_out.h"

namespace avo {
namespace {

// A whole decimal integer, or nothing (never an exception: trailers may come from an import).
std::optional<std::int64_t> ParseInt(const std::string& s) {
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// "while timed (mean over N configurations): power_capped 0.97, sm_clock_mhz 1665, ...", or ""
// when the evaluator recorded nothing of the machine.
std::string ConditionsLine(const Evaluation& e) {
  std::map<std::string, std::pair<double, int>> sums;
  int recorded = 0;
  for (const auto& c : e.configs) {
    recorded += c.conditions.empty() ? 0 : 1;
    for (const auto& [k, v] : c.conditions) {
      sums[k].first += v;
      ++sums[k].second;
    }
  }
  if (sums.empty()) return "";
  std::string out = fmt::format("while timed (mean over {} configurations):", recorded);
  const char* sep = " ";
  for (const auto& [k, sum] : sums) {
    out += fmt::format("{}{} {:.4g}", sep, k, sum.first / sum.second);
    sep = ", ";
  }
  return out + "\n";
}

}  // namespace

std::string FormatDuration(double s) {
  if (s < 60) return fmt::format("{:.1f}s", s);
  const auto total = static_cast<long long>(s);
  if (total < 3600) return fmt::format("{}m{:02}s", total / 60, total % 60);
  return fmt::format("{}h{:02}m", total / 3600, (total % 3600) / 60);
}

std::string FormatEvaluation(const Evaluation& e, bool baselines) {
  std::set<std::string> names;
  if (baselines) {
    for (const auto& c : e.configs) {
      for (const auto& [n, v] : c.baselines) names.insert(n);
    }
  }
  std::string out = fmt::format("suite {}: {}\n", e.suite,
                                e.outcome != Outcome::kScored
                                    ? std::string(OutcomeName(e.outcome)) + ": " + e.reason
                                : e.correct ? "correct"
                                            : "INCORRECT: " + e.reason);
  if (e.configs.empty()) return out;
  std::size_t w = 13;
  for (const auto& c : e.configs) w = std::max(w, c.name.size());
  out += fmt::format("{:<{}}  {:>7}  {:>11}", "configuration", w, "correct", "candidate");
  for (const auto& n : names) out += fmt::format("  {:>11}  {:>7}", n, "ratio");
  // A tolerance ratio says at once whether a large relative error is within what is allowed.
  const bool tol_ratios = std::any_of(e.configs.begin(), e.configs.end(), [](const auto& c) {
    for (const auto& [k, v] : c.errors.items()) {
      if (k.size() >= 9 && k.compare(k.size() - 9, 9, "tol_ratio") == 0) return true;
    }
    return false;
  });
  out += tol_ratios ? "  errors (tol_ratio: the worst error over the allowed one; <= 1 passes)\n"
                    : "  errors\n";
  std::map<std::string, std::vector<double>> base_values, ratios;
  std::vector<double> values;
  for (const auto& c : e.configs) {
    out += fmt::format("{:<{}}  {:>7}  {:>11.4g}", c.name, w, c.correct ? "yes" : "NO", c.value);
    values.push_back(c.value);
    for (const auto& n : names) {
      auto it = c.baselines.find(n);
      if (it == c.baselines.end() || !(it->second > 0)) {
        out += fmt::format("  {:>11}  {:>7}", "-", "-");
        continue;
      }
      const double ratio = c.value / it->second;
      base_values[n].push_back(it->second);
      ratios[n].push_back(ratio);
      out += fmt::format("  {:>11.4g}  {:>7.3f}", it->second, ratio);
    }
    std::string errs;
    for (const auto& [k, v] : c.errors.items()) {
      if (v.is_number())
        errs += fmt::format("{}{}={:.2g}", errs.empty() ? "" : " ", k, v.get<double>());
    }
    if (!c.correct && !c.message.empty()) errs += (errs.empty() ? "" : " ") + c.message;
    out += "  " + errs + "\n";
  }
  out += fmt::format("{:<{}}  {:>7}  {:>11.4g}", "geomean", w, "", Geomean(values));
  for (const auto& n : names) {
    if (base_values[n].size() == e.configs.size()) {
      out += fmt::format("  {:>11.4g}  {:>7.3f}", Geomean(base_values[n]), Geomean(ratios[n]));
    } else {
      out += fmt::format("  {:>11}  {:>7}", "-", "-");
    }
  }
  out += fmt::format("  ({})\n", e.unit);
  for (const auto& c : e.configs) {
    for (const auto& f : c.flags) out += fmt::format("FLAG {}: {}\n", c.name, f);
  }
  out += ConditionsLine(e);
  return out;
}

nlohmann::json EvaluationJson(const Evaluation& e) {
  nlohmann::json j = e.ToJson();
  std::map<std::string, std::vector<double>> ratios;
  for (const auto& c : e.configs) {
    for (const auto& [n, v] : c.baselines) {
      if (v > 0) ratios[n].push_back(c.value / v);
    }
  }
  for (const auto& [n, r] : ratios) {
    if (r.size() == e.configs.size()) j["geomean_ratio"][n] = Geomean(r);
  }
  return j;
}

namespace {
std::string Age(std::int64_t t) {
  const double s = std::difftime(std::time(nullptr), static_cast<std::time_t>(t));
  return FormatDuration(std::max(0.0, s)) + " ago";
}
}  // namespace

std::optional<double> GainOver(const Version& v, const Version& prev) {
  std::optional<double> paired;
  if (auto it = v.trailers.find(trailer::kPairedRatio); it != v.trailers.end()) {
    char* end = nullptr;
    const double r = std::strtod(it->second.c_str(), &end);
    if (end != it->second.c_str()) paired = r;
  }
  const bool same_suite = v.score.value("suite", "") == prev.score.value("suite", "");
  return Gain(paired, v.scalar, prev.scalar, same_suite, Direction::kHigher);
}

std::optional<HeldOutView> HeldOutOf(const Version& v, const Version* prev) {
  auto it = v.trailers.find(trailer::kHeldOut);
  if (it == v.trailers.end()) return std::nullopt;
  const auto ratio = HeldOutRatio(ParseHeldOutTrailer(it->second));
  if (!ratio) return std::nullopt;
  HeldOutView view{*ratio, std::nullopt};
  if (prev != nullptr) {
    if (auto g = GainOver(v, *prev)) view.gap = HeldOutGap(*g, *ratio);
  }
  return view;
}

namespace {
// The log's gain column: the gain, or across suites without a paired ratio the new suite's name.
std::string GainColumn(const Version& v, const Version& prev) {
  if (auto g = GainOver(v, prev)) return FormatGain(*g);
  const std::string suite = v.score.value("suite", "");
  return suite == prev.score.value("suite", "") ? "" : "(" + suite + ")";
}

std::string HeldOutColumn(const Version& v, const Version* prev) {
  auto h = HeldOutOf(v, prev);
  if (!h) return "";
  return h->gap ? fmt::format("  [held out {}, gap x{:.3f}]", FormatGain(h->ratio), *h->gap)
                : fmt::format("  [held out {}]", FormatGain(h->ratio));
}
}  // namespace

std::string FormatLog(const std::vector<Version>& versions,
                      const std::vector<EventRecord>& interventions) {
  std::string out;
  // Interventions are shown after the last version committed before them.
  std::vector<EventRecord> ivs(interventions.rbegin(), interventions.rend());  // oldest first
  std::size_t next_iv = 0;
  for (std::size_t i = 0; i < versions.size(); ++i) {
    const Version& v = versions[i];
    // A step trailer that is not a number (an edited import) places no intervention.
    const auto step = v.trailers.count(trailer::kStep) != 0
                          ? ParseInt(v.trailers.at(trailer::kStep))
                          : std::optional<std::int64_t>();
    while (next_iv < ivs.size() && i > 0 && step && ivs[next_iv].step < *step) {
      out +=
          fmt::format("      supervisor @ step {}: {}\n", ivs[next_iv].step, ivs[next_iv].message);
      for (const auto& d : ivs[next_iv].data.value("directions", std::vector<std::string>{}))
        out += "        - " + d + "\n";
      ++next_iv;
    }
    const std::string unit = v.score.value("unit", "");
    std::string gain = "";
    if (i > 0) gain = GainColumn(v, versions[i - 1]);
    int flags = 0;
    for (const auto& c : v.score.value("configs", nlohmann::json::array())) {
      if (c.is_object() && c.contains("flags") && c["flags"].is_array())
        flags += static_cast<int>(c["flags"].size());
    }
    const std::string flagged =
        flags > 0 ? fmt::format("  [FLAGGED: {} figure(s) to check; avo show v{}]", flags, v.number)
                  : "";
    const std::string held_out = HeldOutColumn(v, i > 0 ? &versions[i - 1] : nullptr);
    out += fmt::format("v{:<4} {:>11.4g} {:<7} {:>8}  {}  {}  {}{}{}\n", v.number, v.scalar, unit,
                       gain, v.commit.substr(0, 10), Age(v.time), v.summary, held_out, flagged);
  }
  for (; next_iv < ivs.size(); ++next_iv) {
    out += fmt::format("      supervisor @ step {}: {}\n", ivs[next_iv].step, ivs[next_iv].message);
    for (const auto& d : ivs[next_iv].data.value("directions", std::vector<std::string>{}))
      out += "        - " + d + "\n";
  }
  return out;
}

nlohmann::json LogJson(const std::vector<Version>& versions,
                       const std::vector<EventRecord>& interventions) {
  nlohmann::json vs = nlohmann::json::array();
  for (std::size_t i = 0; i < versions.size(); ++i) {
    const Version& v = versions[i];
    nlohmann::json held_out = nullptr;
    if (auto h = HeldOutOf(v, i > 0 ? &versions[i - 1] : nullptr)) {
      held_out = {{"ratio", h->ratio}, {"gap", h->gap ? nlohmann::json(*h->gap) : nullptr}};
    }
    vs.push_back({{"version", v.number},
                  {"commit", v.commit},
                  {"scalar", v.scalar},
                  {"unit", v.score.value("unit", "")},
                  {"suite", v.score.value("suite", "")},
                  {"time", v.time},
                  {"summary", v.summary},
                  {"trailers", v.trailers},
                  {"held_out", held_out},
                  {"configs", v.score.value("configs", nlohmann::json::array())}});
  }
  nlohmann::json is = nlohmann::json::array();
  for (const auto& e : interventions) {
    is.push_back({{"step", e.step}, {"time", e.time}, {"trigger", e.message}, {"data", e.data}});
  }
  return {{"versions", vs}, {"interventions", is}};
}

}  // namespace avo
