#include "timing_plan.h"

#include <algorithm>
#include <string>

namespace avo::gpu_judge {

int sets_for(int wanted, int series, size_t set_bytes, size_t free_bytes) {
  const double budget =
      kSetMemoryShare * static_cast<double>(free_bytes) / static_cast<double>(std::max(series, 1));
  const double fit = set_bytes > 0 ? budget / static_cast<double>(set_bytes) : kMaxSets;
  const int by_memory = fit >= kMaxSets ? kMaxSets : static_cast<int>(fit);
  return std::max(2, std::min({wanted, kMaxSets, by_memory}));
}

std::vector<int> batch_sizes(int reps, int sets) {
  std::vector<int> out;
  if (reps <= 0) return out;
  sets = std::max(sets, 1);
  const int batches = (reps + sets - 1) / sets;
  for (int b = 0; b < batches; ++b) out.push_back(reps / batches + (b < reps % batches ? 1 : 0));
  return out;
}

std::string timing_inconsistency(double event_ms, double wall_ms, size_t calls) {
  if (event_ms > wall_ms * 1.01 + 0.05) {
    return "timing inconsistent: CUDA events sum to " + std::to_string(event_ms) +
           " ms, more than the " + std::to_string(wall_ms) + " ms of wall time around them";
  }
  if (wall_ms > 1.5 * event_ms + 0.5 * static_cast<double>(calls)) {
    return "timing inconsistent: " + std::to_string(wall_ms) +
           " ms of wall time around the calls, but CUDA events saw only " +
           std::to_string(event_ms) + " ms";
  }
  return "";
}

}  // namespace avo::gpu_judge
