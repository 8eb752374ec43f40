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
#include <cstddef>
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
// Two orthogonal masking knobs:
//   kCausalOnly: the entry is launched only for causal problems (its variant says causal = 1), so
//                the mask is known at compile time; without it `p.causal` is read at run time.
//   kSplitMask:  FlashAttention-3's masking. The tiles every row of a consumer warpgroup sees in
//                full run first, in a loop with no mask code; the tiles that need the mask (the
//                diagonal, the ragged end of the keys) run after them in a second loop, with one
//                column limit per row (a compare with a constant and a select per score). Both
//                loops run the same pipeline step. Without it every tile tests at run time whether
//                it needs the mask and masks with v9's per-score column test.
// kCluster = 2: FlashAttention-3's cluster of two CTAs for non-causal head dim 128. The CTAs of a
// cluster own adjacent m-tiles of one (head, batch), so they read the same K and V tiles; each
// producer loads one of a tile's two 64-d panels and multicasts it to both CTAs, which halves
// the L2 -> SM traffic of K and V (see ClusterPair below). Only for non-causal entries: both
// CTAs must walk the same key tiles.
template <int kHeadDim_, int kConsumers_, int kBlockN_ = 128, bool kPingPong_ = false,
          bool kLazyRescale_ = false, int kStages_ = 2, bool kCausalOnly_ = false,
          bool kSplitMask_ = false, int kCluster_ = 1>
