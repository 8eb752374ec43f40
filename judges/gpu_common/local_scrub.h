// local_scrub.h -- clearing the per-thread local memory (the stack) a kernel can read. A thread's
// local window outlives its kernel: the next kernel whose thread lands on the same slot of the
// same SM finds in its uninitialised stack what the last one left, so a candidate could count
// its calls there. Before every call the judge runs a kernel that occupies every thread slot of
// every SM (2 blocks of 1024 threads per SM, all 64 warp slots) and writes zeros over a frame at
// least as large as the candidate's window.
#pragma once

#include <cuda_runtime_api.h>

#include <cstddef>

namespace avo::gpu_judge {

// The largest window the scrub covers; a module whose entry kernels need more is refused.
inline constexpr size_t kMaxScrubBytes = size_t{16} << 10;

// Enqueues the scrub of `window_bytes` (at most kMaxScrubBytes) per thread on `stream`.
cudaError_t scrub_local_memory(size_t window_bytes, int sm_count, cudaStream_t stream);

}  // namespace avo::gpu_judge
