#include "launch_fit.h"

namespace avo::gpu_judge {

int LaunchShape::cluster_size() const {
  int n = 1;
  for (const int c : cluster) n *= c > 0 ? c : 1;
  return n;
}

std::string launch_fit_error(const LaunchShape& shape, const FunctionNeeds& f,
                             const DeviceLimits& lim) {
  const int threads = shape.threads_per_block;
  if (threads > f.max_threads_per_block) {
    return "threads_per_block " + std::to_string(threads) + " exceeds the " +
           std::to_string(f.max_threads_per_block) +
           " the kernel's launch bounds and registers allow";
  }
  if (static_cast<long long>(f.static_smem_bytes) + shape.dynamic_smem_bytes >
      lim.max_dynamic_smem_bytes) {
    return "dynamic_smem_bytes " + std::to_string(shape.dynamic_smem_bytes) +
           " plus the kernel's " + std::to_string(f.static_smem_bytes) +
           " bytes of static shared memory exceed the " +
           std::to_string(lim.max_dynamic_smem_bytes) + " a CTA may use";
  }
  const long long per_warp = (static_cast<long long>(f.registers) * 32 + 255) / 256 * 256;
  if (per_warp * ((threads + 31) / 32) > lim.registers_per_sm) {
    return "threads_per_block " + std::to_string(threads) + " at the kernel's " +
           std::to_string(f.registers) + " registers a thread need more than the SM's " +
           std::to_string(lim.registers_per_sm);
  }
  if (f.ctas_per_sm == 0)
    return "threads_per_block and dynamic_smem_bytes leave no room for one CTA on an SM";
  if (shape.cluster_size() > 1 && f.clusters == 0) {
    return "cluster of " + std::to_string(shape.cluster_size()) +
           " CTAs cannot be co-scheduled on this device";
  }
  return "";
}

}  // namespace avo::gpu_judge
