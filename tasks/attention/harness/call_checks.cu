#include <cuda_bf16.h>

#include "attention_math.h"
#include "call_checks.h"
#include "device_count.cuh"
#include "input_gen.cuh"

namespace avo::attention {
namespace {

using gpu_judge::add_count;

unsigned blocks_for(int64_t n) { return gpu_judge::count_blocks_for(n); }

__global__ void input_changes_kernel(InputDraw d, int t, const uint16_t* data, int64_t n,
                                     unsigned long long* count) {
  unsigned long long bad = 0;
  AVO_FOR_EACH(i, n) {
    if (i < n && data[i] != gen::input_bits(d, t, i)) ++bad;
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
