// device_count.cuh -- the shape of the judge's device-side checks: a grid-stride loop whose trip
// count is the same for every thread of a warp, and a count of bad elements summed per warp and
// added to one device counter, so that a whole check costs one small copy back.
#pragma once

#include <cstdint>

namespace avo::gpu_judge {

// Adds this thread's count to *count with one atomic per warp.
__device__ __forceinline__ void add_count(unsigned long long mine, unsigned long long* count) {
  for (int off = 16; off > 0; off /= 2) mine += __shfl_down_sync(0xffffffffu, mine, off);
  if ((threadIdx.x & 31) == 0 && mine != 0) atomicAdd(count, mine);
}

// Blocks of 256 threads for n elements, at most 2048 (the loops stride over the rest).
inline unsigned count_blocks_for(int64_t n) {
  const int64_t b = (n + 255) / 256;
  return static_cast<unsigned>(b < 2048 ? (b > 0 ? b : 1) : 2048);
}

}  // namespace avo::gpu_judge

// Grid-stride loops with a warp-uniform trip count, so the shuffles see full warps (test i < n
// inside).
#define AVO_FOR_EACH(i, n)                                                                  \
  for (int64_t base = blockIdx.x * int64_t{blockDim.x}, i = base + threadIdx.x; base < (n); \
       base += int64_t{gridDim.x} * blockDim.x, i = base + threadIdx.x)
