// attention.cu -- the entry kernels and the launch description (contract 2,
// ../include/avo_attention.h). Every entry runs the Hopper kernel of flash_fwd_hopper.cuh
// (wgmma, TMA, a producer warpgroup and consumer warpgroups of 64 query rows each), with the
// tile shape and schedule of its HopperShape:
//   head dim 128, non-causal: two consumer warpgroups (128-row m-tiles), K/V tiles of
//                 128 keys; clusters of two CTAs on adjacent m-tiles of one (head, batch),
//                 each loading half of every K/V tile for both (TMA multicast);
//   head dim 128, causal: the same with 128-key tiles (a causal row's last tile is masked: wider
//                 tiles would waste more of it), compiled for causal problems only;
//   at head dim 128 both take turns issuing their GEMMs (ping-pong), as at head dim 64;
//   head dim 64:  three consumer warpgroups, 192-row m-tiles, registers split 32 / 160. Head
//                 dim 64 is bound by the exp unit, not the tensor cores: a third warpgroup gives
//                 the MUFU more independent softmax work to overlap with the others' GEMMs
//                 (FlashAttention-3 uses 192-row tiles there too).
// The causal head-dim-128 and the head-dim-64 entries mask as FlashAttention-3 does
// (HopperShape::kSplitMask): the key tiles that need no mask run in a loop of their own, those
// that do after them.
#include "flash_fwd_hopper.cuh"

namespace avo_hopper {
// HopperShape<head dim, consumer warpgroups, keys per tile, ping-pong, lazy rescaling, stages,
//             causal only, split mask, CTAs per cluster>
using Hd128NcShape =
    HopperShape<128, 2, 128, true, true, 2, /*kCausalOnly=*/false, /*kSplitMask=*/false,
                /*kCluster=*/2>;
using Hd128CausalShape =
    HopperShape<128, 2, 128, true, true, 2, /*kCausalOnly=*/true, /*kSplitMask=*/true>;
using Hd64Shape =
    HopperShape<64, 3, 128, true, true, 2, /*kCausalOnly=*/false, /*kSplitMask=*/true>;
}  // namespace avo_hopper

// One CTA per SM; setmaxnreg moves registers from the producer to the consumers.
extern "C" __global__ void __launch_bounds__(avo_hopper::Hd128NcShape::kThreads, 1)
    avo_wgmma_hd128_nc(const __grid_constant__ AvoAttentionParams p) {
  avo_hopper::flash_fwd<avo_hopper::Hd128NcShape>(p);
}

extern "C" __global__ void __launch_bounds__(avo_hopper::Hd128CausalShape::kThreads, 1)
    avo_wgmma_hd128(const __grid_constant__ AvoAttentionParams p) {
  avo_hopper::flash_fwd<avo_hopper::Hd128CausalShape>(p);
}

extern "C" __global__ void __launch_bounds__(avo_hopper::Hd64Shape::kThreads, 1)
    avo_wgmma_hd64(const __grid_constant__ AvoAttentionParams p) {
  avo_hopper::flash_fwd<avo_hopper::Hd64Shape>(p);
}

namespace {

// An entry for one mask (causal 0 or 1) or both (-1): TMA boxes of 64 d with the 128-byte
// swizzle; Q moves a whole m-tile, K and V a whole key tile per panel, and O leaves per consumer
// warpgroup (64 rows).
template <class S, int kNameBytes>
constexpr AvoAttentionVariant wgmma_variant(const char (&name)[kNameBytes], int causal) {
  static_assert(kNameBytes <= AVO_ATTN_KERNEL_NAME_BYTES, "entry name too long");
  AvoAttentionVariant v{};
  for (int i = 0; i < kNameBytes; ++i) v.kernel[i] = name[i];
  v.head_dim = S::kHeadDim;
  v.causal = causal;
  v.threads_per_block = S::kThreads;
  v.dynamic_smem_bytes = S::kSmemBytes;
  // kCluster CTAs along x, the m-tiles: the launcher rounds the grid's x up to a multiple of it
  // (the kernel's padding CTA, ClusterPair in flash_fwd_hopper.cuh) and launches clusters.
  v.cluster[0] = S::kCluster;
  v.cluster[1] = v.cluster[2] = 1;
  v.grid = AVO_GRID_TILES;
  v.block_m = S::kBlockM;
  const unsigned rows[4] = {S::kBlockM, S::kBlockN, S::kBlockN, 64};  // Q, K, V, O
  for (int t = AVO_TENSOR_Q; t <= AVO_TENSOR_O; ++t) {
    v.tma[t].box[0] = 64;
    v.tma[t].box[1] = 1;
    v.tma[t].box[2] = rows[t];
    v.tma[t].box[3] = 1;
    v.tma[t].swizzle_bytes = 128;
  }
  return v;
}

}  // namespace

extern "C" __constant__ AvoAttentionLaunch avo_attention_launch = {
    AVO_ATTENTION_CONTRACT_VERSION,
    3,
    {
        wgmma_variant<avo_hopper::Hd64Shape>("avo_wgmma_hd64", -1),
        wgmma_variant<avo_hopper::Hd128NcShape>("avo_wgmma_hd128_nc", 0),
        wgmma_variant<avo_hopper::Hd128CausalShape>("avo_wgmma_hd128", 1),
    },
};
