#include "module_rules.h"

#include <cstring>

namespace avo::kernel_judge {

bool read_kernel_module(const std::vector<uint8_t>& image, const KernelDecl& decl,
                        const gpu_judge::DeviceLimits& limits, KernelModule* out,
                        std::string* error) {
  out->check = gpu_judge::check_module(image, kKernelLaunchSymbol, sizeof(AvoKernelLaunch));
  if (!out->check.ok) {
    *error = "refused: " + out->check.reason;
    return false;
  }
  // The module check found the description in the bank, of this size: its bytes as the cubin
  // holds them are the description the launcher will read back once the module is loaded.
  for (const gpu_judge::ConstantSymbol& sym : out->check.constants.symbols) {
    if (sym.name != AVO_KERNEL_LAUNCH_SYMBOL) continue;
    if (sym.bytes.size() != sizeof(AvoKernelLaunch)) break;
    std::memcpy(&out->launch, sym.bytes.data(), sizeof(AvoKernelLaunch));
    return validate_launch(out->launch, decl, out->check.kernels, limits, error);
  }
  *error = std::string("refused: no ") + AVO_KERNEL_LAUNCH_SYMBOL + " of " +
           std::to_string(sizeof(AvoKernelLaunch)) + " bytes in the module's __constant__ bank";
  return false;
}

}  // namespace avo::kernel_judge
