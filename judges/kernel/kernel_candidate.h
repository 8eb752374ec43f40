// kernel_candidate.h -- a bring-your-own kernel's cubin loaded for judging: the module rules
// (module_rules.h) before it reaches the GPU, then in the judge's context: every variant's entry
// kernel against its launch (gpu_common's launch fit: threads, shared memory, registers,
// occupancy, cluster), the threads' local memory within what the judge clears between calls,
// the __constant__ bank captured as loaded. A call launches the variant a configuration picks
// (launch_rules.h) with the parameter block on the judge's stream, never the candidate's host
// code (it has none).
#pragma once

#include <cuda.h>

#include <array>
#include <string>
#include <vector>

#include "avo_kernel.h"
#include "constant_bank.h"
#include "decl.h"
#include "device_limits.h"

namespace avo::kernel_judge {

// What one configuration launches: the variant's entry kernel and the grid.
struct KernelLaunchPlan {
  int variant = -1;
  std::array<unsigned, 3> grid{};
};

class KernelCandidate {
 public:
  KernelCandidate() = default;
  ~KernelCandidate();
  KernelCandidate(const KernelCandidate&) = delete;
  KernelCandidate& operator=(const KernelCandidate&) = delete;

  // Checks and loads `image` into the current context. "" or one line; "refused: ..." or
  // "variant N (name): ..." when the module is at fault.
  std::string load(const std::vector<uint8_t>& image, const KernelDecl& decl);
  // The variant and grid for a configuration's sizes: "" or why it cannot run.
  std::string plan(const std::vector<int64_t>& sizes, KernelLaunchPlan* out) const;
  // Enqueues one call. "" or the driver's error.
  std::string launch(const KernelLaunchPlan& plan, std::vector<uint8_t>& params,
                     CUstream stream) const;

  [[nodiscard]] gpu_judge::ConstantBankKeeper& bank() { return bank_; }
  // Bytes of local memory a thread of any entry may reach (frame and stack): what the judge
  // clears before every call.
  [[nodiscard]] size_t local_window() const { return local_window_; }
  [[nodiscard]] const gpu_judge::DeviceLimits& limits() const { return limits_; }
  [[nodiscard]] const AvoKernelLaunch& description() const { return launch_; }

 private:
  std::string check_variants();

  CUmodule module_ = nullptr;
  AvoKernelLaunch launch_{};
  std::vector<CUfunction> functions_;  // per variant
  gpu_judge::DeviceLimits limits_;
  gpu_judge::ConstantBankKeeper bank_;
  size_t local_window_ = 0;
};

}  // namespace avo::kernel_judge
