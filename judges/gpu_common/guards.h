// guards.h -- the guard regions around every buffer a candidate kernel receives
// (guarded_mapping.h): filled with seeded words before a call, counted after it. A word that
// changed is a write out of bounds by the call.
#pragma once

#include <cuda_runtime_api.h>

#include <cstdint>

namespace avo::gpu_judge {

// A guard region of `words` 32-bit words, from `seed` (seeded_words.cuh).
cudaError_t fill_guard(void* data, int64_t words, uint64_t seed, cudaStream_t stream);

// Adds to *count (device memory, zeroed by the caller) the words of a guard region that differ
// from what `seed` drew.
cudaError_t count_guard_changes(const void* data, int64_t words, uint64_t seed,
                                unsigned long long* count, cudaStream_t stream);

// Mixes a 64-bit seed with a stream of small integers (configuration, buffer set, guard).
uint64_t mix_seed(uint64_t seed, uint64_t a, uint64_t b = 0, uint64_t c = 0);

}  // namespace avo::gpu_judge
