// cpu_reference.h -- attention forward in double precision on the CPU: the twin of the GPU
// reference kernel (gpu_reference.cu), written from the same definitions (attention_math.h).
// It is what the CPU tests check against hand-computed cases and properties, and what
// `avo-attention-harness --self-test` compares the GPU reference with on the GPU machine.
// Intended for small shapes: O(batch * heads_q * seqlen_q * seqlen_k * head_dim) operations.
#pragma once

#include <vector>

#include "config.h"

namespace avo::attention {

struct ReferenceOutput {
  std::vector<double> o;    // [batch, seqlen_q, heads_q, head_dim]
  std::vector<double> lse;  // [batch, heads_q, seqlen_q]; -inf for rows that see no key
  // [batch, seqlen_q, heads_q, head_dim]: sqrt(sum_j (p_ij v_jd)^2) / l_i, the error scale of
  // each output element (compare.h); 0 for rows that see no key.
  std::vector<double> sigma;
};

// q: [batch, seqlen_q, heads_q, head_dim], k and v: [batch, seqlen_k, heads_kv, head_dim],
// dense BSHD (the inputs as floats, e.g. bf16 values widened). Rows that see no key get o = 0.
ReferenceOutput cpu_reference_attention(const AttentionShape& s, double softmax_scale,
                                        const std::vector<float>& q, const std::vector<float>& k,
                                        const std::vector<float>& v);

}  // namespace avo::attention
