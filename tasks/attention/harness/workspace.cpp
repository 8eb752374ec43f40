#include "workspace.h"

#include <algorithm>

#include "csprng.h"
#include "device_fill.h"

namespace avo::attention {
namespace {

void buffer_sizes(const AttentionShape& s, uint64_t scratch_bytes, size_t (&sizes)[kNumBuffers]) {
  sizes[kBufQ] = 2 * static_cast<size_t>(s.q_elems());
  sizes[kBufK] = 2 * static_cast<size_t>(s.kv_elems());
  sizes[kBufV] = 2 * static_cast<size_t>(s.kv_elems());
  sizes[kBufO] = 2 * static_cast<size_t>(s.q_elems());
  sizes[kBufLse] = 4 * static_cast<size_t>(s.lse_elems());
  sizes[kBufScratch] = static_cast<size_t>(scratch_bytes);
}

}  // namespace

Workspace::~Workspace() {
  // Unmapping does not wait for the GPU: work still queued on these buffers (a batch cut short)
  // would fault and be blamed on the next configuration. A lost context returns at once.
  if (cudaDeviceSynchronize() != cudaSuccess) cudaGetLastError();
  for (auto& s : sets_) {
    for (auto& m : s.maps) m.release();
  }
}

size_t Workspace::set_bytes(const AttentionShape& s, uint64_t scratch_bytes) {
  size_t sizes[kNumBuffers];
  buffer_sizes(s, scratch_bytes, sizes);
  int device = 0;
  if (cudaGetDevice(&device) != cudaSuccess) cudaGetLastError();
  const size_t gran = std::max<size_t>(gpu_judge::mapping_granularity(device), size_t{2} << 20);
  size_t total = 0;
  for (size_t b : sizes) total += b > 0 ? gpu_judge::guarded_footprint(b, gran) : 0;
  return total;
}

bool Workspace::create(const AttentionShape& s, uint64_t scratch_bytes, int sets,
                       cudaStream_t stream, std::string* error) {
  size_t sizes[kNumBuffers];
  buffer_sizes(s, scratch_bytes, sizes);
  int device = 0;
  if (cudaGetDevice(&device) != cudaSuccess || gpu_judge::mapping_granularity(device) == 0) {
    cudaGetLastError();
    *error = "harness: the device does not support CUDA's virtual memory management";
    return false;
  }
  const size_t gran = gpu_judge::mapping_granularity(device);
  sets_.resize(static_cast<size_t>(std::max(sets, kMinSets)));
  for (auto& set : sets_) {
    set.guard_seed = gpu_judge::secure_random_u64();
    for (int b = 0; b < kNumBuffers; ++b) {
      set.buf_bytes[b] = sizes[b];
      if (sizes[b] == 0) continue;  // no scratch: no buffer, no guards
      gpu_judge::GuardedMapping& m = set.maps[b];
      if (std::string why = m.map(device, sizes[b], gran); !why.empty()) {
        *error = "harness: cannot map " +
                 std::to_string(gpu_judge::guarded_footprint(sizes[b], gran) >> 20) +
                 " MiB for buffer " + std::to_string(b) + ": " + why;
        return false;
      }
      set.buf[b] = m.buffer();
      const auto before = static_cast<size_t>(b) * 2, after = before + 1;
      set.guard[before] = m.guard_before();
      set.guard_words[before] = m.guard_before_words();
      set.guard[after] = m.guard_after();
      set.guard_words[after] = m.guard_after_words();
    }
    for (int g = 0; g < kGuardsPerSet; ++g) {
      if (set.guard_words[g] == 0) continue;
      const cudaError_t fe = fill_guard(set.guard[g], set.guard_words[g],
                                        mix_seed(set.guard_seed, static_cast<uint64_t>(g)), stream);
      if (fe != cudaSuccess) {
        *error = std::string("harness: filling guards: ") + cudaGetErrorString(fe);
        return false;
      }
    }
  }
  return true;
}

}  // namespace avo::attention
