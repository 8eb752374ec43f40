#include <cuda_bf16.h>

#include <cmath>

#include "attention_math.h"
#include "gpu_reference.h"
#include "sampling.h"

namespace avo::attention {
namespace {

// A block computes kRows query rows of one (batch, query head); its 256 threads are 32 rows x 8
// lanes, lane c8 handling keys c8, c8 + 8, ... of each key tile and output columns c8, c8 + 8, ...
constexpr int kRows = 32;
constexpr int kKeys = 64;
constexpr int kLanes = 8;
constexpr int kThreads = kRows * kLanes;

struct RefParams {
  const __nv_bfloat16* q;
  const __nv_bfloat16* k;
  const __nv_bfloat16* v;
  float* o;
  float* lse;
  float* sigma;
  int seqlen_q, seqlen_k, heads_q, heads_kv;
  bool causal;
  float scale;
  const SampleGroup* groups;  // null: every row, BSHD outputs; else one group per block, compact
};

static_assert(kSampleGroupRows == kRows, "a sampled group is one reference block");

template <int D>
struct RefSmem {
  static constexpr int kPitch = D + 1;  // odd pitch: the 8 rows a warp reads hit different banks
  static constexpr int kQ = kRows * kPitch;
  static constexpr int kK = kKeys * kPitch;
  static constexpr int kV = kKeys * D;
  static constexpr int kP = kRows * (kKeys + 1);
  static constexpr size_t kBytes = sizeof(float) * (kQ + kK + kV + kP);
};

// Rows of a [seqlen, heads, D] bf16 tensor slice into an fp32 shared tile; rows past `valid`
// become 0.
template <int D>
__device__ void load_rows(float* dst, int pitch, const __nv_bfloat16* src, int64_t row_stride,
                          int rows, int valid) {
  for (int idx = threadIdx.x; idx < rows * D; idx += kThreads) {
    const int r = idx / D, d = idx % D;
    dst[r * pitch + d] = r < valid ? __bfloat162float(src[r * row_stride + d]) : 0.f;
  }
}

template <int D>
__global__ void __launch_bounds__(kThreads) reference_kernel(const RefParams p) {
  using Sm = RefSmem<D>;
  extern __shared__ float smem[];
  float* q_s = smem;
  float* k_s = q_s + Sm::kQ;
  float* v_s = k_s + Sm::kK;
  float* p_s = v_s + Sm::kV;

  const int r = threadIdx.x / kLanes;
  const int c8 = threadIdx.x % kLanes;
  const bool sampled = p.groups != nullptr;
  const SampleGroup* group = sampled ? p.groups + blockIdx.x : nullptr;
  const int i0 = sampled ? 0 : blockIdx.x * kRows;
  const int h = sampled ? group->head : blockIdx.y;
  const int b = sampled ? group->batch : blockIdx.z;
  // Query row of block row rr, or -1.
  auto row_of = [&](int rr) -> int64_t {
    if (sampled) return group->rows[rr];
    return i0 + rr < p.seqlen_q ? i0 + rr : -1;
  };
  const int hk = kv_head_of(h, p.heads_q, p.heads_kv);
  const int64_t i = row_of(r);
  const bool row_valid = i >= 0;

  const int64_t kv_stride = int64_t{p.heads_kv} * D;
  const __nv_bfloat16* k_g = p.k + bshd_offset(b, 0, hk, 0, p.seqlen_k, p.heads_kv, D);
  const __nv_bfloat16* v_g = p.v + bshd_offset(b, 0, hk, 0, p.seqlen_k, p.heads_kv, D);

  for (int idx = threadIdx.x; idx < kRows * D; idx += kThreads) {
    const int rr = idx / D, d = idx % D;
    const int64_t row = row_of(rr);
    q_s[rr * Sm::kPitch + d] =
        row >= 0 ? __bfloat162float(p.q[bshd_offset(b, row, h, d, p.seqlen_q, p.heads_q, D)]) : 0.f;
  }

  // Keys any row of this block can see (the last row, the largest, sees the most).
  int64_t last_row = -1;
  for (int rr = 0; rr < kRows; ++rr) last_row = max(last_row, row_of(rr));
  const int64_t n_end = last_row < 0 ? 0 : visible_keys(last_row, p.seqlen_q, p.seqlen_k, p.causal);

  // Score of this thread's row against key tile column c, or -inf when masked.
  auto score = [&](int64_t n0, int c) -> float {
    const int64_t j = n0 + c;
    if (!row_valid || j >= p.seqlen_k || !key_visible(i, j, p.seqlen_q, p.seqlen_k, p.causal)) {
      return -INFINITY;
    }
    float dot = 0.f;
#pragma unroll 8
    for (int d = 0; d < D; ++d) dot = fmaf(q_s[r * Sm::kPitch + d], k_s[c * Sm::kPitch + d], dot);
    return dot * p.scale;
  };

  // Pass 1: the row maximum.
  float m = -INFINITY;
  for (int64_t n0 = 0; n0 < n_end; n0 += kKeys) {
    __syncthreads();
    load_rows<D>(k_s, Sm::kPitch, k_g + n0 * kv_stride, kv_stride, kKeys,
                 static_cast<int>(min(int64_t{kKeys}, p.seqlen_k - n0)));
    __syncthreads();
    for (int c = c8; c < kKeys; c += kLanes) m = fmaxf(m, score(n0, c));
  }
  for (int off = 1; off < kLanes; off *= 2) m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, off));

