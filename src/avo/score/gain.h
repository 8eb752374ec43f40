// A version's gain over the version before it, defined once for every place that shows it (the
// commit message's summary, `avo log`, the report): the gate's paired ratio when the gate
// measured the candidate beside its predecessor (the figure it committed on), else the ratio of
// the two scalars when both were scored on one suite. Oriented so that above 1 is better,
// whichever way the task's metric goes.
#pragma once

#include <optional>
#include <string>

#include "avo/task/task.h"

namespace avo {

std::optional<double> Gain(std::optional<double> paired_ratio, double scalar,
                           double previous_scalar, bool same_suite, Direction direction);

// "+25.59%" for 1.2559.
std::string FormatGain(double gain);

}  // namespace avo
