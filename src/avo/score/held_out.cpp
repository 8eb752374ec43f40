#include "avo/score/held_out.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <sstream>

#include "avo/score/evaluation.h"

namespace avo {

std::string HeldOutTrailer(const std::vector<HeldOutResult>& results) {
  std::string out;
  for (const auto& r : results) {
    if (!r.correct || r.ratio <= 0) continue;
    out += fmt::format("{}{} {:.4f}", out.empty() ? "" : "; ", r.suite, r.ratio);
  }
  return out;
}

std::vector<HeldOutResult> ParseHeldOutTrailer(const std::string& value) {
  std::vector<HeldOutResult> out;
  std::stringstream ss(value);
  for (std::string entry; std::getline(ss, entry, ';');) {
    std::stringstream es(entry);
    HeldOutResult r;
    std::string ratio;
    if (!(es >> r.suite >> ratio)) continue;
    char* end = nullptr;
    r.ratio = std::strtod(ratio.c_str(), &end);
    if (end == ratio.c_str() || *end != '\0' || !(r.ratio > 0) || !std::isfinite(r.ratio)) continue;
    r.correct = true;
    out.push_back(std::move(r));
  }
  return out;
}

std::optional<double> HeldOutRatio(const std::vector<HeldOutResult>& results) {
  std::vector<double> ratios;
  for (const auto& r : results) {
    if (r.correct && r.ratio > 0) ratios.push_back(r.ratio);
  }
  if (ratios.empty()) return std::nullopt;
  return Geomean(ratios);
}

double HeldOutGap(double search_gain, double held_out_ratio) {
  return held_out_ratio > 0 ? search_gain / held_out_ratio : 0;
}

}  // namespace avo
