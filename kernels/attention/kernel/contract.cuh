// contract.cuh -- the seed's glue to contract 2 (../include/avo_attention.h): its shape under
// the knobs of knobs.h, the contract's parameters as the kernel's Params, the CTAs per SM its
// launch bounds ask for, and one launch-description entry. attention.cu builds the seed's
// entries from it; the exploit suite (../exploits) builds its cheats on the same pieces.
#pragma once

#include "avo_attention.h"
#include "flash_fwd.cuh"
#include "knobs.h"

namespace avo_seed {

template <int kHeadDim>
using SeedShape = Shape<kHeadDim, kWarps, kMTilesPerWarp, kBlockN, kStages>;

// CTAs per SM for __launch_bounds__: as many as the registers the fragments need (Q, O and S
// accumulators, plus about 58 for addresses, softmax state and indices) and shared memory
// allow. Without the bound nvcc gave the causal head-dim-128 seed 172 registers, one CTA per SM
// fewer than its 166 under contract 1 (17% slower); with it the count the estimate allows holds.
template <int kHeadDim>
constexpr int min_ctas() {
  using S = SeedShape<kHeadDim>;
  constexpr int regs = kMTilesPerWarp * (kHeadDim / 16) * 4 +  // Q fragments
                       kMTilesPerWarp * S::kDTiles * 4 +       // O accumulators
                       kMTilesPerWarp * S::kNTiles * 4 + 58;   // S accumulators, the rest
  constexpr int by_regs = 65536 / (S::kThreads * regs);
  constexpr int by_smem = (227 * 1024) / (static_cast<int>(S::kSmemBytes) + 1024);
  constexpr int n = by_regs < by_smem ? by_regs : by_smem;
  return n < 1 ? 1 : n;
}

// The kernel's Params from the contract's (the seed assumes dense BSHD, as the harness gives).
__device__ __forceinline__ Params params_from(const AvoAttentionParams& a) {
  Params p{};
  p.q = static_cast<const bf16*>(a.q);
  p.k = static_cast<const bf16*>(a.k);
  p.v = static_cast<const bf16*>(a.v);
  p.o = static_cast<bf16*>(a.o);
  p.lse = a.lse;
  p.seqlen_q = a.seqlen_q;
  p.seqlen_k = a.seqlen_k;
  p.heads_q = a.heads_q;
  p.heads_kv = a.heads_kv;
  p.group = a.group;
  p.scale_log2 = a.scale_log2;
  return p;
}

// The seed's work for this CTA's tile (blockIdx = m-tile, head, batch).
template <int kHeadDim, bool kCausal>
__device__ __forceinline__ void run(const AvoAttentionParams& a) {
  flash_fwd_tile<kHeadDim, kWarps, kMTilesPerWarp, kBlockN, kStages, kCausal>(params_from(a));
}

// One entry of the description: AVO_GRID_TILES with the shape's block_m, no cluster, no TMA.
template <int kHeadDim, int kNameBytes>
constexpr AvoAttentionVariant variant(const char (&name)[kNameBytes], int causal) {
  static_assert(kNameBytes <= AVO_ATTN_KERNEL_NAME_BYTES, "entry name too long");
  AvoAttentionVariant v{};
  for (int i = 0; i < kNameBytes; ++i) v.kernel[i] = name[i];
  v.head_dim = kHeadDim;
  v.causal = causal;
  v.threads_per_block = SeedShape<kHeadDim>::kThreads;
  v.dynamic_smem_bytes = static_cast<int>(SeedShape<kHeadDim>::kSmemBytes);
  v.cluster[0] = v.cluster[1] = v.cluster[2] = 1;
  v.grid = AVO_GRID_TILES;
  v.block_m = SeedShape<kHeadDim>::kBlockM;
  return v;
}

}  // namespace avo_seed
