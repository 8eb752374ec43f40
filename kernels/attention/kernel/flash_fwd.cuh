// flash_fwd.cuh -- the seed attention forward kernel x_0.
//
// Algorithm: FlashAttention-2 forward (Tri Dao, "FlashAttention-2: Faster Attention with Better
// Parallelism and Work Partitioning", 2023, Algorithm 1). One thread block owns a tile of
// kBlockM query rows of one (batch, query head); it streams the key/value rows of the matching
// KV head through shared memory in tiles of kBlockN keys and keeps, per query row, a running
// maximum m, a running sum l of exp(s - m) and an unnormalised output O in registers:
//
//   for each K/V tile j:   S = Q K_j^T * scale                  (tensor cores, fp32 accumulators)
//                          m' = max(m, rowmax(S));  P = exp(S - m')
//                          l  = l * exp(m - m') + rowsum(P)
//                          O  = O * exp(m - m') + P V_j         (P rounded to bf16, as FA2)
//   finally                O /= l;  lse = m + log(l)
//
// Warps split the query rows (FA2's "split Q"), so no cross-warp reduction is ever needed. Each
// warp keeps its Q fragments in registers for the whole loop, and reuses the S accumulator
// registers directly as the A operand of P*V (the C layout of one mma equals the A layout of the
// next), so P never touches shared memory.
//
// Exponentials are taken in base 2 with log2(e) folded into the scale (exp2f is one MUFU op).
// Masking happens only in tiles that cross the sequence end or the causal diagonal.
#pragma once

#include <cuda_bf16.h>

#include <cmath>
#include <cstdint>

#include "ptx.cuh"

