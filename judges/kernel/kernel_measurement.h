// kernel_measurement.h -- what the kernel judge found for one configuration (kernel_judge.h):
// correct or why not, the figure of every timed call and their median, the worst error figures,
// and the GPU's clock and power while it was timed.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "gpu_conditions.h"

namespace avo::kernel_judge {

struct KernelMeasurement {
  bool correct = false;
  std::string message;                   // why not correct, or a note
  std::vector<double> samples;           // the figure of each timed call
  double value = 0;                      // median of samples when correct
  std::map<std::string, double> errors;  // worst figures over the checked calls
  int calls = 0;                         // calls made and checked
  gpu_judge::GpuConditions gpu;          // the GPU during the timed calls
};

}  // namespace avo::kernel_judge