  // Pass 2: l = sum exp(s - m), acc = sum exp(s - m) * v, acc2 = sum (exp(s - m) * v)^2.
  float l = 0.f;
  float acc[D / kLanes], acc2[D / kLanes];
#pragma unroll
  for (int e = 0; e < D / kLanes; ++e) acc[e] = acc2[e] = 0.f;
  for (int64_t n0 = 0; n0 < n_end; n0 += kKeys) {
    __syncthreads();
    const int valid = static_cast<int>(min(int64_t{kKeys}, p.seqlen_k - n0));
    load_rows<D>(k_s, Sm::kPitch, k_g + n0 * kv_stride, kv_stride, kKeys, valid);
    load_rows<D>(v_s, D, v_g + n0 * kv_stride, kv_stride, kKeys, valid);
    __syncthreads();
    for (int c = c8; c < kKeys; c += kLanes) {
      const float s = score(n0, c);
      const float pr = s == -INFINITY ? 0.f : expf(s - m);
      p_s[r * (kKeys + 1) + c] = pr;
      l += pr;
    }
    __syncthreads();
    for (int c = 0; c < kKeys; ++c) {
      const float pr = p_s[r * (kKeys + 1) + c];
#pragma unroll
      for (int e = 0; e < D / kLanes; ++e) {
        const float term = pr * v_s[c * D + c8 + kLanes * e];
        acc[e] += term;
        acc2[e] = fmaf(term, term, acc2[e]);
      }
    }
  }
  for (int off = 1; off < kLanes; off *= 2) l += __shfl_xor_sync(0xffffffffu, l, off);

  if (!row_valid) return;
  const int64_t compact = int64_t{blockIdx.x} * kRows + r;
  const int64_t row_off = sampled ? compact * D : bshd_offset(b, i, h, 0, p.seqlen_q, p.heads_q, D);
#pragma unroll
  for (int e = 0; e < D / kLanes; ++e) {
    p.o[row_off + c8 + kLanes * e] = l > 0.f ? acc[e] / l : 0.f;
    p.sigma[row_off + c8 + kLanes * e] = l > 0.f ? sqrtf(acc2[e]) / l : 0.f;
  }
  if (c8 == 0) {
    p.lse[sampled ? compact : lse_offset(b, h, i, p.heads_q, p.seqlen_q)] =
        l > 0.f ? m + logf(l) : -INFINITY;
  }
}

template <int D>
cudaError_t launch(const RefParams& p, const dim3 grid, cudaStream_t stream) {
  const size_t smem = RefSmem<D>::kBytes;
  cudaError_t e = cudaFuncSetAttribute(
      reference_kernel<D>, cudaFuncAttributeMaxDynamicSharedMemorySize, static_cast<int>(smem));
  if (e != cudaSuccess) return e;
  reference_kernel<D><<<grid, kThreads, smem, stream>>>(p);
  return cudaGetLastError();
}

cudaError_t dispatch(const RefParams& p, int head_dim, dim3 grid, cudaStream_t stream) {
  switch (head_dim) {
    case 64:
      return launch<64>(p, grid, stream);
    case 128:
      return launch<128>(p, grid, stream);
    case 256:
      return launch<256>(p, grid, stream);
    default:
      return cudaErrorInvalidValue;
  }
}

RefParams params_of(const AttentionShape& s, float softmax_scale, const void* q, const void* k,
                    const void* v, float* o, float* lse, float* sigma) {
  RefParams p{};
  p.q = static_cast<const __nv_bfloat16*>(q);
  p.k = static_cast<const __nv_bfloat16*>(k);
  p.v = static_cast<const __nv_bfloat16*>(v);
  p.o = o;
  p.lse = lse;
  p.sigma = sigma;
  p.seqlen_q = s.seqlen_q;
  p.seqlen_k = s.seqlen_k;
  p.heads_q = s.heads_q;
  p.heads_kv = s.heads_kv;
  p.causal = s.causal;
  p.scale = softmax_scale;
  return p;
}

}  // namespace

cudaError_t launch_gpu_reference(const AttentionShape& s, float softmax_scale, const void* q,
                                 const void* k, const void* v, float* o, float* lse, float* sigma,
                                 cudaStream_t stream) {
  const RefParams p = params_of(s, softmax_scale, q, k, v, o, lse, sigma);
  const dim3 grid((s.seqlen_q + kRows - 1) / kRows, s.heads_q, s.batch);
  return dispatch(p, s.head_dim, grid, stream);
}

cudaError_t launch_sampled_reference(const AttentionShape& s, float softmax_scale, const void* q,
                                     const void* k, const void* v, const SampleGroup* groups,
                                     int n_groups, float* o, float* lse, float* sigma,
                                     cudaStream_t stream) {
  RefParams p = params_of(s, softmax_scale, q, k, v, o, lse, sigma);
  p.groups = groups;
  return dispatch(p, s.head_dim, dim3(static_cast<unsigned>(n_groups)), stream);
}

}  // namespace avo::attention
