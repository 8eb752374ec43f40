// bf16.h -- host-side bfloat16 conversions (the upper 16 bits of an IEEE binary32), so that the
// host-only parts of a judge and its tests need no CUDA headers.
#pragma once

#include <cstdint>
#include <cstring>

namespace avo::gpu_judge {

inline float bf16_to_float(uint16_t bits) {
  const uint32_t u = static_cast<uint32_t>(bits) << 16;
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

// Round to nearest, ties to even, as __float2bfloat16_rn; NaN stays a (quiet) NaN.
inline uint16_t float_to_bf16(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  if ((u & 0x7fffffffu) > 0x7f800000u) return static_cast<uint16_t>((u >> 16) | 0x0040u);
  const uint32_t rounding = 0x7fffu + ((u >> 16) & 1u);
  return static_cast<uint16_t>((u + rounding) >> 16);
}

inline constexpr uint16_t kBf16QuietNan = 0x7fc0;

}  // namespace avo::gpu_judge
