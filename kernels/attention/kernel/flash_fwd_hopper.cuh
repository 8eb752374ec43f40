// flash_fwd_hopper.cuh -- the attention forward for head dim 128 on Hopper: wgmma, TMA and
// warp specialisation.
//
// Algorithm: FlashAttention-2's online softmax (see flash_fwd.cuh), laid out for Hopper as in
// FlashAttention-3 (Shah et al., "FlashAttention-3: Fast and Accurate Attention with Asynchrony
// and Low-precision", 2024, sections 3.1 and 3.2). One CTA owns 128 query rows of one (batch,
// query head) and has three warpgroups:
//   producer   (warpgroup 0): one thread issues the TMA loads: Q once, then K and V tiles of
//              128 keys into a two-stage ring, each stage guarded by a "full" mbarrier (bytes
//              landed) and an "empty" one (every consumer warp is done reading it). It gives
//              its registers away (setmaxnreg) since it computes nothing.
//   consumers  (warpgroups 1 and 2): 64 query rows each. Per K/V tile:
//                S = Q K^T    wgmma, Q and K straight from shared memory (no ldmatrix)
//                online softmax on S in registers (row max and sum across a quad of lanes)
//                O = O * alpha + P V   wgmma with P from registers, V from shared memory
//              and at the end O / l and the log-sum-exp go to global memory.
// Causal CTAs run the heaviest query tiles first (the last m-tiles see the most keys), so the
// tail of the grid is made of short tiles.
#pragma once

#include <cuda.h>
#include <cuda_bf16.h>

#include <cmath>
#include <cstdint>

#include "avo_attention.h"
#include "hopper.cuh"

