// The seed of the RMSNorm task: one CTA of 256 threads per row (rms_norm_row.cuh).
#include "avo_kernel.h"
#include "avo_kernel_params.h"
#include "rms_norm_row.cuh"

extern "C" __global__ void __launch_bounds__(rms_seed::kThreads)
    rms_norm_rows(const __grid_constant__ AvoKernelParams p) {
  const int64_t at = static_cast<int64_t>(blockIdx.x) * p.cols;
  rms_seed::row(static_cast<const __nv_bfloat16*>(p.x) + at,
                static_cast<const __nv_bfloat16*>(p.weight), static_cast<__nv_bfloat16*>(p.y) + at,
                p.cols);
}

// One variant, one CTA per row.
extern "C" __constant__ AvoKernelLaunch avo_kernel_launch = {
    AVO_KERNEL_CONTRACT_VERSION,
    1,
    {{"rms_norm_rows",
      -1,
      0,
      0,
      rms_seed::kThreads,
      0,
      {1, 1, 1},
      AVO_KGRID_TILES,
      {{0, 1}, {-1, 1}, {-1, 1}},
      0}},
};
