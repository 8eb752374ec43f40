// flops.h -- how many floating-point operations one attention forward counts for, the
// numerator of every TFLOPS figure the harness reports.
//
// Convention (FlashAttention's benchmarks, and the AVO paper): two matrix products of
// 2 * seqlen_q * seqlen_k * head_dim operations each per (batch, query head), so
//     flops = 4 * batch * heads_q * seqlen_q * seqlen_k * head_dim,
// halved for causal attention when seqlen_q == seqlen_k (exactly half, although the diagonal
// makes the visible fraction (S+1)/(2S): the convention everyone reports against).
// For causal attention with seqlen_q != seqlen_k there is no agreed convention; we count the
// score entries that are actually visible under the bottom-right mask:
//     flops = 4 * batch * heads_q * head_dim * sum_i visible_keys(i).
// Softmax exponentials and the rescaling are not counted, as in the convention.
#pragma once

#include <cstdint>
#include <string>

#include "config.h"

namespace avo::attention {

// Number of (query, key) pairs that are visible, summed over one (batch, head).
int64_t visible_pairs(const AttentionShape& s);

// Operations per call under the convention above.
double attention_flops(const AttentionShape& s);

// Operations over a time in milliseconds, in TFLOPS (1e12 operations per second).
double tflops(double flops, double milliseconds);

// The dense BF16 tensor-core peak of a Hopper GPU in TFLOPS: sm_count x clock x 4096 FLOP per
// clock per SM (1024 BF16 FMAs per clock per SM; H100 SXM: 132 x 1.98 GHz -> 1070 TFLOPS).
// No attention kernel can exceed it, so the harness refuses figures above it.
double bf16_dense_peak_tflops(int sm_count, int clock_khz);

// How long one call of `flops` operations may run before the harness calls it hung, in seconds:
// 1000 times its duration at the dense BF16 peak `peak_tflops`, plus one second for launch and
// scheduling, at most 60. A correct kernel runs at a sizeable fraction of the peak; the bound
// only has to end a call that never would.
double call_time_bound_s(double flops, double peak_tflops);

// "" when `tflops` is possible on that device, else the one-line reason it is refused
// ("impossible timing: ... above the GPU's dense BF16 peak ...").
std::string implausible_reason(double tflops, int sm_count, int clock_khz);

}  // namespace avo::attention
