// stats.h -- summaries of repeated measurements.
#pragma once

#include <vector>

namespace avo::gpu_judge {

// The median (mean of the two middle values for an even count); 0 for an empty input.
double median(std::vector<double> values);

// The geometric mean of positive values; 0 if the input is empty or any value is <= 0
// (the paper's rule: one failed configuration zeroes the score).
double geomean(const std::vector<double>& values);

}  // namespace avo::gpu_judge
