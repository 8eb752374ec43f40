// seeded_words.cuh -- values that are pure functions of (seed, index), so that the judge can
// write them into memory a kernel reaches and later re-derive them to prove the kernel left them
// unchanged, with no copy of them anywhere a kernel could read.
#pragma once

#include <cstdint>

namespace avo::gpu_judge {

// SplitMix64's finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number
// generators", OOPSLA 2014): a bijective 64-bit mix.
__host__ __device__ __forceinline__ uint64_t splitmix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

// Word `i` of a guard region drawn with `seed`.
__host__ __device__ __forceinline__ uint32_t guard_word(uint64_t seed, int64_t i) {
  return static_cast<uint32_t>(splitmix64(seed ^ splitmix64(static_cast<uint64_t>(i))) >> 16);
}

}  // namespace avo::gpu_judge
