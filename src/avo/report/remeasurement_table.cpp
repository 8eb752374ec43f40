#include "avo/report/remeasurement_table.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace avo {
namespace {

std::string Interval(const std::optional<RatioInterval>& r) {
  if (!r) return "-";
  return fmt::format("x{:.4f} [{:.4f}, {:.4f}]", r->ratio, r->lo, r->hi);
}

}  // namespace

std::string FormatRemeasurement(const Remeasurement& t) {
  std::string out = fmt::format(
      "suite {}, {} paired rounds per configuration, {:.0f}% intervals, measured by {}\n", t.suite,
      t.rounds, 100 * t.confidence, t.evaluator);
  out += fmt::format("{:<6} {:>11}  {:<28}  {:<28}  {}\n", "version", t.unit, "vs previous",
                     "vs first", "summary");
  for (const auto& p : t.points) {
    const std::string v = fmt::format("v{}", p.version);
    if (!p.error.empty()) {
      out += fmt::format("{:<6} {:>11}  {}\n", v, "-", "not measured: " + p.error);
      continue;
    }
    std::string mark;
    if (p.to_previous && p.to_previous->hi < 1.0) mark = "  << falls";
    out += fmt::format("{:<6} {:>11.4g}  {:<28}  {:<28}  {}{}\n", v, p.scalar,
                       Interval(p.to_previous), Interval(p.to_first), p.summary, mark);
  }
  const std::vector<int> falls = t.Falls();
  if (falls.empty()) {
    out += "trajectory: no version is measurably slower than the one before it\n";
  } else {
    std::vector<std::string> names;
    names.reserve(falls.size());
    for (int v : falls) names.push_back(fmt::format("v{}", v));
    out += fmt::format(
        "trajectory: FALLS at {} (the interval against the version before lies below 1)\n",
        fmt::join(names, ", "));
  }
  return out;
}

}  // namespace avo
