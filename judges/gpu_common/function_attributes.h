// function_attributes.h -- what the CUDA driver says of the device and of a loaded entry kernel,
// as launch_fit.h weighs them: the device's limits, and the function's attributes and occupancy
// for one launch shape. Needs a current context.
#pragma once

#include <cuda.h>

#include <string>

#include "device_limits.h"
#include "launch_fit.h"

namespace avo::gpu_judge {

// The current context's device: SMs, opt-in shared memory per CTA, threads per CTA, registers
// per SM. "" or one line naming the driver call that failed.
std::string read_device_limits(DeviceLimits* limits);

// What `fn` needs and how many of its CTAs (and clusters) fit as `shape` launches it. The
// dynamic shared memory and cluster attributes are set on `fn` first, as a launch sets them:
// the occupancy calculator counts only what the function is allowed. "" or one line.
std::string read_function_needs(CUfunction fn, const LaunchShape& shape, FunctionNeeds* needs);

}  // namespace avo::gpu_judge