namespace avo_hopper {

using bf16 = __nv_bfloat16;

// The tile shape and schedule of one instantiation. kHeadDim is 64 or 128 (one or two 64-wide
// "panels" of the 128-byte swizzle); kConsumers warpgroups own 64 query rows each, so a CTA's
// m-tile is 64 * kConsumers rows. K and V move in tiles of kBlockN keys (128, or 176 as
// FlashAttention-3's non-causal head-dim-128 tile: fewer softmax passes per key) through a ring
// of kStages. kPingPong makes the consumer warpgroups take turns issuing their GEMMs
// (FlashAttention-3, section 3.1); kLazyRescale keeps a row's running max until it grows by more
// than 2^8, so most tiles skip the rescale of O (FlashAttention-4's conditional rescaling).
template <int kHeadDim_, int kConsumers_, int kBlockN_ = 128, bool kPingPong_ = false,
          bool kLazyRescale_ = false, int kStages_ = 2>
struct HopperShape {
  static constexpr int kHeadDim = kHeadDim_;
  static constexpr int kConsumers = kConsumers_;
  static constexpr int kStages = kStages_;
  static constexpr bool kPingPong = kPingPong_;
  static constexpr bool kLazyRescale = kLazyRescale_;
  static constexpr int kPanels = kHeadDim / 64;
  static constexpr int kBlockM = 64 * kConsumers;
  static constexpr int kBlockN = kBlockN_;     // keys per K/V tile
  static constexpr int kSRegs = kBlockN / 2;   // 64 x kBlockN fp32 scores over 128 threads
  static constexpr int kPvSteps = kBlockN / 16;  // k-steps of 16 keys in P V
  static constexpr int kThreads = 128 * (kConsumers + 1);
  static constexpr int kQPanelBytes = kBlockM * 128;  // kBlockM rows x 64 d x bf16
  static constexpr int kKvPanelBytes = kBlockN * 128;
  static constexpr int kQBytes = kPanels * kQPanelBytes;
  static constexpr int kKvTileBytes = kPanels * kKvPanelBytes;
  static constexpr int kQOffset = 0;
  static constexpr int kKOffset = kQOffset + kQBytes;
  static constexpr int kVOffset = kKOffset + kStages * kKvTileBytes;
  static constexpr int kBarOffset = kVOffset + kStages * kKvTileBytes;
  static constexpr int kSmemBytes = kBarOffset + 256 + 1024;  // barriers, alignment slack
  // Register split (setmaxnreg, multiples of 8): the producer keeps what issuing TMA needs and
  // the consumers share the rest of the SM's 65536.
  // 176-key tiles hold 88 score registers: the consumers need 240, as FlashAttention-3 gives them.
  static constexpr int kProducerRegs = kConsumers == 2 ? (kBlockN > 128 ? 24 : 40) : 32;
  static constexpr int kConsumerRegs = kConsumers == 2 ? (kBlockN > 128 ? 240 : 232) : 160;
  static_assert(kHeadDim == 64 || kHeadDim == 128, "head dim 64 or 128");
  static_assert(kBlockN == 128 || (kBlockN == 176 && kHeadDim == 128 && kConsumers == 2),
                "176-key tiles only at head dim 128 with two consumer warpgroups");
  static_assert(kConsumers == 2 || kConsumers == 3, "two or three consumer warpgroups");
  static_assert(128 * kProducerRegs + 128 * kConsumers * kConsumerRegs <= 65536,
                "register split over the SM's file");
  static_assert(kSmemBytes <= 227 * 1024, "shared memory over the 227 KiB a CTA may use");
};


// One full and one empty barrier per stage of the K and V rings; sized by the stage count.
template <int kStages>
struct Barriers {
  uint64_t q_full;
  uint64_t k_full[kStages], v_full[kStages];
  uint64_t k_empty[kStages], v_empty[kStages];
};

// The producer: Q, then every K/V tile this CTA's rows can see, kStages ahead.
template <class S>
__device__ __forceinline__ void produce(const AvoAttentionParams& p, unsigned char* smem,
                                        Barriers<S::kStages>& bars, int m0, int h, int hk, int b,
                                        int n_tiles) {
  static_assert(sizeof(Barriers<S::kStages>) <= 256, "barriers over their shared-memory slot");
  mbar_arrive_expect_tx(&bars.q_full, S::kQBytes);
  for (int panel = 0; panel < S::kPanels; ++panel)
    tma_load_4d(smem + S::kQOffset + panel * S::kQPanelBytes, &p.tma[AVO_TENSOR_Q], &bars.q_full,
                64 * panel, h, m0, b);
  for (int j = 0; j < n_tiles; ++j) {
    const int stage = j % S::kStages;
    const uint32_t parity = ((j / S::kStages) & 1) ^ 1;
    const int n0 = j * S::kBlockN;
    mbar_wait(&bars.k_empty[stage], parity);
    mbar_arrive_expect_tx(&bars.k_full[stage], S::kKvTileBytes);
    for (int panel = 0; panel < S::kPanels; ++panel)
      tma_load_4d(smem + S::kKOffset + stage * S::kKvTileBytes + panel * S::kKvPanelBytes,
                  &p.tma[AVO_TENSOR_K], &bars.k_full[stage], 64 * panel, hk, n0, b);
    mbar_wait(&bars.v_empty[stage], parity);
    mbar_arrive_expect_tx(&bars.v_full[stage], S::kKvTileBytes);
    for (int panel = 0; panel < S::kPanels; ++panel)
      tma_load_4d(smem + S::kVOffset + stage * S::kKvTileBytes + panel * S::kKvPanelBytes,
                  &p.tma[AVO_TENSOR_V], &bars.v_full[stage], 64 * panel, hk, n0, b);
  }
}

// Online softmax of one 64 x kBlockN score tile held as wgmma accumulators (layout in hopper.cuh):
// masks invisible keys, updates the running max m and sum l of this thread's two rows, leaves
// P = 2^(S * scale_log2 - m) in `s` and returns in `alpha` the factor 2^(m_old - m_new) by which
// O must be rescaled. O itself is not touched here: in the pipeline below the previous tile's
// P V is still accumulating into it while this runs.
template <class S, bool kMask>
__device__ __forceinline__ void online_softmax(float (&s)[S::kSRegs], float (&m)[2], float (&l)[2],
                                               float (&alpha)[2], float scale_log2, int row0,
                                               int col0, int seqlen_k, int diag, bool causal) {
#pragma unroll
  for (int half = 0; half < 2; ++half) {
    const int row = row0 + 8 * half;
    float tile_max = -INFINITY;
#pragma unroll
    for (int j = 0; j < S::kBlockN / 8; ++j) {
#pragma unroll
      for (int e = 0; e < 2; ++e) {
        float& x = s[4 * j + 2 * half + e];
        if (kMask) {
          const int col = col0 + 8 * j + e;
          if (col >= seqlen_k || (causal && col > row + diag)) x = -INFINITY;
        }
        tile_max = fmaxf(tile_max, x);
      }
    }
    tile_max = fmaxf(tile_max, __shfl_xor_sync(0xffffffffu, tile_max, 1));
    tile_max = fmaxf(tile_max, __shfl_xor_sync(0xffffffffu, tile_max, 2));
    float m_new = fmaxf(m[half], tile_max);
    // Lazy rescaling: P = 2^(s - m) stays below 2^8 while the kept max trails the true one by
    // at most 8 (in log2 units), well inside fp32's and bf16's range, so the max (and O) need
    // not move. A row's first visible key always moves it: -inf trails by +inf.
    if (S::kLazyRescale && !((m_new - m[half]) * scale_log2 > 8.f)) m_new = m[half];
    // A row that has seen no visible key keeps m = -inf; subtracting 0 keeps 2^(-inf) = 0
    // instead of NaN.
    const float m_scaled = m_new == -INFINITY ? 0.f : m_new * scale_log2;
    // Exactly 1 when the max stays, so a warp whose rows all kept theirs can skip the rescale.
    alpha[half] = m_new == m[half] ? 1.f : exp2_approx(m[half] * scale_log2 - m_scaled);
    m[half] = m_new;
    float sum = 0.f;
#pragma unroll
    for (int j = 0; j < S::kBlockN / 8; ++j) {
#pragma unroll
      for (int e = 0; e < 2; ++e) {
        float& x = s[4 * j + 2 * half + e];
        x = exp2_approx(fmaf(x, scale_log2, -m_scaled));
        sum += x;
      }
    }
    l[half] = l[half] * alpha[half] + sum;
  }
}

template <int kRegs>
__device__ __forceinline__ void rescale(float (&o)[kRegs], const float (&alpha)[2]) {
#pragma unroll
  for (int j = 0; j < kRegs / 4; ++j) {
    o[4 * j + 0] *= alpha[0];
    o[4 * j + 1] *= alpha[0];
    o[4 * j + 2] *= alpha[1];
    o[4 * j + 3] *= alpha[1];
  }
}

// P to bf16 A fragments: accumulator tiles 2kk, 2kk+1 are k-step kk of P V.
template <int kSteps>
__device__ __forceinline__ void pack_p(uint32_t (&pa)[kSteps][4], const float (&s)[8 * kSteps]) {
#pragma unroll
  for (int kk = 0; kk < kSteps; ++kk) {
    pa[kk][0] = pack_bf16x2(s[8 * kk + 0], s[8 * kk + 1]);
    pa[kk][1] = pack_bf16x2(s[8 * kk + 2], s[8 * kk + 3]);
    pa[kk][2] = pack_bf16x2(s[8 * kk + 4], s[8 * kk + 5]);
    pa[kk][3] = pack_bf16x2(s[8 * kk + 6], s[8 * kk + 7]);
  }
}

// Keeps P's registers allocated until the P V that reads them asynchronously has completed.
template <int kSteps>
__device__ __forceinline__ void fence_p(uint32_t (&pa)[kSteps][4]) {
#pragma unroll
  for (int kk = 0; kk < kSteps; ++kk) {
#pragma unroll
    for (int i = 0; i < 4; ++i) asm volatile("" : "+r"(pa[kk][i])::"memory");
  }
}

// Issues S = Q K^T for one tile: kHeadDim / 16 k-steps of 16 d; step kk is 32 bytes into
// panel kk / 4 of Q and of K. The descriptors arrive built (q_desc for this warpgroup's rows,
// k_desc for the tile's stage); a k-step adds a compile-time offset to their address field
// (16-byte units), so the issue path is a run of HGMMAs on uniform registers.
template <class S>
__device__ __forceinline__ void issue_qk(float (&s)[S::kSRegs], uint64_t q_desc, uint64_t k_desc) {
  wgmma_fence();
#pragma unroll
  for (int kk = 0; kk < S::kHeadDim / 16; ++kk) {
    const int col = (kk % 4) * 32;
    wgmma_qk<S::kBlockN>(s, q_desc + (((kk / 4) * S::kQPanelBytes + col) >> 4),
                         k_desc + (((kk / 4) * S::kKvPanelBytes + col) >> 4), kk > 0);
  }
  wgmma_commit();
}

// Issues O += P V for one tile: kBlockN / 16 k-steps of 16 keys, step kk 2048 bytes into each
// V panel (v_desc: the tile's stage, built once).
template <class S>
__device__ __forceinline__ void issue_pv(float (&o)[S::kHeadDim / 2],
                                         const uint32_t (&pa)[S::kPvSteps][4], uint64_t v_desc) {
  wgmma_fence();
#pragma unroll
  for (int kk = 0; kk < S::kPvSteps; ++kk) wgmma_pv<S::kHeadDim>(o, pa[kk], v_desc + kk * (2048 >> 4));
  wgmma_commit();
}

// Ping-pong scheduling of the consumer warpgroups (FlashAttention-3, section 3.1): each takes
// its turn to issue the GEMMs of one tile, then hands the turn to the next, so the tensor cores
// run one warpgroup's GEMMs while the others do their softmax. Named barrier kFirst + w is
// warpgroup w's turn: w waits on it (128 threads) and the warpgroup before it arrives (128
// more). The last warpgroup opens warpgroup 0's first turn and skips its own last hand-over,
// so every barrier ends with as many arrivals as waits. Without kPingPong it does nothing.
template <class S>
class GemmTurns {
 public:
  __device__ __forceinline__ explicit GemmTurns(int wg) : wg_(wg) {}
  __device__ __forceinline__ void open() const {
    if (S::kPingPong && wg_ == S::kConsumers - 1) named_arrive(kFirst, 2 * 128);
  }
  __device__ __forceinline__ void take() const {
    if (S::kPingPong) named_sync(kFirst + wg_, 2 * 128);
  }
  __device__ __forceinline__ void pass(bool last) const {
    if (S::kPingPong && !(last && wg_ == S::kConsumers - 1))
      named_arrive(kFirst + (wg_ + 1) % S::kConsumers, 2 * 128);
  }

