// workspace.h -- the device memory of one implementation on one configuration: buffer sets
// (q, k, v, o, lse, scratch), one per call of a batch (at least two, so that pointers change
// from call to call), each buffer between guard regions of seeded words in one allocation, so
// that a write past any buffer's end lands in a guard and is seen (evaluate.h).
#pragma once

#include <cuda_runtime_api.h>

#include <cstdint>
#include <string>
#include <vector>

#include "config.h"

namespace avo::attention {

// Bytes of each guard region (a multiple of 256).
inline constexpr size_t kGuardBytes = size_t{1} << 20;

enum Buffer { kBufQ = 0, kBufK, kBufV, kBufO, kBufLse, kBufScratch, kNumBuffers };

struct BufferSet {
  void* base = nullptr;  // the one allocation
  size_t bytes = 0;
  void* buf[kNumBuffers] = {};
  size_t buf_bytes[kNumBuffers] = {};
  // Guard g sits right before buffer g (from the end of buffer g - 1, padding included);
  // guard kNumBuffers after the last one. At least kGuardBytes each.
  void* guard[kNumBuffers + 1] = {};
  int64_t guard_words[kNumBuffers + 1] = {};
  uint64_t guard_seed = 0;
};

class Workspace {
 public:
  Workspace() = default;
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  // Bytes of one set for shape `s` with `scratch_bytes` of scratch, guards included.
  static size_t set_bytes(const AttentionShape& s, uint64_t scratch_bytes);

  // Allocates `sets` sets (at least kMinSets) for shape `s` with `scratch_bytes` of scratch and
  // fills every guard. False with one line in *error.
  bool create(const AttentionShape& s, uint64_t scratch_bytes, int sets, cudaStream_t stream,
              std::string* error);

  static constexpr int kMinSets = 2;
  [[nodiscard]] int sets() const { return static_cast<int>(sets_.size()); }
  [[nodiscard]] BufferSet& set(int i) { return sets_[static_cast<size_t>(i)]; }

 private:
  std::vector<BufferSet> sets_;
};

}  // namespace avo::attention
