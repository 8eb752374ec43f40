// implementation.h -- one attention forward under test, as the harness sees it: the
// candidate's module (candidate_impl.h) or cuDNN (cudnn_sdpa.h). The harness owns every
// buffer and the stream; an implementation only launches work on them.
#pragma once

#include <cuda_runtime_api.h>

#include <cstdint>
#include <string>

#include "config.h"

namespace avo::attention {

// The device buffers of one call, laid out as ../include/avo_attention.h says (BSHD q, k, v,
// o in bf16; lse fp32 [batch, heads_q, seqlen_q]).
struct CallBuffers {
  const void* q = nullptr;
  const void* k = nullptr;
  const void* v = nullptr;
  void* o = nullptr;
  float* lse = nullptr;
  void* scratch = nullptr;  // scratch_bytes() of zeros, or null
};

class Implementation {
 public:
  virtual ~Implementation() = default;

  // "candidate", "cudnn", "cudnn_nolse": the key of its figures in the result.
  [[nodiscard]] virtual std::string name() const = 0;

  // Made ready for one shape (variant choice, plan building). "" or why it cannot run it.
  virtual std::string prepare(const AttentionShape& s) = 0;

  // Zeroed device scratch each call needs, for the shape prepare() was given.
  [[nodiscard]] virtual uint64_t scratch_bytes() const = 0;

  // Whether lse is written (an implementation that does not write it is checked on o only).
  [[nodiscard]] virtual bool writes_lse() const = 0;

  // Host-side work of one call (descriptors, argument packing), done before the timed region.
  virtual std::string bind(const AttentionShape& s, const CallBuffers& b) = 0;

  // Enqueues the call bound last on `stream`: the only thing inside the timed region.
  virtual std::string enqueue(cudaStream_t stream) = 0;

  // State of the implementation's own that a kernel could write and a later call read (the
  // candidate's __constant__ bank) is put back before every call and checked after it.
  // restore: enqueued on `stream` after bind, before the call's events (not timed).
  virtual std::string restore(cudaStream_t /*stream*/) { return ""; }
  // Bytes of local memory a thread of its kernels can read (frame and stack), cleared before
  // every call (local_scrub.h); 0: trusted code, nothing to clear.
  [[nodiscard]] virtual size_t local_window_bytes() const { return 0; }
  // Enqueued on `stream` after the call's stop event: a copy of that state for the call's
  // `slot` (its buffer set), since a batch runs a call on every set before any is checked.
  virtual std::string snapshot_after(cudaStream_t /*stream*/, int /*slot*/) { return ""; }
  // Once the call on `slot` has completed: "" or why its state is not what restore() wrote.
  virtual std::string check_after(int /*slot*/) { return ""; }
};

}  // namespace avo::attention