struct HopperShape {
  static constexpr int kHeadDim = kHeadDim_;
  static constexpr int kConsumers = kConsumers_;
  static constexpr int kStages = kStages_;
  static constexpr bool kPingPong = kPingPong_;
  static constexpr bool kLazyRescale = kLazyRescale_;
  static constexpr bool kCausalOnly = kCausalOnly_;
  static constexpr bool kSplitMask = kSplitMask_;
  static constexpr int kCluster = kCluster_;  // CTAs per cluster along the m-tiles (1 or 2)
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
  static_assert(kCluster == 1 || (kCluster == 2 && kPanels == 2 && !kCausalOnly),
                "a cluster of two splits a tile by its two panels, and needs equal key ranges");
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

// Where this CTA stands in its cluster (kCluster = 2; unused with kCluster = 1).
//   rank:   %cluster_ctarank, 0 or 1 (the m-tile's parity: the cluster is 2 x 1 x 1).
//   paired: both CTAs of the cluster have an m-tile. Then every K/V tile is loaded half by each
//           CTA's producer (panel `rank`, multicast to both), each CTA's full barrier expects the
//           whole tile (its own half and the peer's), and each CTA's empty barrier counts the
//           releases of the consumer warps of both CTAs, since either producer writes into both.
//           Not paired: the m-tile count is odd and this is the last cluster. The launcher rounds
//           the grid up to whole clusters, so rank 1 is a padding CTA (blockIdx.x =
//           num_m_tiles); it returns at once, and rank 0 runs the one-CTA protocol (v9's): it
//           loads both panels for itself, its empty barriers count its own warps, and nothing
//           crosses to the other CTA.
struct ClusterPair {
  uint32_t rank = 0;
  bool paired = false;
};

// One K or V tile of kBlockN keys into the stage at `dst`, its bytes counted on `bar`. Paired
// (kCluster = 2): this CTA loads panel `rank` (64 of the 128 d, 16 KiB) and multicasts it to
// both CTAs at the same offset, so the peer's panel completes the tile; both CTAs' `bar` receive
// 16 KiB from each producer. Alone: both panels, this CTA only.
template <class S>
__device__ __forceinline__ void load_kv_tile(const AvoAttentionParams& p, unsigned char* dst,
                                             int tensor, uint64_t* bar, int hk, int n0, int b,
                                             ClusterPair pair) {
  if (pair.paired) {
    const int panel = static_cast<int>(pair.rank);
    tma_load_4d_multicast(dst + panel * S::kKvPanelBytes, &p.tma[tensor], bar, 0b11, 64 * panel,
                          hk, n0, b);
  } else {
    for (int panel = 0; panel < S::kPanels; ++panel)
      tma_load_4d(dst + panel * S::kKvPanelBytes, &p.tma[tensor], bar, 64 * panel, hk, n0, b);
  }
}

// The producer: Q, then every K/V tile this CTA's rows can see, kStages ahead.
template <class S>
__device__ __forceinline__ void produce(const AvoAttentionParams& p, unsigned char* smem,
                                        Barriers<S::kStages>& bars, int m0, int h, int hk, int b,
                                        int n_tiles, ClusterPair pair) {
  static_assert(sizeof(Barriers<S::kStages>) <= 256, "barriers over their shared-memory slot");
  mbar_arrive_expect_tx(&bars.q_full, S::kQBytes);
  for (int panel = 0; panel < S::kPanels; ++panel)
    tma_load_4d(smem + S::kQOffset + panel * S::kQPanelBytes, &p.tma[AVO_TENSOR_Q], &bars.q_full,
                64 * panel, h, m0, b);
  for (int j = 0; j < n_tiles; ++j) {
    const int stage = j % S::kStages;
    const uint32_t parity = ((j / S::kStages) & 1) ^ 1;
    const int n0 = j * S::kBlockN;
    if constexpr (S::kCluster > 1) {
      // Paired: the empty barrier completes only when the consumer warps of both CTAs have
      // released the stage (the load below writes into both); the full barrier is armed for the
      // whole tile, half of which comes from the peer's producer.
      mbar_wait(&bars.k_empty[stage], parity);
      mbar_arrive_expect_tx(&bars.k_full[stage], S::kKvTileBytes);
      load_kv_tile<S>(p, smem + S::kKOffset + stage * S::kKvTileBytes, AVO_TENSOR_K,
                      &bars.k_full[stage], hk, n0, b, pair);
      mbar_wait(&bars.v_empty[stage], parity);
      mbar_arrive_expect_tx(&bars.v_full[stage], S::kKvTileBytes);
      load_kv_tile<S>(p, smem + S::kVOffset + stage * S::kKvTileBytes, AVO_TENSOR_V,
                      &bars.v_full[stage], hk, n0, b, pair);
    } else {
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
  if constexpr (S::kCluster > 1) {
    // The CTA must not exit while the peer can still write into its shared memory or arrive on
    // its barriers. Waiting here, as the loads of tiles n_tiles .. n_tiles + kStages - 1 would,
    // for the release of the last use of every stage (a stage never used passes at once: parity
    // 1 of a fresh barrier) proves both: this CTA's empty barriers then hold every release of
    // the peer's consumer warps (all 8 per tile, the last ones included), and the peer's
    // producer multicasts only tiles below n_tiles, all of whose bytes this CTA's consumers have
    // waited for before releasing them. The smem stays allocated while this thread runs.
    // FlashAttention-3 (CUTLASS's load_tail) ends its producer the same way.
    for (int j = n_tiles; j < n_tiles + S::kStages; ++j) {
      const int stage = j % S::kStages;
      const uint32_t parity = ((j / S::kStages) & 1) ^ 1;
      mbar_wait(&bars.k_empty[stage], parity);
      mbar_wait(&bars.v_empty[stage], parity);
    }
  }
}

// A descriptor whose address word the compiler cannot see through (an empty asm "writes" it):
// it stays in the register it was built in instead of being rebuilt from its sources in a loop.
// The high word (SBO, swizzle) stays a known constant.
__device__ __forceinline__ uint64_t pinned_lo(uint64_t desc) {
  uint32_t lo = static_cast<uint32_t>(desc);
  asm volatile("" : "+r"(lo));
  return (desc & 0xFFFFFFFF00000000ull) | lo;
}

// Which keys of a tile online_softmax must hide (set to -inf before the max).
enum class TileMask {
  kNone,    // every key of the tile is visible to every row
  kBounds,  // v9's test per element: col >= seqlen_k, or (if causal) col > row + diag
  kLimit,   // the same keys through one limit per row and tile: col is visible iff
            // col < min(seqlen_k, row + diag + 1) (or col < seqlen_k if not causal), so a score
            // costs one compare with a constant and one select (FlashAttention-3's mask)
};

// Online softmax of one 64 x kBlockN score tile held as wgmma accumulators (layout in hopper.cuh):
// masks invisible keys, updates the running max m and sum l of this thread's two rows, leaves
// P = 2^(S * scale_log2 - m) in `s` and returns in `alpha` the factor 2^(m_old - m_new) by which
// O must be rescaled. O itself is not touched here: in the pipeline below the previous tile's
// P V is still accumulating into it while this runs. kMayBeEmpty = false promises that every row
// sees at least one key of this tile (kSplitMask's mask-free tiles), so the row max is finite and
// the guard against -inf - -inf is not needed.
template <class S, TileMask kMask, bool kMayBeEmpty = true>
__device__ __forceinline__ void online_softmax(float (&s)[S::kSRegs], float (&m)[2], float (&l)[2],
                                               float (&alpha)[2], float scale_log2, int row0,
                                               int col0, int seqlen_k, int diag, bool causal) {
#pragma unroll
  for (int half = 0; half < 2; ++half) {
    const int row = row0 + 8 * half;
    // kLimit: this thread's first hidden column of the row, counted from col0 (its column 0).
    const int limit =
        kMask == TileMask::kLimit ? (causal ? min(row + diag + 1, seqlen_k) : seqlen_k) - col0 : 0;
    float tile_max = -INFINITY;
#pragma unroll
    for (int j = 0; j < S::kBlockN / 8; ++j) {
#pragma unroll
      for (int e = 0; e < 2; ++e) {
        float& x = s[4 * j + 2 * half + e];
        if (kMask == TileMask::kBounds) {
          const int col = col0 + 8 * j + e;
          if (col >= seqlen_k || (causal && col > row + diag)) x = -INFINITY;
        } else if (kMask == TileMask::kLimit) {
          if (8 * j + e >= limit) x = -INFINITY;
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
    const float m_scaled = (kMayBeEmpty && m_new == -INFINITY) ? 0.f : m_new * scale_log2;
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
                                        int n_tiles, int diag, ClusterPair pair) {
  constexpr int kORegs = S::kHeadDim / 2;  // 64 x kHeadDim fp32 over 128 threads
  const int lane = threadIdx.x % 32;
  const int warp = (threadIdx.x / 32) % 4;  // warp within the warpgroup
  const int g = lane / 4;
  const int t = lane % 4;
  const bool causal = S::kCausalOnly || (S::kCluster == 1 && p.causal != 0);
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

  // A warp's release of a K or V stage (its reads of it have retired): one arrival of lane 0 on
  // this CTA's empty barrier and, paired, one of lane 1 on the peer's barrier at the same offset
  // (mapa of the barrier block: an offset inside one shared variable maps to the same offset),
  // since the peer's producer also writes into this stage. With kCluster = 1 it is v9's code.
  [[maybe_unused]] uint32_t release_bars = 0;
  [[maybe_unused]] int release_lanes = 1;
  if constexpr (S::kCluster > 1) {
    release_bars = mapa_shared(smem_u32(&bars), lane == 1 ? pair.rank ^ 1 : pair.rank);
    release_lanes = pair.paired ? 2 : 1;
  }
  // The paired address is the barrier block's plus a constant offset (offsetof: the difference of
  // two pointers into the block was not folded, and cost 5 instructions per release).
  auto release = [&](uint64_t* bar, uint32_t offset_in_bars) {
    if constexpr (S::kCluster > 1) {
      if (lane < release_lanes) mbar_arrive_cluster(release_bars + offset_in_bars);
    } else {
      if (lane == 0) mbar_arrive(bar);
    }
  };
  using Bars = Barriers<S::kStages>;
  auto release_k = [&](auto stage) {
    release(&bars.k_empty[stage], offsetof(Bars, k_empty) + 8 * stage);
  };
  auto release_v = [&](auto stage) {
    release(&bars.v_empty[stage], offsetof(Bars, v_empty) + 8 * stage);
  };

  // Descriptors of this warpgroup's 64 rows of Q and of stage 0 of the K and V rings; a stage
  // is kKvTileBytes further (smem and wg are warp-uniform, so these live in uniform registers).
  uint64_t q_desc = smem_desc(smem + S::kQOffset + wg * 64 * 128, 16, 1024);
  uint64_t k_desc0 = smem_desc(smem + S::kKOffset, 16, 1024);
  uint64_t v_desc0 = smem_desc(smem + S::kVOffset, S::kKvPanelBytes, 1024);
  // With the key loop split in two, ptxas rebuilt Q's descriptor from the shared-memory base in
  // every iteration (5 uniform instructions before the first HGMMA), and V's as v9 does; opaque
  // copies of their address words cannot be rebuilt, so they are built once. The cluster entry
  // (one loop, but the release addresses of kCluster = 2 hold more registers) did the same.
  if constexpr (S::kSplitMask || S::kCluster > 1) {
    q_desc = pinned_lo(q_desc);
    k_desc0 = pinned_lo(k_desc0);
    v_desc0 = pinned_lo(v_desc0);
  }
  // j is an int in v9's loop, an unsigned in kSplitMask's (its % and / need no sign fix-up).
  auto k_tile = [&](auto j) { return k_desc0 + (j % S::kStages) * (S::kKvTileBytes >> 4); };
  auto v_tile = [&](auto j) { return v_desc0 + (j % S::kStages) * (S::kKvTileBytes >> 4); };
  auto parity = [](auto j) { return static_cast<uint32_t>((j / S::kStages) & 1); };
  // v9's softmax: each tile tests whether some key of it is hidden from some row of the CTA.
  auto softmax_tested = [&](int j) {
    const int n0 = j * S::kBlockN;
    if (n0 + S::kBlockN > p.seqlen_k || (causal && n0 + S::kBlockN - 1 > m0 + diag))
      online_softmax<S, TileMask::kBounds>(s, m, l, alpha, scale_log2, row0, n0 + 2 * t,
                                           p.seqlen_k, diag, causal);
    else
      online_softmax<S, TileMask::kNone>(s, m, l, alpha, scale_log2, row0, n0 + 2 * t,
                                         p.seqlen_k, diag, causal);
  };
  // kSplitMask's two softmaxes: for tiles every row of the warpgroup sees in full (no mask, and
  // no row can be empty), and for the others (the per-row limit).
  auto softmax_full = [&](int j) {
    online_softmax<S, TileMask::kNone, /*kMayBeEmpty=*/false>(
        s, m, l, alpha, scale_log2, row0, j * S::kBlockN + 2 * t, p.seqlen_k, diag, causal);
  };
  auto softmax_masked = [&](int j) {
    online_softmax<S, TileMask::kLimit>(s, m, l, alpha, scale_log2, row0, j * S::kBlockN + 2 * t,
                                        p.seqlen_k, diag, causal);
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
    release_k(0);

    // One step of the key loop: S_j = Q K_j^T and O += P_{j-1} V_{j-1} issued together, the
    // softmax of S_j (`soft`) while P_{j-1} V_{j-1} runs, then P_j and the rescale of O.
    auto step = [&](auto j, auto&& soft) {
      const int prev = (j - 1) % S::kStages;
      mbar_wait(&bars.k_full[j % S::kStages], parity(j));
      turns.take();
      issue_qk<S>(s, q_desc, k_tile(j));
      mbar_wait(&bars.v_full[prev], parity(j - 1));  // V_{j-1} is needed only now
      issue_pv<S>(o, pa, v_tile(j - 1));
      turns.pass(false);
      wgmma_wait<1>();  // S_j is done; P_{j-1} V_{j-1} may still run
      fence_regs(s);
      release_k(j % S::kStages);
      soft(j);
      wgmma_wait<0>();
      fence_regs(o);
      fence_p(pa);
      release_v(prev);
      pack_p(pa, s);
      // Lazy rescaling: the vote keeps the skip warp-uniform (alpha is exactly 1 for a kept max).
      if (!S::kLazyRescale || __any_sync(0xffffffffu, alpha[0] != 1.f || alpha[1] != 1.f))
        rescale(o, alpha);
    };
    if constexpr (S::kSplitMask) {
      // Tiles 0 .. n_full - 1 are seen in full by every row of this warpgroup: their last key is
      // below seqlen_k and, if causal, at most the warpgroup's first row + diag (both bounds grow
      // with the tile, so the tiles past them are exactly those v9's test masks, decided for the
      // warpgroup instead of the CTA). The rest (a few: the diagonal, tiles the CTA loads for its
      // later warpgroups, the ragged end of the keys) need the mask and run last, in a loop of
      // their own, so the hot loop has no mask code and no branch. n_full is warpgroup-uniform
      // (wg is), as a loop that issues wgmma must be. The warpgroup still runs tiles
      // 0 .. n_tiles - 1 in order: v9's waits, turns and arrivals.
      int n_full = min(n_tiles, p.seqlen_k / S::kBlockN);
      if (causal) n_full = min(n_full, max(0, m0 + 64 * wg + diag + 1) / S::kBlockN);
      if (n_full > 0)
        softmax_full(0);
      else
        softmax_masked(0);
      pack_p(pa, s);
      // step's index is unsigned here (see k_tile).
      int j = 1;
      for (; j < n_full; ++j) step(static_cast<unsigned>(j), softmax_full);
      for (; j < n_tiles; ++j) step(static_cast<unsigned>(j), softmax_masked);
    } else {
      softmax_tested(0);
      pack_p(pa, s);
      for (int j = 1; j < n_tiles; ++j) step(j, softmax_tested);
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
    release_v(last % S::kStages);
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

  // A causal-only entry is launched for causal problems only (its variant says so), a cluster
  // entry for non-causal problems only.
  const bool causal = S::kCausalOnly || (S::kCluster == 1 && p.causal != 0);

  ClusterPair pair;
  if constexpr (S::kCluster > 1) {
    pair.rank = cluster_ctarank();
    // The cluster holds m-tiles blockIdx.x & ~1 and blockIdx.x | 1; the second is the padding
    // CTA when the m-tile count is odd (ClusterPair). The decision is the same in both CTAs.
    pair.paired = static_cast<int>(blockIdx.x | 1) < p.num_m_tiles;
    if (!pair.paired && pair.rank == 1) return;  // padding: touches no memory, not even its own
  }
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
      // One arrival per consumer warp, of this CTA and (paired) of the peer.
      const uint32_t releases = 4 * S::kConsumers * (pair.paired ? 2 : 1);
      mbar_init(&bars.k_empty[s], releases);
      mbar_init(&bars.v_empty[s], releases);
    }
    mbar_fence_init();
  }
  // Paired, the peer's producer and consumers use this CTA's barriers (multicast bytes on the full
  // ones, releases on the empty ones): no thread of either CTA goes on before both CTAs have
  // initialised theirs (fence.mbarrier_init.release.cluster above, then the cluster barrier's
  // release / acquire).
  if (S::kCluster > 1 && pair.paired)
    cluster_sync();
  else
    __syncthreads();

  // Read through a shuffle so the compiler knows it is warp-uniform (descriptors built from it
  // stay in uniform registers).
  const int warpgroup = __shfl_sync(0xffffffffu, static_cast<int>(threadIdx.x / 128), 0);
  if (warpgroup == 0) {
    regs_release<S::kProducerRegs>();
    if (threadIdx.x == 0) produce<S>(p, smem, bars, m0, h, hk, b, n_tiles, pair);
  } else {
    regs_claim<S::kConsumerRegs>();
    consume<S>(p, smem, bars, warpgroup - 1, m0, h, b, n_tiles, diag, pair);
  }
}

}  // namespace avo_hopper
