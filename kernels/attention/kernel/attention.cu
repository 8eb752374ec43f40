// attention.cu -- the entry kernels and the launch description (contract 2,
// ../include/avo_attention.h). Head dim 128 (the suites' shape) runs the Hopper kernel of
// flash_fwd_hopper.cuh: wgmma, TMA, a producer warpgroup and two consumer warpgroups. Head dim
// 64 keeps the seed's FlashAttention-2 kernel on mma.sync (flash_fwd.cuh, knobs.h).
#include "contract.cuh"
#include "flash_fwd_hopper.cuh"

#define AVO_SEED_ENTRY(NAME, HEAD_DIM, CAUSAL)                                          \
  extern "C" __global__ void __launch_bounds__(avo_seed::SeedShape<HEAD_DIM>::kThreads, \
                                               avo_seed::min_ctas<HEAD_DIM>())          \
      NAME(const __grid_constant__ AvoAttentionParams p) {                              \
    avo_seed::run<HEAD_DIM, CAUSAL>(p);                                                 \
  }

AVO_SEED_ENTRY(avo_seed_hd64_noncausal, 64, false)
AVO_SEED_ENTRY(avo_seed_hd64_causal, 64, true)

// One CTA per SM: 384 threads whose registers setmaxnreg splits 40 / 232.
extern "C" __global__ void __launch_bounds__(avo_hopper::Hd128Shape::kThreads, 1)
    avo_wgmma_hd128(const __grid_constant__ AvoAttentionParams p) {
  avo_hopper::flash_fwd_hd128(p);
}

namespace {

// The head-dim-128 entry for both masks: TMA boxes of 64 d x 128 rows with the 128-byte swizzle
// for Q, K and V; 64 d x 64 rows for the output's TMA store.
constexpr AvoAttentionVariant wgmma_hd128() {
  AvoAttentionVariant v{};
  constexpr char kName[] = "avo_wgmma_hd128";
  for (int i = 0; i < static_cast<int>(sizeof(kName)); ++i) v.kernel[i] = kName[i];
  v.head_dim = 128;
  v.causal = -1;
  v.threads_per_block = avo_hopper::Hd128Shape::kThreads;
  v.dynamic_smem_bytes = avo_hopper::Hd128Shape::kSmemBytes;
  v.cluster[0] = v.cluster[1] = v.cluster[2] = 1;
  v.grid = AVO_GRID_TILES;
  v.block_m = avo_hopper::Hd128Shape::kBlockM;
  for (int t = AVO_TENSOR_Q; t <= AVO_TENSOR_O; ++t) {
    v.tma[t].box[0] = 64;
    v.tma[t].box[1] = 1;
    // Q, K and V move 128 rows at a time; O leaves per consumer warpgroup, 64 rows.
    v.tma[t].box[2] = t == AVO_TENSOR_O ? 64 : avo_hopper::Hd128Shape::kPanelRows;
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
        avo_seed::variant<64>("avo_seed_hd64_noncausal", 0),
        avo_seed::variant<64>("avo_seed_hd64_causal", 1),
        wgmma_hd128(),
    },
};
