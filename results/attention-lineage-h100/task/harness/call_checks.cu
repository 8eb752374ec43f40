#include <cuda_bf16.h>

#include "attention_math.h"
#include "call_checks.h"
#include "input_gen.cuh"

namespace avo::attention {
namespace {

unsigned blocks_for(int64_t n) {
  const int64_t b = (n + 255) / 256;
  return static_cast<unsigned>(b < 2048 ? (b > 0 ? b : 1) : 2048);
}

// Adds this thread's count to *count with one atomic per warp.
__device__ void add_count(unsigned long long mine, unsigned long long* count) {
  for (int off = 16; off > 0; off /= 2) mine += __shfl_down_sync(0xffffffffu, mine, off);
  if ((threadIdx.x & 31) == 0 && mine != 0) atomicAdd(count, mine);
}

// Grid-stride loops with a warp-uniform trip count, so the shuffles see full warps.
#define AVO_FOR_EACH(i, n)                                                                  \
  for (int64_t base = blockIdx.x * int64_t{blockDim.x}, i = base + threadIdx.x; base < (n); \
       base += int64_t{gridDim.x} * blockDim.x, i = base + threadIdx.x)

__global__ void input_changes_kernel(InputDraw d, int t, const uint16_t* data, int64_t n,
                                     unsigned long long* count) {
  unsigned long long bad = 0;
  AVO_FOR_EACH(i, n) {
    if (i < n && data[i] != gen::input_bits(d, t, i)) ++bad;
  }
  add_count(bad, count);
}

__global__ void guard_changes_kernel(const uint32_t* data, int64_t n, uint64_t seed,
                                     unsigned long long* count) {
  unsigned long long bad = 0;
  AVO_FOR_EACH(i, n) {
    if (i < n && data[i] != gen::guard_word(seed, i)) ++bad;
  }
  add_count(bad, count);
}

__global__ void nonfinite_bf16_kernel(const uint16_t* data, int64_t n, unsigned long long* count) {
  unsigned long long bad = 0;
  AVO_FOR_EACH(i, n) {
    if (i < n && (data[i] & 0x7f80u) == 0x7f80u) ++bad;  // exponent all ones: inf or NaN
  }
  add_count(bad, count);
}

__global__ void bad_lse_kernel(const float* lse, int64_t n, unsigned long long* count) {
  unsigned long long bad = 0;
  AVO_FOR_EACH(i, n) {
    if (i < n && (isnan(lse[i]) || lse[i] == INFINITY)) ++bad;
  }
  add_count(bad, count);
}

__global__ void gather_kernel(const uint16_t* o, const float* lse, const SampleGroup* groups,
                              int seqlen_q, int heads_q, int head_dim, uint16_t* o_rows,
                              float* lse_rows) {
  const SampleGroup& g = groups[blockIdx.x];
  for (int rr = 0; rr < kSampleGroupRows; ++rr) {
    const int row = g.rows[rr];
    if (row < 0) continue;
    const int64_t compact = int64_t{blockIdx.x} * kSampleGroupRows + rr;
    const int64_t src = bshd_offset(g.batch, row, g.head, 0, seqlen_q, heads_q, head_dim);
    for (int d = threadIdx.x; d < head_dim; d += blockDim.x) {
      o_rows[compact * head_dim + d] = o[src + d];
    }
    if (lse != nullptr && threadIdx.x == 0) {
      lse_rows[compact] = lse[lse_offset(g.batch, g.head, row, heads_q, seqlen_q)];
    }
  }
}

}  // namespace

cudaError_t count_input_changes(const InputDraw& d, int t, const void* data, int64_t n,
                                unsigned long long* count, cudaStream_t stream) {
  input_changes_kernel<<<blocks_for(n), 256, 0, stream>>>(d, t, static_cast<const uint16_t*>(data),
                                                          n, count);
  return cudaGetLastError();
}

cudaError_t count_guard_changes(const void* data, int64_t words, uint64_t seed,
                                unsigned long long* count, cudaStream_t stream) {
  guard_changes_kernel<<<blocks_for(words), 256, 0, stream>>>(static_cast<const uint32_t*>(data),
                                                              words, seed, count);
  return cudaGetLastError();
}

cudaError_t count_nonfinite_bf16(const void* data, int64_t n, unsigned long long* count,
                                 cudaStream_t stream) {
  nonfinite_bf16_kernel<<<blocks_for(n), 256, 0, stream>>>(static_cast<const uint16_t*>(data), n,
                                                           count);
  return cudaGetLastError();
}

cudaError_t count_bad_lse(const float* lse, int64_t n, unsigned long long* count,
                          cudaStream_t stream) {
  bad_lse_kernel<<<blocks_for(n), 256, 0, stream>>>(lse, n, count);
  return cudaGetLastError();
}

cudaError_t gather_sampled_rows(const AttentionShape& s, const void* o, const float* lse,
                                const SampleGroup* groups, int n_groups, uint16_t* o_rows,
                                float* lse_rows, cudaStream_t stream) {
  gather_kernel<<<static_cast<unsigned>(n_groups), 128, 0, stream>>>(
      static_cast<const uint16_t*>(o), lse, groups, s.seqlen_q, s.heads_q, s.head_dim, o_rows,
      lse_rows);
  return cudaGetLastError();
}

}  // namespace avo::attention