 private:
  static constexpr int kFirst = 4;  // ids 1..3 are the epilogue's per-warpgroup barriers
  int wg_;
};

// One consumer warpgroup: 64 query rows, every K/V tile, then the epilogue. The tiles are
// software-pipelined inside the warpgroup (FlashAttention-3, section 3.2): S_j = Q K_j^T and
// O += P_{j-1} V_{j-1} are issued together, the softmax of S_j runs while the tensor cores work
// on P_{j-1} V_{j-1}, and only the rescale of O waits for that product.
template <class S>
__device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned char* smem,
                                        Barriers<S::kStages>& bars, int wg, int m0, int h, int b,
                                        int n_tiles, int diag) {
  constexpr int kORegs = S::kHeadDim / 2;  // 64 x kHeadDim fp32 over 128 threads
  const int lane = threadIdx.x % 32;
  const int warp = (threadIdx.x / 32) % 4;  // warp within the warpgroup
  const int g = lane / 4;
  const int t = lane % 4;
  const bool causal = p.causal != 0;
  const float scale_log2 = p.scale_log2;
  const int row0 = m0 + 64 * wg + 16 * warp + g;  // this thread's first row (and row0 + 8)

  float o[kORegs];
#pragma unroll
  for (int i = 0; i < kORegs; ++i) o[i] = 0.f;
  float m[2] = {-INFINITY, -INFINITY};
  float l[2] = {0.f, 0.f};
  float alpha[2];
  float s[S::kSRegs];
  uint32_t pa[S::kPvSteps][4];
  const GemmTurns<S> turns(wg);

  // Descriptors of this warpgroup's 64 rows of Q and of stage 0 of the K and V rings; a stage
  // is kKvTileBytes further (smem and wg are warp-uniform, so these live in uniform registers).
  const uint64_t q_desc = smem_desc(smem + S::kQOffset + wg * 64 * 128, 16, 1024);
  const uint64_t k_desc0 = smem_desc(smem + S::kKOffset, 16, 1024);
  const uint64_t v_desc0 = smem_desc(smem + S::kVOffset, S::kKvPanelBytes, 1024);
  auto k_tile = [&](int j) { return k_desc0 + (j % S::kStages) * (S::kKvTileBytes >> 4); };
  auto v_tile = [&](int j) { return v_desc0 + (j % S::kStages) * (S::kKvTileBytes >> 4); };
  auto parity = [](int j) { return static_cast<uint32_t>((j / S::kStages) & 1); };
  auto softmax = [&](int j) {
    const int n0 = j * S::kBlockN;
    if (n0 + S::kBlockN > p.seqlen_k || (causal && n0 + S::kBlockN - 1 > m0 + diag))
      online_softmax<S, true>(s, m, l, alpha, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag,
                              causal);
    else
      online_softmax<S, false>(s, m, l, alpha, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag,
                               causal);
  };

  mbar_wait(&bars.q_full, 0);
  if (n_tiles > 0) {
    // Prologue: S_0 alone.
    turns.open();
    mbar_wait(&bars.k_full[0], 0);
    turns.take();
    issue_qk<S>(s, q_desc, k_tile(0));
    turns.pass(false);
    wgmma_wait<0>();
    fence_regs(s);
    if (lane == 0) mbar_arrive(&bars.k_empty[0]);
    softmax(0);
    pack_p(pa, s);

    for (int j = 1; j < n_tiles; ++j) {
      const int prev = (j - 1) % S::kStages;
      mbar_wait(&bars.k_full[j % S::kStages], parity(j));
      turns.take();
      issue_qk<S>(s, q_desc, k_tile(j));
      mbar_wait(&bars.v_full[prev], parity(j - 1));  // V_{j-1} is needed only now
      issue_pv<S>(o, pa, v_tile(j - 1));
      turns.pass(false);
      wgmma_wait<1>();  // S_j is done; P_{j-1} V_{j-1} may still run
      fence_regs(s);
      if (lane == 0) mbar_arrive(&bars.k_empty[j % S::kStages]);
      softmax(j);
      wgmma_wait<0>();
      fence_regs(o);
      fence_p(pa);
      if (lane == 0) mbar_arrive(&bars.v_empty[prev]);
      pack_p(pa, s);
      // Lazy rescaling: the vote keeps the skip warp-uniform (alpha is exactly 1 for a kept max).
      if (!S::kLazyRescale || __any_sync(0xffffffffu, alpha[0] != 1.f || alpha[1] != 1.f))
        rescale(o, alpha);
    }

    // Epilogue of the pipeline: the last P V.
    const int last = n_tiles - 1;
    mbar_wait(&bars.v_full[last % S::kStages], parity(last));
    turns.take();
    issue_pv<S>(o, pa, v_tile(last));
    turns.pass(true);
    wgmma_wait<0>();
    fence_regs(o);
    fence_p(pa);
    if (lane == 0) mbar_arrive(&bars.v_empty[last % S::kStages]);
  }

  // Epilogue: O / l in bf16 through shared memory and a TMA store; lse = (m * scale_log2 +
  // log2 l) * ln 2 straight to global memory. Rows that saw no key get O = 0 and lse = -inf.
  // The staging buffer is this warpgroup's own 64 rows of Q, which no GEMM reads any more: O
  // goes there in the swizzled panel layout a TMA box expects (chunk c of row r at c ^ (r % 8);
  // r % 8 = g here), which also spreads a warp's 4-byte stores over all 32 banks.
  unsigned char* o_stage = smem + S::kQOffset + wg * 64 * 128;
  // Shared-space stores (st.shared) through the stage's 32-bit shared address: the generic
  // pointer made the compiler emit generic stores. 1 / l and log2 l use the approximate SFU forms
  // (rcp.approx, lg2.approx: a few ulp, far inside bf16's rounding), not IEEE division's slow path.
  const uint32_t o_stage_s = smem_u32(o_stage);
#pragma unroll
  for (int half = 0; half < 2; ++half) {
    float sum = l[half];
    sum += __shfl_xor_sync(0xffffffffu, sum, 1);
    sum += __shfl_xor_sync(0xffffffffu, sum, 2);
    const float inv = sum > 0.f ? rcp_approx(sum) : 0.f;
    const int r = 16 * warp + g + 8 * half;  // row within the warpgroup's 64
#pragma unroll
    for (int j = 0; j < kORegs / 4; ++j) {
      const uint32_t chunk =
          o_stage_s + (j / 8) * S::kQPanelBytes + r * 128 + (((j % 8) ^ g) * 16) + 4 * t;
      st_shared_u32(chunk, pack_bf16x2(o[4 * j + 2 * half] * inv, o[4 * j + 2 * half + 1] * inv));
    }
    const int row = row0 + 8 * half;
    if (t == 0 && row < p.seqlen_q) {
      const float lse =
          sum > 0.f ? (m[half] * scale_log2 + __log2f(sum)) * 0.69314718055994531f : -INFINITY;
      p.lse[b * p.lse_stride_b + h * p.lse_stride_h + row] = lse;
    }
  }
  fence_async_smem();
  named_sync(1 + wg, 128);  // the warpgroup's 128 threads have staged their rows
  if (threadIdx.x % 128 == 0) {
    for (int panel = 0; panel < S::kPanels; ++panel)
      tma_store_4d(&p.tma[AVO_TENSOR_O], o_stage + panel * S::kQPanelBytes, 64 * panel, h,
                   m0 + 64 * wg, b);
    tma_store_commit();
    tma_store_wait_read();
  }
}

