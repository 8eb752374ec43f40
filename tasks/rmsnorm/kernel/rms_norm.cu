// The seed of the RMSNorm task: one CTA of 256 threads per row, the sum of squares in fp32
// reduced across the CTA through shared memory, then each element scaled. Plain and
// correct; no vector loads, no row kept in registers (the x row is read twice).
#include <cuda_bf16.h>

#include "avo_kernel.h"
#include "avo_kernel_params.h"

namespace {
constexpr int kThreads = 256;
constexpr float kEps = 1e-6f;
}  // namespace

extern "C" __global__ void __launch_bounds__(kThreads)
    rms_norm_rows(const __grid_constant__ AvoKernelParams p) {
  const auto* x = static_cast<const __nv_bfloat16*>(p.x) + blockIdx.x * p.cols;
  const auto* w = static_cast<const __nv_bfloat16*>(p.weight);
  auto* y = static_cast<__nv_bfloat16*>(p.y) + blockIdx.x * p.cols;
  float sum = 0.f;
  for (int64_t c = threadIdx.x; c < p.cols; c += kThreads) {
    const float v = __bfloat162float(x[c]);
    sum += v * v;
  }
  for (int off = 16; off > 0; off /= 2) sum += __shfl_xor_sync(0xffffffffu, sum, off);
  __shared__ float warp_sums[kThreads / 32];
  if (threadIdx.x % 32 == 0) warp_sums[threadIdx.x / 32] = sum;
  __syncthreads();
  float total = 0.f;
  for (int i = 0; i < kThreads / 32; ++i) total += warp_sums[i];
  const float inv = rsqrtf(total / static_cast<float>(p.cols) + kEps);
  for (int64_t c = threadIdx.x; c < p.cols; c += kThreads)
    y[c] = __float2bfloat16_rn(__bfloat162float(x[c]) * inv * __bfloat162float(w[c]));
}

// One variant, one CTA per row.
extern "C" __constant__ AvoKernelLaunch avo_kernel_launch = {
    AVO_KERNEL_CONTRACT_VERSION,
    1,
    {{"rms_norm_rows",
      -1,
      0,
      0,
      kThreads,
      0,
      {1, 1, 1},
      AVO_KGRID_TILES,
      {{0, 1}, {-1, 1}, {-1, 1}},
      0}},
};
