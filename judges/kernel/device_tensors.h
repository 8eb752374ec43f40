// device_tensors.h -- one buffer set of a kernel task's configuration on the GPU: every tensor
// kernel.toml declares, each alone in a guarded mapping (gpu_common's guarded_mapping.h), and
// what the judge does to them around every call of the candidate:
//   before  inputs drawn from the call's seed (tensor_draw.h), outputs poisoned, scratch zeroed,
//           every guard region filled with seeded words;
//   after   guard words changed and input elements changed (both re-derived from the seed, never
//           copied) counted on the device; outputs and inputs copied back for the reference.
// The parameter block the candidate receives holds this set's pointers and the sizes.
#pragma once

#include <cuda_runtime.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "decl.h"
#include "guarded_mapping.h"
#include "param_layout.h"
#include "request.h"

namespace avo::kernel_judge {

struct DeviceTensor {
  const TensorDecl* decl = nullptr;
  std::vector<int64_t> shape;  // evaluated for the configuration, outermost first
  uint64_t elements = 0;
  uint64_t bytes = 0;
  gpu_judge::GuardedMapping mapping;
};

class TensorSet {
 public:
  // Maps every tensor of `config` on `device`. "" or one line naming the tensor.
  std::string allocate(const KernelDecl& decl, const KernelConfig& config, int device,
                       size_t granularity);
  // Enqueues what comes before a call with `seed`.
  cudaError_t prepare(uint64_t seed, cudaStream_t stream);
  // Enqueues the counts after a call with `seed`: changed guard words added to counts[0],
  // changed input elements to counts[1] (device memory, zeroed by the caller).
  cudaError_t check(uint64_t seed, unsigned long long* counts, cudaStream_t stream) const;
  // The candidate's parameter block: this set's pointers, then `sizes`, as layout() places them.
  [[nodiscard]] std::vector<uint8_t> params(const KernelDecl& decl,
                                            const std::vector<int64_t>& sizes) const;
  // Enqueues the copy of tensor i's bytes into `host` (page-locked, bytes of the tensor).
  cudaError_t copy_out(size_t i, uint8_t* host, cudaStream_t stream) const;

  [[nodiscard]] size_t size() const { return tensors_.size(); }
  [[nodiscard]] const DeviceTensor& tensor(size_t i) const { return tensors_[i]; }
  // Device memory the set takes, guards included.
  [[nodiscard]] size_t footprint(size_t granularity) const;

 private:
  std::vector<DeviceTensor> tensors_;
};

}  // namespace avo::kernel_judge
