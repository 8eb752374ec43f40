/* avo/attention.h -- the attention forward kernel that avo's Hopper lineage evolved, as a C
 * library (kernels/attention/README.md). Which run, version and score it came from:
 * avo_attention_provenance().
 *
 * The computation is the forward pass of scaled dot-product attention as in FlashAttention-2
 * (Dao, 2023) with FlashAttention-3's Hopper structure (Shah et al., 2024):
 *
 *   for every batch b, query head h, query row i, with g = heads_q / heads_kv:
 *     s_j = softmax_scale * dot(q[b, i, h, :], k[b, j, h / g, :])   for visible keys j
 *     lse[b, h, i] = log(sum_j exp(s_j))                              (natural log)
 *     o[b, i, h, :] = sum_j exp(s_j - lse[b, h, i]) * v[b, j, h / g, :]
 *
 * Layout (BSHD, dense, row-major, as flash_attn_func; 16-byte aligned base pointers):
 *   q, o    bf16  [batch, seqlen_q, heads_q,  head_dim]
 *   k, v    bf16  [batch, seqlen_k, heads_kv, head_dim]
 *   lse     fp32  [batch, heads_q, seqlen_q]
 * heads_q == heads_kv is multi-head attention, heads_q a multiple of heads_kv is grouped-query
 * attention (GQA). Causal masking is aligned to the bottom-right corner (FlashAttention-2 >= 2.1,
 * cuDNN): query i sees key j iff j <= i + seqlen_k - seqlen_q; a row that sees no key gets
 * o = 0 and lse = -infinity.
 *
 * Runs on NVIDIA Hopper (compute capability 9.0, sm_90a) in the CUDA context current on the
 * calling thread, on `stream`. Head dims 64 and 128 (128 is the evolved kernel; 64 the seed's).
 * Performance: docs/results/attention-evolution.md (TFLOPS = 4 * batch * heads_q * seqlen_q *
 * seqlen_k * head_dim / seconds / 1e12, halved for causal).
 *
 * Thread-safe. The arguments are checked before any CUDA call, so a bad call returns its error
 * on any machine, GPU or not.
 */
#ifndef AVO_ATTENTION_FORWARD_H_
#define AVO_ATTENTION_FORWARD_H_

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
  AVO_ATTN_OK = 0,
  AVO_ATTN_ERROR_NULL_ARGUMENT = 1, /* args, or one of q, k, v, o, lse, is null */
  AVO_ATTN_ERROR_SHAPE = 2,         /* a size < 1, heads_q not a multiple of heads_kv, or an
                                       element count that does not fit the kernel's indices */
  AVO_ATTN_ERROR_HEAD_DIM = 3,      /* head_dim is not 64 or 128 */
  AVO_ATTN_ERROR_ALIGNMENT = 4,     /* a tensor's base is not 16-byte aligned */
  AVO_ATTN_ERROR_SCALE = 5,         /* softmax_scale not 0 and not in [1.2e-38, 1e30] */
  AVO_ATTN_ERROR_NO_DEVICE = 6,     /* no CUDA driver, no current context, or not a Hopper GPU */
  AVO_ATTN_ERROR_CUDA = 7,          /* a CUDA driver call failed (launch, module load) */
  AVO_ATTN_ERROR_MEMORY = 8         /* a tensor is not device memory of the current device */
} AvoAttentionStatus;

typedef struct {
  const void* q; /* bf16 [batch, seqlen_q, heads_q, head_dim] */
  const void* k; /* bf16 [batch, seqlen_k, heads_kv, head_dim] */
  const void* v; /* bf16 [batch, seqlen_k, heads_kv, head_dim] */
  void* o;       /* bf16 [batch, seqlen_q, heads_q, head_dim], written */
  float* lse;    /* fp32 [batch, heads_q, seqlen_q], natural-log log-sum-exp, written */
  int batch;
  int seqlen_q;
  int seqlen_k;
  int heads_q;
  int heads_kv;
  int head_dim;
  int causal;          /* 0: every key visible; nonzero: bottom-right causal mask */
  float softmax_scale; /* multiplies q.k; 0 means 1 / sqrt(head_dim) */
} AvoAttentionForwardArgs;

/* Enqueues the forward pass on `stream` (a cudaStream_t or CUstream; null is the legacy default
 * stream) and returns without waiting. AVO_ATTN_OK, or an error whose one-line explanation
 * avo_attention_last_error() gives on the same thread. */
AvoAttentionStatus avo_attention_forward(const AvoAttentionForwardArgs* args, void* stream);

/* The calling thread's last error, one line ("" after a success). Valid until its next call. */
const char* avo_attention_last_error(void);

/* JSON: the run, version, lineage commit, suite and score the kernel came from, and the GPU it
 * was measured on. */
const char* avo_attention_provenance(void);

#ifdef __cplusplus
}
#endif

#endif /* AVO_ATTENTION_FORWARD_H_ */
