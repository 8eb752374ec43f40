// attention.cu -- the seed under contract 2 (../include/avo_attention.h): four entry kernels
// (head dim 64 or 128, causal or not), each one CTA per query tile running flash_fwd_tile with
// the knobs of knobs.h (through contract.cuh), and the launch description that tells the
// harness how to launch them.
#include "contract.cuh"

#define AVO_SEED_ENTRY(NAME, HEAD_DIM, CAUSAL)                                          \
  extern "C" __global__ void __launch_bounds__(avo_seed::SeedShape<HEAD_DIM>::kThreads, \
                                               avo_seed::min_ctas<HEAD_DIM>())          \
      NAME(const __grid_constant__ AvoAttentionParams p) {                              \
    avo_seed::run<HEAD_DIM, CAUSAL>(p);                                                 \
  }

AVO_SEED_ENTRY(avo_seed_hd64_noncausal, 64, false)
AVO_SEED_ENTRY(avo_seed_hd64_causal, 64, true)
AVO_SEED_ENTRY(avo_seed_hd128_noncausal, 128, false)
AVO_SEED_ENTRY(avo_seed_hd128_causal, 128, true)

extern "C" __constant__ AvoAttentionLaunch avo_attention_launch = {
    AVO_ATTENTION_CONTRACT_VERSION,
    4,
    {
        avo_seed::variant<64>("avo_seed_hd64_noncausal", 0),
        avo_seed::variant<64>("avo_seed_hd64_causal", 1),
        avo_seed::variant<128>("avo_seed_hd128_noncausal", 0),
        avo_seed::variant<128>("avo_seed_hd128_causal", 1),
    },
};
