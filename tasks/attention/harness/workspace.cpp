#include "workspace.h"

#include <algorithm>

#include "csprng.h"
#include "device_fill.h"

namespace avo::attention {
namespace {

size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

void buffer_sizes(const AttentionShape& s, uint64_t scratch_bytes, size_t (&sizes)[kNumBuffers]) {
  sizes[kBufQ] = 2 * static_cast<size_t>(s.q_elems());
  sizes[kBufK] = 2 * static_cast<size_t>(s.kv_elems());
  sizes[kBufV] = 2 * static_cast<size_t>(s.kv_elems());
  sizes[kBufO] = 2 * static_cast<size_t>(s.q_elems());
  sizes[kBufLse] = 4 * static_cast<size_t>(s.lse_elems());
  sizes[kBufScratch] = static_cast<size_t>(scratch_bytes);
}

}  // namespace

size_t Workspace::set_bytes(const AttentionShape& s, uint64_t scratch_bytes) {
  size_t sizes[kNumBuffers];
  buffer_sizes(s, scratch_bytes, sizes);
  // Buffers start 256-byte aligned (TMA wants 16, vector loads like more); the guard after a
  // buffer starts at its end (4-byte aligned) and runs to the next buffer's start.
  size_t total = kGuardBytes;
  for (size_t b : sizes) total += round_up(round_up(b, 4) + kGuardBytes, 256);
  // To the end of the allocation's last 2 MiB page (cudaMalloc's granularity): the last guard
  // covers it all, so no byte a kernel can write in this allocation goes unchecked (a counter
  // kept in an unguarded page tail once survived from call to call).
  return round_up(total, size_t{2} << 20);
}

Workspace::~Workspace() {
  for (auto& s : sets_) {
    if (s.base != nullptr) cudaFree(s.base);
  }
}

bool Workspace::create(const AttentionShape& s, uint64_t scratch_bytes, int sets,
                       cudaStream_t stream, std::string* error) {
  size_t sizes[kNumBuffers];
  buffer_sizes(s, scratch_bytes, sizes);
  const size_t total = set_bytes(s, scratch_bytes);
  sets_.resize(static_cast<size_t>(std::max(sets, kMinSets)));
  for (auto& set : sets_) {
    const cudaError_t e = cudaMalloc(&set.base, total);
    if (e != cudaSuccess) {
      cudaGetLastError();  // an allocation failure is not sticky; clear it
      set.base = nullptr;
      *error = "harness: cannot allocate " + std::to_string(total >> 20) +
               " MiB for a buffer set: " + cudaGetErrorString(e);
      return false;
    }
    set.bytes = total;
    set.guard_seed = secure_random_u64();
    auto* const base = static_cast<unsigned char*>(set.base);
    size_t at = 0;  // where the current guard starts
    for (int b = 0; b < kNumBuffers; ++b) {
      const size_t buf_at = round_up(at + kGuardBytes, 256);
      set.guard[b] = base + at;
      set.guard_words[b] = static_cast<int64_t>((buf_at - at) / 4);
      set.buf[b] = sizes[b] > 0 ? base + buf_at : nullptr;
      set.buf_bytes[b] = sizes[b];
      at = round_up(buf_at + sizes[b], 4);
    }
    set.guard[kNumBuffers] = base + at;
    set.guard_words[kNumBuffers] = static_cast<int64_t>((total - at) / 4);
    for (int g = 0; g <= kNumBuffers; ++g) {
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
