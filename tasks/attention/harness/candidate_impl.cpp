#include "candidate_impl.h"

namespace avo::attention {

bool CandidateImpl::load(const std::string& path, std::string* error) {
  if (!module_.load(path, error)) return false;
  if (std::string why = snapshots_.allocate(gpu_judge::kMaxSets * module_.constant_bytes());
      !why.empty()) {
    *error = "harness: memory for the copies of the __constant__ bank: " + why;
    return false;
  }
  return true;
}

std::string CandidateImpl::prepare(const AttentionShape& s) {
  std::string why;
  return module_.prepare(s, &why) ? "" : why;
}

uint64_t CandidateImpl::scratch_bytes() const {
  return module_.prepared() ? module_.variant().scratch_bytes : 0;
}

std::string CandidateImpl::bind(const AttentionShape& s, const CallBuffers& b) {
  return module_.bind(s, b);
}

// The runtime's cudaStream_t and the driver's CUstream are the same handle type.
std::string CandidateImpl::enqueue(cudaStream_t stream) { return module_.enqueue(stream); }

std::string CandidateImpl::restore(cudaStream_t stream) {
  return module_.restore_constants(stream);
}

std::string CandidateImpl::snapshot_after(cudaStream_t stream, int slot) {
  if (slot < 0 || slot >= gpu_judge::kMaxSets) {
    return "harness: no copy of the __constant__ bank for slot " + std::to_string(slot);
  }
  snapshot_taken_[static_cast<size_t>(slot)] = true;
  return module_.snapshot_constants(
      stream, snapshots_.data() + static_cast<size_t>(slot) * module_.constant_bytes());
}

std::string CandidateImpl::check_after(int slot) {
  // A slot whose call never reached its copy (the launch failed) has nothing to compare.
  if (slot < 0 || slot >= gpu_judge::kMaxSets || !snapshot_taken_[static_cast<size_t>(slot)])
    return "";
  snapshot_taken_[static_cast<size_t>(slot)] = false;
  return module_.compare_constants(snapshots_.data() +
                                   static_cast<size_t>(slot) * module_.constant_bytes());
}

}  // namespace avo::attention
