// avo_attention.h -- the attention candidate ABI, version 1.
//
// Every attention candidate is a shared library (libcandidate.so) exporting exactly this C entry
// point; the harness (avo-attention-harness) dlopens it, calls it on inputs it generated itself
// and checks the outputs element by element against its own fp32 reference. This header is part
// of the trusted task: candidates implement it, they never edit it.
//
// The computation is the forward pass of scaled dot-product attention as in FlashAttention:
//
//   for every batch b, query head h, query row i:
//     s_j    = softmax_scale * dot(q[b, i, h, :], k[b, j, h / group, :])   for visible keys j
//     lse    = log(sum_j exp(s_j))                                          (natural log)
//     o[b, i, h, :] = sum_j exp(s_j - lse) * v[b, j, h / group, :]
//   with group = heads_q / heads_kv (1: multi-head, > 1: grouped-query attention, GQA).
//
// Layout (BSHD, as FlashAttention's flash_attn_func), all tensors dense and contiguous,
// row-major, element strides given in brackets:
//   q   : bf16 [batch, seqlen_q, heads_q,  head_dim]   (seqlen_q*heads_q*head_dim,
//   heads_q*head_dim, head_dim, 1) k, v: bf16 [batch, seqlen_k, heads_kv, head_dim]
//   (seqlen_k*heads_kv*head_dim, heads_kv*head_dim, head_dim, 1) o   : bf16 [batch, seqlen_q,
//   heads_q,  head_dim]   like q lse : fp32 [batch, heads_q, seqlen_q]              natural-log
//   log-sum-exp of the scaled scores
// bf16 is IEEE-754 binary32 truncated to its upper 16 bits (__nv_bfloat16). Query head h reads
// key/value head h / (heads_q / heads_kv): consecutive query heads share a KV head, as in
// FlashAttention-2 and cuDNN.
//
// Causal masking (causal != 0) is aligned to the bottom-right corner of the score matrix, as in
// FlashAttention-2 >= 2.1 and cuDNN's "bottom-right" diagonal alignment: query i sees key j iff
//     j <= i + (seqlen_k - seqlen_q).
// With seqlen_q == seqlen_k this is the usual lower-triangular mask. With seqlen_q > seqlen_k the
// first seqlen_q - seqlen_k query rows see no key at all; for such rows o must be 0 and lse must
// be -infinity (the log of an empty sum). Non-causal attention sees every key.
//
// Preconditions the harness guarantees (a candidate may rely on them and should return
// AVO_ATTN_ERR_UNSUPPORTED / AVO_ATTN_ERR_INVALID_ARGUMENT instead of misbehaving otherwise):
//   - all pointers are device pointers from cudaMalloc, 256-byte aligned, not aliasing each other;
//   - batch, heads_q, heads_kv, seqlen_q, seqlen_k >= 1; heads_q % heads_kv == 0;
//   - head_dim is 64 or 128 in the suites (a candidate may support more);
//   - softmax_scale > 0 and finite (the suites use 1/sqrt(head_dim)).
//
// Stream and synchronisation: all work is enqueued on `stream`; the function must not
// synchronise the device or the stream, allocate per call (cudaMalloc/cudaFree), or keep state
// that makes a later call depend on an earlier one's inputs. The harness times the call with
// CUDA events recorded on `stream` around it, so work on any other stream is not counted and
// its results are not waited for: it makes outputs wrong, not faster.
//
// Return value: AVO_ATTN_OK (0) when all work was enqueued, otherwise one of the codes below.
// Asynchronous faults (illegal address and the like) surface at the harness's next
// synchronisation and are reported as failures of the candidate.
#ifndef AVO_ATTENTION_H_
#define AVO_ATTENTION_H_

#include <cuda_runtime_api.h>

#define AVO_ATTENTION_ABI_VERSION 1

enum {
  AVO_ATTN_OK = 0,
  AVO_ATTN_ERR_INVALID_ARGUMENT = 1,  // null pointer, size < 1, heads_q % heads_kv != 0, bad scale
  AVO_ATTN_ERR_UNSUPPORTED = 2,       // a valid shape this candidate does not implement
  AVO_ATTN_ERR_CUDA = 3,              // a CUDA call or kernel launch failed while enqueuing
};

#ifdef __cplusplus
extern "C" {
#endif

// The entry point the harness looks up with dlsym("avo_attention_forward").
int avo_attention_forward(const void* q, const void* k, const void* v, void* o, float* lse,
                          int batch, int heads_q, int heads_kv, int seqlen_q, int seqlen_k,
                          int head_dim, int causal, float softmax_scale, cudaStream_t stream);

// The function type, for dlsym.
typedef int (*avo_attention_forward_fn)(const void*, const void*, const void*, void*, float*, int,
                                        int, int, int, int, int, int, float, cudaStream_t);

#ifdef __cplusplus
}
#endif

#endif  // AVO_ATTENTION_H_
