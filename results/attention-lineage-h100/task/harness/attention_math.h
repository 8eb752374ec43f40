// attention_math.h -- the definitions of attention the harness checks candidates against, shared
// by the GPU reference kernel (gpu_reference.cu) and its CPU twin (cpu_reference.cpp) so that the
// CPU tests exercise the very predicates the GPU uses: which key a query sees (causal,
// bottom-right aligned), which KV head a query head reads (GQA), and where an element lives
// (BSHD layout). See ../include/avo_attention.h for the contract these implement.
#pragma once

#include <cstdint>

#if defined(__CUDACC__)
#define AVO_HD __host__ __device__ __forceinline__
#else
#define AVO_HD inline
#endif

namespace avo::attention {

// Query head h reads KV head h / group, group = heads_q / heads_kv (FlashAttention-2, cuDNN).
AVO_HD int kv_head_of(int head_q, int heads_q, int heads_kv) {
  return head_q / (heads_q / heads_kv);
}

// Causal masks are aligned to the bottom-right corner: query i sees key j iff
// j <= i + (seqlen_k - seqlen_q). Non-causal attention sees every key.
AVO_HD bool key_visible(int64_t i, int64_t j, int64_t seqlen_q, int64_t seqlen_k, bool causal) {
  return !causal || j <= i + (seqlen_k - seqlen_q);
}

// How many keys query row i sees: a prefix [0, n) of the keys.
AVO_HD int64_t visible_keys(int64_t i, int64_t seqlen_q, int64_t seqlen_k, bool causal) {
  if (!causal) return seqlen_k;
  const int64_t n = i + (seqlen_k - seqlen_q) + 1;
  return n < 0 ? 0 : (n > seqlen_k ? seqlen_k : n);
}

// Element offset in a dense BSHD tensor [batch, seqlen, heads, head_dim].
AVO_HD int64_t bshd_offset(int64_t b, int64_t s, int64_t h, int64_t d, int64_t seqlen,
                           int64_t heads, int64_t head_dim) {
  return ((b * seqlen + s) * heads + h) * head_dim + d;
}

// Element offset in the log-sum-exp tensor [batch, heads_q, seqlen_q].
AVO_HD int64_t lse_offset(int64_t b, int64_t h, int64_t i, int64_t heads_q, int64_t seqlen_q) {
  return (b * heads_q + h) * seqlen_q + i;
}

}  // namespace avo::attention
