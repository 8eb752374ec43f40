#include "candidate_impl.h"

namespace avo::attention {

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

}  // namespace avo::attention