namespace avo_seed {

using bf16 = __nv_bfloat16;

struct Params {
  const bf16* q;
  const bf16* k;
  const bf16* v;
  bf16* o;
  float* lse;
  int seqlen_q, seqlen_k;
  int heads_q, heads_kv;
  int group;         // heads_q / heads_kv: query head h reads KV head h / group
  float scale_log2;  // softmax_scale * log2(e)
};

template <int kHeadDim, int kWarps, int kMTiles, int kBlockN, int kStages>
struct Shape {
  static_assert(kHeadDim % 16 == 0, "head dim must be a multiple of the mma k (16)");
  static_assert(kBlockN % 16 == 0, "block_n must be a multiple of 16 (two n8 tiles per ldmatrix)");
  static_assert(kStages >= 1, "at least one K/V buffer");
  static constexpr int kThreads = kWarps * 32;
  static constexpr int kBlockM = kWarps * kMTiles * 16;
  // Shared-memory row pitch: 16 bytes of padding per row shift consecutive rows by one 16-byte
  // bank group, so the 8 row addresses of one ldmatrix hit 8 different groups (no conflicts).
  static constexpr int kPitch = kHeadDim + 8;
  static constexpr int kQElems = kBlockM * kPitch;
  static constexpr int kKVElems = kBlockN * kPitch;
  static constexpr size_t kSmemBytes = sizeof(bf16) * (kQElems + 2 * kStages * kKVElems);
  static constexpr int kNTiles = kBlockN / 8;   // n8 tiles of S per m16 tile
  static constexpr int kDTiles = kHeadDim / 8;  // n8 tiles of O per m16 tile
};

// Issues cp.async copies of a kRows x kHeadDim tile (global row stride `stride` elements) into
// shared memory with pitch kPitch. Rows at or past `rows_valid` are zero-filled.
template <int kRows, int kHeadDim, int kPitch, int kThreads>
__device__ __forceinline__ void load_tile_async(bf16* smem, const bf16* gmem, size_t stride,
                                                int rows_valid, int tid) {
  constexpr int kChunksPerRow = kHeadDim / 8;  // 8 bf16 = 16 bytes
  constexpr int kChunks = kRows * kChunksPerRow;
#pragma unroll
  for (int c = tid; c < kChunks; c += kThreads) {
    const int r = c / kChunksPerRow;
    const int col = (c % kChunksPerRow) * 8;
    const bool valid = r < rows_valid;
    const bf16* src = gmem + static_cast<size_t>(valid ? r : 0) * stride + col;
    cp_async_16(smem + r * kPitch + col, src, valid);
  }
}

// The body of one CTA: query tile blockIdx.x of head blockIdx.y, batch blockIdx.z (the
// contract's AVO_GRID_TILES rule). The entry kernels of attention.cu call it.
template <int kHeadDim, int kWarps, int kMTiles, int kBlockN, int kStages, bool kCausal>
__device__ __forceinline__ void flash_fwd_tile(const Params& p) {
  using S = Shape<kHeadDim, kWarps, kMTiles, kBlockN, kStages>;
  constexpr int kBlockM = S::kBlockM;
  constexpr int kPitch = S::kPitch;

  extern __shared__ __align__(16) unsigned char smem_raw[];
  bf16* s_q = reinterpret_cast<bf16*>(smem_raw);
  bf16* s_k = s_q + S::kQElems;             // kStages K buffers
  bf16* s_v = s_k + kStages * S::kKVElems;  // kStages V buffers

  const int tid = threadIdx.x;
  const int warp = tid / 32;
  const int lane = tid % 32;
  const int g = lane / 4;  // fragment row within an 8-row group
  const int t = lane % 4;  // fragment column pair

  const int m0 = blockIdx.x * kBlockM;
  const int h = blockIdx.y;
  const int b = blockIdx.z;
  const int hk = h / p.group;
  // Bottom-right causal alignment: query i sees key j iff j <= i + diag.
  const int diag = p.seqlen_k - p.seqlen_q;

  // Keys [0, n_end) are visible to at least one row of this block.
  int n_end = p.seqlen_k;
  if (kCausal) n_end = min(p.seqlen_k, max(0, m0 + kBlockM + diag));
  const int n_tiles = (n_end + kBlockN - 1) / kBlockN;

  const size_t q_stride = static_cast<size_t>(p.heads_q) * kHeadDim;
  const size_t kv_stride = static_cast<size_t>(p.heads_kv) * kHeadDim;
  const size_t q_off = (static_cast<size_t>(b) * p.seqlen_q + m0) * q_stride + h * kHeadDim;
  const size_t kv_off = static_cast<size_t>(b) * p.seqlen_k * kv_stride + hk * kHeadDim;
  const bf16* q_g = p.q + q_off;
  const bf16* k_g = p.k + kv_off;
  const bf16* v_g = p.v + kv_off;

  auto load_kv = [&](int tile) {
    const int buf = tile % kStages;
    const int n0 = tile * kBlockN;
    load_tile_async<kBlockN, kHeadDim, kPitch, S::kThreads>(
        s_k + buf * S::kKVElems, k_g + n0 * kv_stride, kv_stride, p.seqlen_k - n0, tid);
    load_tile_async<kBlockN, kHeadDim, kPitch, S::kThreads>(
        s_v + buf * S::kKVElems, v_g + n0 * kv_stride, kv_stride, p.seqlen_k - n0, tid);
  };

  // Prologue: Q joins the first commit group, then tiles 0..kStages-2 are prefetched.
  load_tile_async<kBlockM, kHeadDim, kPitch, S::kThreads>(s_q, q_g, q_stride, p.seqlen_q - m0, tid);
#pragma unroll
  for (int s = 0; s < kStages - 1; ++s) {
    if (s < n_tiles) load_kv(s);
    cp_async_commit();
  }

  uint32_t q_frag[kMTiles][kHeadDim / 16][4];
  float o_acc[kMTiles][S::kDTiles][4];
  float row_max[kMTiles][2];  // running max of the row's scores, base-2 scaled
  float row_sum[kMTiles][2];  // this thread's part of the running sum (quad-reduced at the end)
#pragma unroll
  for (int mt = 0; mt < kMTiles; ++mt) {
#pragma unroll
    for (int dt = 0; dt < S::kDTiles; ++dt) {
#pragma unroll
      for (int e = 0; e < 4; ++e) o_acc[mt][dt][e] = 0.f;
    }
#pragma unroll
    for (int half = 0; half < 2; ++half) {
      row_max[mt][half] = -INFINITY;
      row_sum[mt][half] = 0.f;
    }
  }

  const int warp_row0 = warp * kMTiles * 16;  // first row of this warp inside the block tile

  for (int it = 0; it < n_tiles; ++it) {
    // Refill the buffer the previous iteration used (protected by its trailing barrier).
    const int pre = it + kStages - 1;
    if (pre < n_tiles) load_kv(pre);
    cp_async_commit();
    cp_async_wait<kStages - 1>();  // tile `it` (and Q) have landed for this thread...
    __syncthreads();               // ...and for every thread

    if (it == 0) {
#pragma unroll
      for (int mt = 0; mt < kMTiles; ++mt) {
#pragma unroll
        for (int kk = 0; kk < kHeadDim / 16; ++kk) {
          const int r = warp_row0 + mt * 16 + (lane % 16);
          const int c = kk * 16 + (lane / 16) * 8;
          ldmatrix_x4(q_frag[mt][kk], s_q + r * kPitch + c);
        }
      }
    }

    const bf16* k_s = s_k + (it % kStages) * S::kKVElems;
    const bf16* v_s = s_v + (it % kStages) * S::kKVElems;

    // S = Q K^T. B[k][n] = K[n][k], so K's rows (keys) are read as-is by ldmatrix.
    float s_acc[kMTiles][S::kNTiles][4];
#pragma unroll
    for (int mt = 0; mt < kMTiles; ++mt) {
#pragma unroll
      for (int nt = 0; nt < S::kNTiles; ++nt) {
#pragma unroll
        for (int e = 0; e < 4; ++e) s_acc[mt][nt][e] = 0.f;
      }
    }
#pragma unroll
    for (int kk = 0; kk < kHeadDim / 16; ++kk) {
#pragma unroll
      for (int np = 0; np < S::kNTiles / 2; ++np) {
        uint32_t kb[4];  // b0, b1 of key tile 2np, then b0, b1 of key tile 2np+1
        const int r = np * 16 + (lane % 8) + (lane / 16) * 8;
        const int c = kk * 16 + ((lane / 8) % 2) * 8;
        ldmatrix_x4(kb, k_s + r * kPitch + c);
#pragma unroll
        for (int mt = 0; mt < kMTiles; ++mt) {
          mma_bf16_16816(s_acc[mt][2 * np], q_frag[mt][kk], kb[0], kb[1]);
          mma_bf16_16816(s_acc[mt][2 * np + 1], q_frag[mt][kk], kb[2], kb[3]);
        }
      }
    }

    // Online softmax (FA2 Algorithm 1, lines 9-10), base 2.
    const int n0 = it * kBlockN;
    const bool need_mask = (n0 + kBlockN > p.seqlen_k) || (kCausal && n0 + kBlockN - 1 > m0 + diag);
#pragma unroll
    for (int mt = 0; mt < kMTiles; ++mt) {
#pragma unroll
      for (int half = 0; half < 2; ++half) {  // rows g and g + 8 of the m16 tile
        const int row = m0 + warp_row0 + mt * 16 + g + half * 8;
        float tile_max = -INFINITY;
#pragma unroll
        for (int nt = 0; nt < S::kNTiles; ++nt) {
#pragma unroll
          for (int e = 0; e < 2; ++e) {
            float x = s_acc[mt][nt][half * 2 + e] * p.scale_log2;
            if (need_mask) {
              const int col = n0 + nt * 8 + 2 * t + e;
              if (col >= p.seqlen_k || (kCausal && col > row + diag)) x = -INFINITY;
            }
            s_acc[mt][nt][half * 2 + e] = x;
            tile_max = fmaxf(tile_max, x);
          }
        }
        // The four threads of a quad hold the same row.
        tile_max = fmaxf(tile_max, __shfl_xor_sync(0xffffffffu, tile_max, 1));
        tile_max = fmaxf(tile_max, __shfl_xor_sync(0xffffffffu, tile_max, 2));
        const float m_new = fmaxf(row_max[mt][half], tile_max);
        // A row that has seen no visible key yet keeps m = -inf; subtract 0 instead so that
        // exp2(-inf - m) stays 0 rather than NaN.
        const float m_sub = (m_new == -INFINITY) ? 0.f : m_new;
        const float alpha = exp2f(row_max[mt][half] - m_sub);
        row_max[mt][half] = m_new;
        float sum = 0.f;
#pragma unroll
        for (int nt = 0; nt < S::kNTiles; ++nt) {
#pragma unroll
          for (int e = 0; e < 2; ++e) {
            const float pe = exp2f(s_acc[mt][nt][half * 2 + e] - m_sub);
            s_acc[mt][nt][half * 2 + e] = pe;
            sum += pe;
          }
        }
        row_sum[mt][half] = row_sum[mt][half] * alpha + sum;
#pragma unroll
        for (int dt = 0; dt < S::kDTiles; ++dt) {
          o_acc[mt][dt][half * 2 + 0] *= alpha;
          o_acc[mt][dt][half * 2 + 1] *= alpha;
        }
      }
    }

    // O += P V. The S accumulators of key tiles 2kk and 2kk+1 form the A fragment of k-step kk.
#pragma unroll
    for (int kk = 0; kk < kBlockN / 16; ++kk) {
      uint32_t pa[kMTiles][4];
#pragma unroll
      for (int mt = 0; mt < kMTiles; ++mt) {
        pa[mt][0] = pack_bf16x2(s_acc[mt][2 * kk][0], s_acc[mt][2 * kk][1]);
        pa[mt][1] = pack_bf16x2(s_acc[mt][2 * kk][2], s_acc[mt][2 * kk][3]);
        pa[mt][2] = pack_bf16x2(s_acc[mt][2 * kk + 1][0], s_acc[mt][2 * kk + 1][1]);
        pa[mt][3] = pack_bf16x2(s_acc[mt][2 * kk + 1][2], s_acc[mt][2 * kk + 1][3]);
      }
#pragma unroll
      for (int dp = 0; dp < S::kDTiles / 2; ++dp) {
        uint32_t vb[4];  // b0, b1 of d tile 2dp, then b0, b1 of d tile 2dp+1
        const int r = kk * 16 + (lane % 8) + ((lane / 8) % 2) * 8;
        const int c = dp * 16 + (lane / 16) * 8;
        ldmatrix_x4_trans(vb, v_s + r * kPitch + c);
#pragma unroll
        for (int mt = 0; mt < kMTiles; ++mt) {
          mma_bf16_16816(o_acc[mt][2 * dp], pa[mt], vb[0], vb[1]);
          mma_bf16_16816(o_acc[mt][2 * dp + 1], pa[mt], vb[2], vb[3]);
        }
      }
    }
    __syncthreads();  // everyone is done with this buffer before it is refilled
  }
  cp_async_wait<0>();

  // Epilogue: O /= l, lse = (m + log2 l) * ln 2. Rows that saw no key get O = 0, lse = -inf.
#pragma unroll
  for (int mt = 0; mt < kMTiles; ++mt) {
#pragma unroll
    for (int half = 0; half < 2; ++half) {
      float l = row_sum[mt][half];
      l += __shfl_xor_sync(0xffffffffu, l, 1);
      l += __shfl_xor_sync(0xffffffffu, l, 2);
      const int row = m0 + warp_row0 + mt * 16 + g + half * 8;
      if (row >= p.seqlen_q) continue;
      const float inv_l = l > 0.f ? 1.f / l : 0.f;
      bf16* o_row = p.o + q_off + static_cast<size_t>(row - m0) * q_stride;
#pragma unroll
      for (int dt = 0; dt < S::kDTiles; ++dt) {
        const __nv_bfloat162 v2 = __floats2bfloat162_rn(o_acc[mt][dt][half * 2] * inv_l,
                                                        o_acc[mt][dt][half * 2 + 1] * inv_l);
        *reinterpret_cast<__nv_bfloat162*>(o_row + dt * 8 + 2 * t) = v2;
      }
      if (t == 0) {
        const float lse =
            l > 0.f ? (row_max[mt][half] + log2f(l)) * 0.69314718055994531f : -INFINITY;
        p.lse[(static_cast<size_t>(b) * p.heads_q + h) * p.seqlen_q + row] = lse;
      }
    }
  }
}

}  // namespace avo_seed
