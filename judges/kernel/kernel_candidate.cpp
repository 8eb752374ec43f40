#include "kernel_candidate.h"

#include <algorithm>
#include <cstring>

#include "driver_api.h"
#include "function_attributes.h"
#include "launch_fit.h"
#include "launch_rules.h"
#include "local_scrub.h"
#include "module_rules.h"

namespace avo::kernel_judge {

KernelCandidate::~KernelCandidate() {
  if (module_ != nullptr) cuModuleUnload(module_);
}

std::string KernelCandidate::load(const std::vector<uint8_t>& image, const KernelDecl& decl) {
  if (std::string why = gpu_judge::read_device_limits(&limits_); !why.empty()) return why;
  KernelModule mod;
  std::string error;
  if (!read_kernel_module(image, decl, limits_, &mod, &error)) return error;
  launch_ = mod.launch;
  const CUresult r = cuModuleLoadData(&module_, image.data());
  if (r != CUDA_SUCCESS) {
    module_ = nullptr;
    return gpu_judge::cu_message(r, "cuModuleLoadData (is it built for this GPU, sm_90a?)");
  }
  if (std::string why = bank_.capture(module_, mod.check.constants); !why.empty()) return why;
  return check_variants();
}

// Each variant against the function it names, refused here once rather than failing (or
// poisoning the context) at its first call.
std::string KernelCandidate::check_variants() {
  functions_.assign(static_cast<size_t>(launch_.num_variants), nullptr);
  for (int i = 0; i < launch_.num_variants; ++i) {
    const AvoKernelVariant& v = launch_.variants[i];
    const std::string name(v.kernel, strnlen(v.kernel, AVO_KERNEL_NAME_BYTES));
    CUresult r = cuModuleGetFunction(&functions_[i], module_, name.c_str());
    if (r != CUDA_SUCCESS)
      return gpu_judge::cu_message(r, ("cuModuleGetFunction(" + name + ")").c_str());
    gpu_judge::FunctionNeeds needs;
    std::string why = gpu_judge::read_function_needs(functions_[i], launch_shape(v), &needs);
    if (why.empty()) why = gpu_judge::launch_fit_error(launch_shape(v), needs, limits_);
    if (!why.empty()) return variant_label(v, i) + ": " + why;
    int local = 0;
    r = cuFuncGetAttribute(&local, CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES, functions_[i]);
    if (r != CUDA_SUCCESS)
      return gpu_judge::cu_message(r, "reading the entry kernel's local memory size");
    local_window_ = std::max(local_window_, static_cast<size_t>(local));
  }
  // A thread's window is its frame and the stack above it; the judge clears it between calls.
  size_t stack = 0;
  if (cuCtxGetLimit(&stack, CU_LIMIT_STACK_SIZE) != CUDA_SUCCESS) stack = 0;
  local_window_ += stack;
  if (local_window_ > gpu_judge::kMaxScrubBytes) {
    return "refused: the entry kernels' local memory (" + std::to_string(local_window_) +
           " bytes a thread with the stack) is over the " +
           std::to_string(gpu_judge::kMaxScrubBytes >> 10) + " KiB the judge clears between calls";
  }
  return "";
}

std::string KernelCandidate::plan(const std::vector<int64_t>& sizes, KernelLaunchPlan* out) const {
  std::string why;
  const AvoKernelVariant* v = pick_variant(launch_, sizes, &why);
  if (v == nullptr) return why;
  out->variant = static_cast<int>(v - launch_.variants);
  if (!grid_for(*v, sizes, limits_, &out->grid, &why))
    return variant_label(*v, out->variant) + ": " + why;
  return "";
}

std::string KernelCandidate::launch(const KernelLaunchPlan& plan, std::vector<uint8_t>& params,
                                    CUstream stream) const {
  const unsigned grid[3] = {plan.grid[0], plan.grid[1], plan.grid[2]};
  return gpu_judge::launch_function(functions_[plan.variant], grid,
                                    launch_shape(launch_.variants[plan.variant]), stream,
                                    params.data());
}

}  // namespace avo::kernel_judge
