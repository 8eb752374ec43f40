// launch_fit.h -- whether a compiled entry kernel can run as a candidate's launch description
// asks: threads, dynamic shared memory and cluster shape against what the function itself needs
// (its attributes, function_attributes.h) and what the device allows (device_limits.h). A launch
// that disagrees would fail, or worse poison the CUDA context, at its first call, so every GPU
// judge refuses it when the module is loaded. Host logic only: the CPU tests exercise each rule.
#pragma once

#include <string>

#include "device_limits.h"

namespace avo::gpu_judge {

// How a variant launches its entry kernel.
struct LaunchShape {
  int threads_per_block = 0;
  int dynamic_smem_bytes = 0;
  int cluster[3] = {1, 1, 1};  // a 0 counts as 1
  // CTAs per cluster: the product of the three extents.
  [[nodiscard]] int cluster_size() const;
};

// What the compiled entry kernel needs (cuFuncGetAttribute) and how many of its CTAs and
// clusters fit as its variant launches it (the occupancy calculator); -1 where not known.
struct FunctionNeeds {
  int max_threads_per_block = 1024;  // from its launch bounds and its registers
  int registers = 0;                 // per thread
  int static_smem_bytes = 0;         // __shared__ arrays, beside the dynamic shared memory
  int ctas_per_sm = -1;              // resident CTAs of this launch on one SM
  int clusters = -1;                 // clusters of this launch the device can co-schedule
};

// "" when `shape` fits: no more threads than the kernel's launch bounds and registers allow,
// static plus dynamic shared memory within the device's, registers (allocated per warp in units
// of 256) within the SM's, at least one CTA resident on an SM and, for a cluster, at least one
// cluster co-schedulable. Otherwise what does not fit, naming the field
// ("threads_per_block 512 exceeds the 384 the kernel's launch bounds and registers allow").
std::string launch_fit_error(const LaunchShape& shape, const FunctionNeeds& needs,
                             const DeviceLimits& limits);

}  // namespace avo::gpu_judge
