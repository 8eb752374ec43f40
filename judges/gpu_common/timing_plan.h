// timing_plan.h -- how sustained timing (the attention harness's evaluate.h) lays out a
// configuration's timed calls: every call needs an input set of its own that stays untouched
// until the call is checked, and the checks run only once a batch of calls has run back to back,
// so a batch is as long as the GPU's memory allows.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace avo::gpu_judge {

// The most buffer sets one implementation gets: enough for 64 back-to-back calls.
inline constexpr int kMaxSets = 64;
// The share of the GPU's free memory the buffer sets of one measurement may take; the rest is
// left to the check memory, cuDNN's workspace and the implementations' own.
inline constexpr double kSetMemoryShare = 0.6;

// Buffer sets for each of `series` implementations measured together: as many as `wanted`
// (the most timed calls one of them may make), at most kMaxSets and what kSetMemoryShare of
// `free_bytes` holds at `set_bytes` a set; never fewer than 2 (calls alternate between sets).
int sets_for(int wanted, int series, size_t set_bytes, size_t free_bytes);

// `reps` timed rounds split into batches of at most `sets` rounds, as even as possible
// (10 rounds, 4 sets: 4, 3, 3).
std::vector<int> batch_sizes(int reps, int sets);

// Why the CUDA events of `calls` timed calls (summing to `event_ms`) disagree with the host's
// wall time around them (`wall_ms`), or "": events can neither exceed the wall time nor miss
// most of it (the judge's own work between calls: well under 0.5 ms a call).
std::string timing_inconsistency(double event_ms, double wall_ms, size_t calls);

}  // namespace avo::gpu_judge
