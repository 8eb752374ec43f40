// candidate_impl.h -- the candidate's cubin (contract 2, launcher.h) as an Implementation.
#pragma once

#include <array>
#include <string>

#include "implementation.h"
#include "launcher.h"
#include "timing_plan.h"

namespace avo::attention {

class CandidateImpl final : public Implementation {
 public:
  // Loads and checks the module at `path` (module_check.h, launch_desc.h). False with one line.
  bool load(const std::string& path, std::string* error);

  [[nodiscard]] std::string name() const override { return "candidate"; }
  std::string prepare(const AttentionShape& s) override;
  [[nodiscard]] uint64_t scratch_bytes() const override;
  [[nodiscard]] bool writes_lse() const override { return true; }
  std::string bind(const AttentionShape& s, const CallBuffers& b) override;
  std::string enqueue(cudaStream_t stream) override;
  // The module's __constant__ bank put back as loaded before each call, copied after it into
  // the call's slot and compared once the call is done (launcher.h).
  std::string restore(cudaStream_t stream) override;
  [[nodiscard]] size_t local_window_bytes() const override { return module_.local_window_bytes(); }
  std::string snapshot_after(cudaStream_t stream, int slot) override;
  std::string check_after(int slot) override;

 private:
  CandidateModule module_;
  // One copy of the bank per buffer set: a batch runs a call on each before any is checked.
  PinnedBytes snapshots_;
  std::array<bool, gpu_judge::kMaxSets> snapshot_taken_{};
};

}  // namespace avo::attention
