// gpu_reference.h -- the harness's own attention forward, in fp32 on CUDA cores: the reference
// every candidate (and cuDNN) is checked against. Deliberately plain: an exact two-pass softmax
// (first the row maximum, then exp(s - max), its sum and the weighted sum of V), fp32 for every
// product and sum, no tensor cores, no approximate exponentials. Validated against the double
// precision CPU twin (cpu_reference.h) by `avo-attention-harness --self-test`.
#pragma once

#include <cuda_runtime_api.h>

#include "config.h"
#include "sampling.h"

namespace avo::attention {

// q, k, v: bf16 BSHD as in ../include/avo_attention.h. o: fp32 [batch, seqlen_q, heads_q,
// head_dim]; lse: fp32 [batch, heads_q, seqlen_q] (natural log; -inf where no key is visible);
// sigma: fp32 like o, each element's error scale sqrt(sum_j (p_ij v_jd)^2) / l_i (compare.h).
// head_dim must satisfy reference_supports_head_dim().
cudaError_t launch_gpu_reference(const AttentionShape& s, float softmax_scale, const void* q,
                                 const void* k, const void* v, float* o, float* lse, float* sigma,
                                 cudaStream_t stream);

// The same reference for the rows of `groups` only (device memory, n_groups of them, one block
// each): o and sigma are compact fp32 [n_groups * kSampleGroupRows, head_dim], lse compact
// [n_groups * kSampleGroupRows]; padding rows (-1) are left unwritten.
cudaError_t launch_sampled_reference(const AttentionShape& s, float softmax_scale, const void* q,
                                     const void* k, const void* v, const SampleGroup* groups,
                                     int n_groups, float* o, float* lse, float* sigma,
                                     cudaStream_t stream);

}  // namespace avo::attention
