// module_rules.h -- a bring-your-own kernel's cubin checked before it reaches a GPU: every rule
// of gpu_common's module check (no writable globals, no undefined symbols, no timer reads, a
// restorable __constant__ bank) with `avo_kernel_launch` as the launch description, and the
// description itself, read from the cubin's own constant bank, checked against the task's
// declaration (launch_rules.h). Host logic only: the CPU tests run it on cubins nvcc built.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "avo_kernel.h"
#include "decl.h"
#include "launch_rules.h"
#include "module_check.h"

namespace avo::kernel_judge {

// The launch description's symbol, type and header, as module checks name them.
inline constexpr gpu_judge::LaunchSymbol kKernelLaunchSymbol = {AVO_KERNEL_LAUNCH_SYMBOL,
                                                                "AvoKernelLaunch", "avo_kernel.h"};

struct KernelModule {
  gpu_judge::ModuleCheck check;  // the entry kernels and the __constant__ bank
  AvoKernelLaunch launch{};      // as the cubin holds it
};

// Checks `image` (a cubin) and reads its launch description. False with one line:
// "refused: ..." for a module rule, the launch rules' own line for the description.
bool read_kernel_module(const std::vector<uint8_t>& image, const KernelDecl& decl,
                        const gpu_judge::DeviceLimits& limits, KernelModule* out,
                        std::string* error);

}  // namespace avo::kernel_judge
