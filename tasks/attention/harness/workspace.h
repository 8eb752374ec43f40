// workspace.h -- the device memory of one implementation on one configuration: buffer sets
// (q, k, v, o, lse, scratch), one per call of a batch (at least two, so that pointers change
// from call to call). Every buffer sits alone in a virtual range of its own (CUDA's virtual
// memory management: reserve, map the middle, leave both ends unmapped), between two guard
// regions of seeded words: a stray access just past a buffer lands in a guard and is seen
// (evaluate.h); one further out reaches an unmapped page and faults (that configuration fails)
// instead of landing in the judge's memory or another buffer.
#pragma once

#include <cuda.h>
#include <cuda_runtime_api.h>

#include <cstdint>
#include <string>
#include <vector>

#include "config.h"
#include "guarded_mapping.h"

namespace avo::attention {

using gpu_judge::kGuardBytes;

enum Buffer { kBufQ = 0, kBufK, kBufV, kBufO, kBufLse, kBufScratch, kNumBuffers };

// Guard 2b sits right before buffer b, guard 2b + 1 right after it, to the end of its mapping.
inline constexpr int kGuardsPerSet = 2 * kNumBuffers;

struct BufferSet {
  void* buf[kNumBuffers] = {};
  size_t buf_bytes[kNumBuffers] = {};
  void* guard[kGuardsPerSet] = {};
  int64_t guard_words[kGuardsPerSet] = {};  // 0 for a buffer of 0 bytes (none)
  uint64_t guard_seed = 0;
  gpu_judge::GuardedMapping maps[kNumBuffers];
};

class Workspace {
 public:
  Workspace() = default;
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  // Bytes of device memory one set takes for shape `s` with `scratch_bytes` of scratch, guards
  // included (the unmapped gaps cost address space only).
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
