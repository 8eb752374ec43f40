// The seed's algorithm for one row: the sum of squares in fp32, reduced across the CTA through
// shared memory, then every element scaled by rsqrt(mean + eps) and the weight. Plain and
// correct; no vector loads, the row read twice. (The exploit suite includes it, not a copy.)
#pragma once

#include <cuda_bf16.h>

#include <cstdint>

namespace rms_seed {

constexpr int kThreads = 256;
constexpr float kEps = 1e-6f;

// Row `row` of x into y, by a CTA of kThreads threads.
__device__ __forceinline__ void row(const __nv_bfloat16* __restrict__ x,
                                    const __nv_bfloat16* __restrict__ w, __nv_bfloat16* y,
                                    int64_t cols) {
  float sum = 0.f;
  for (int64_t c = threadIdx.x; c < cols; c += kThreads) {
    const float v = __bfloat162float(x[c]);
    sum += v * v;
  }
  for (int off = 16; off > 0; off /= 2) sum += __shfl_xor_sync(0xffffffffu, sum, off);
  __shared__ float warp_sums[kThreads / 32];
  if (threadIdx.x % 32 == 0) warp_sums[threadIdx.x / 32] = sum;
  __syncthreads();
  float total = 0.f;
  for (int i = 0; i < kThreads / 32; ++i) total += warp_sums[i];
  const float inv = rsqrtf(total / static_cast<float>(cols) + kEps);
  for (int64_t c = threadIdx.x; c < cols; c += kThreads)
    y[c] = __float2bfloat16_rn(__bfloat162float(x[c]) * inv * __bfloat162float(w[c]));
}

}  // namespace rms_seed
