// device_limits.h -- what a GPU can launch, as a judge checks a candidate's launch description
// against it (Hopper's figures by default; a judge reads the real ones from the device).
#pragma once

namespace avo::gpu_judge {

struct DeviceLimits {
  int sm_count = 132;
  int max_dynamic_smem_bytes = 227 * 1024;  // cudaDevAttrMaxSharedMemoryPerBlockOptin
  int max_threads_per_block = 1024;
  int max_cluster_size = 16;  // non-portable cluster size on Hopper
  int registers_per_sm = 65536;
};

// The largest grid extent in x, y and z (every CUDA device since compute capability 3.0).
inline constexpr long long kMaxGridExtent[3] = {2147483647LL, 65535, 65535};

}  // namespace avo::gpu_judge
