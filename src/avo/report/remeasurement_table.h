// The text form of a re-measured trajectory (`avo remeasure`; score/remeasurement.h): one line per
// version with its geomean, its paired ratio and interval against its predecessor and against
// the seed, and a last line that says whether the trajectory falls anywhere.
#pragma once

#include <string>

#include "avo/score/remeasurement.h"

namespace avo {

std::string FormatRemeasurement(const Remeasurement& t);

}  // namespace avo
