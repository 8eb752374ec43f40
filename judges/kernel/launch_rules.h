// launch_rules.h -- a bring-your-own kernel's launch description (avo_kernel.h) checked against
// its task's declaration (decl.h) and applied to a configuration: which variant runs it, with
// which grid. Host logic only, no CUDA calls, so the CPU tests exercise every rule; the judge
// adds the checks that need the loaded module (the entry kernels' attributes and occupancy).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "avo_kernel.h"
#include "decl.h"
#include "device_limits.h"
#include "launch_fit.h"

namespace avo::kernel_judge {

// The contract version, the variant count, and every variant's fields: an entry kernel present
// in `kernels` (the module's entry names), threads, shared memory, cluster shape, grid rule,
// size indices within the declaration's sizes, per_cta > 0, when_min <= when_max. False with
// one line naming the variant and the field ("variant 1 (rms_norm_wide): dims[0].size 3 is not
// a size of kernel.toml (it declares 2)").
bool validate_launch(const AvoKernelLaunch& launch, const KernelDecl& decl,
                     const std::vector<std::string>& kernels, const gpu_judge::DeviceLimits& limits,
                     std::string* error);

// The first variant that applies to a configuration whose sizes are `sizes` (in the
// declaration's order), or null with the reason in *why.
const AvoKernelVariant* pick_variant(const AvoKernelLaunch& launch,
                                     const std::vector<int64_t>& sizes, std::string* why);

// The variant's grid for these sizes (the rules in avo_kernel.h), each extent rounded up to the
// cluster's; false with *why when an extent is 0 or beyond the device's limits.
bool grid_for(const AvoKernelVariant& v, const std::vector<int64_t>& sizes,
              const gpu_judge::DeviceLimits& limits, std::array<unsigned, 3>* grid,
              std::string* why);

// "variant 1 (rms_norm_wide)": how every message names a variant.
std::string variant_label(const AvoKernelVariant& v, int index);

// The variant's threads, dynamic shared memory and cluster (a 0 extent as 1), as gpu_common's
// launch fit and launch take them.
gpu_judge::LaunchShape launch_shape(const AvoKernelVariant& v);

}  // namespace avo::kernel_judge
