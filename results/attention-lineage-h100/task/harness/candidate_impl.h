// candidate_impl.h -- the candidate's cubin (contract 2, launcher.h) as an Implementation.
#pragma once

#include <string>

#include "implementation.h"
#include "launcher.h"

namespace avo::attention {

class CandidateImpl final : public Implementation {
 public:
  // Loads and checks the module at `path` (module_check.h, launch_desc.h). False with one line.
  bool load(const std::string& path, std::string* error) { return module_.load(path, error); }

  [[nodiscard]] std::string name() const override { return "candidate"; }
  std::string prepare(const AttentionShape& s) override;
  [[nodiscard]] uint64_t scratch_bytes() const override;
  [[nodiscard]] bool writes_lse() const override { return true; }
  std::string bind(const AttentionShape& s, const CallBuffers& b) override;
  std::string enqueue(cudaStream_t stream) override;

 private:
  CandidateModule module_;
};

}  // namespace avo::attention