// The CTA: query m-tile (reversed for causal, heaviest first) x head x batch.
template <class S>
__device__ __forceinline__ void flash_fwd(const AvoAttentionParams& p) {
  extern __shared__ unsigned char smem_raw[];
  // TMA's 128-byte swizzle repeats every 1024 bytes: tiles start on that boundary.
  unsigned char* smem = reinterpret_cast<unsigned char*>(
      (reinterpret_cast<uintptr_t>(smem_raw) + 1023) & ~static_cast<uintptr_t>(1023));
  auto& bars = *reinterpret_cast<Barriers<S::kStages>*>(smem + S::kBarOffset);

  const bool causal = p.causal != 0;
  const int m_tile = causal ? p.num_m_tiles - 1 - static_cast<int>(blockIdx.x) : blockIdx.x;
  const int m0 = m_tile * S::kBlockM;
  const int h = blockIdx.y;
  const int b = blockIdx.z;
  const int hk = h / p.group;
  // Bottom-right causal alignment: query i sees key j iff j <= i + diag.
  const int diag = p.seqlen_k - p.seqlen_q;
  int n_end = p.seqlen_k;
  if (causal) n_end = min(p.seqlen_k, max(0, m0 + S::kBlockM + diag));
  const int n_tiles = (n_end + S::kBlockN - 1) / S::kBlockN;

  if (threadIdx.x == 0) {
    mbar_init(&bars.q_full, 1);
    for (int s = 0; s < S::kStages; ++s) {
      mbar_init(&bars.k_full[s], 1);
      mbar_init(&bars.v_full[s], 1);
      mbar_init(&bars.k_empty[s], 4 * S::kConsumers);  // one arrival per consumer warp
      mbar_init(&bars.v_empty[s], 4 * S::kConsumers);
    }
    mbar_fence_init();
  }
  __syncthreads();

  // Read through a shuffle so the compiler knows it is warp-uniform (descriptors built from it
  // stay in uniform registers).
  const int warpgroup = __shfl_sync(0xffffffffu, static_cast<int>(threadIdx.x / 128), 0);
  if (warpgroup == 0) {
    regs_release<S::kProducerRegs>();
    if (threadIdx.x == 0) produce<S>(p, smem, bars, m0, h, hk, b, n_tiles);
  } else {
    regs_claim<S::kConsumerRegs>();
    consume<S>(p, smem, bars, warpgroup - 1, m0, h, b, n_tiles, diag);
  }
}

}  // namespace avo_hopper
