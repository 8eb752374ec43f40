#include "avo/score/gain.h"

#include <fmt/format.h>

namespace avo {

std::optional<double> Gain(std::optional<double> paired_ratio, double scalar,
                           double previous_scalar, bool same_suite, Direction direction) {
  if (paired_ratio && *paired_ratio > 0) return *paired_ratio;
  if (!same_suite || scalar <= 0 || previous_scalar <= 0) return std::nullopt;
  return direction == Direction::kHigher ? scalar / previous_scalar : previous_scalar / scalar;
}

std::string FormatGain(double gain) { return fmt::format("{:+.2f}%", 100 * (gain - 1)); }

}  // namespace avo
