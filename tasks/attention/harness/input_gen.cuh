// input_gen.cuh -- the values of one call's inputs as pure functions of
// (seed, index), so that device_fill.cu writes them and call_checks.cu re-derives them to
// prove that a call left them unchanged, with no copy of the inputs a kernel could reach.
#pragma once

#include <cuda_bf16.h>

#include <cstdint>

#include "input_draw.h"
#include "seeded_words.cuh"

namespace avo::attention::gen {

using gpu_judge::splitmix64;

// A standard normal from a 64-bit hash (Box-Muller; u1 in (0, 1] keeps log() finite).
__device__ __forceinline__ float normal_of(uint64_t h) {
  const float u1 = (static_cast<float>(h >> 40) + 1.0f) * (1.0f / 16777216.0f);
  const float u2 = static_cast<float>((h >> 16) & 0xffffffu) * (1.0f / 16777216.0f);
  return sqrtf(-2.0f * logf(u1)) * cospif(2.0f * u2);
}

// Element `i` of tensor `t` (kTensorQ/K/V) of a call drawn with `d` (input_draw.h), as bf16 bits.
__device__ __forceinline__ uint16_t input_bits(const InputDraw& d, int t, int64_t i) {
  const uint64_t seed = d.seed ^ (0x1000193ull * static_cast<uint64_t>(t + 1));
  float x = normal_of(splitmix64(seed ^ splitmix64(static_cast<uint64_t>(i))));
  if (t == kTensorQ) {
    const uint64_t row = static_cast<uint64_t>(i / d.head_dim);
    if (splitmix64(seed ^ ~row) % static_cast<uint64_t>(d.peak_every) == 0) x *= d.peak_scale;
  } else if (t == kTensorV) {
    x += d.v_mean;
  }
  return __bfloat16_as_ushort(__float2bfloat16_rn(x));
}

}  // namespace avo::attention::gen
