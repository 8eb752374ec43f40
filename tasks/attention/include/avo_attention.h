// avo_attention.h -- the attention candidate contract, version 2: device code only.
//
// Version history: 1 was a shared library whose host entry point the harness dlopened; it let
// candidate host code run inside the judge (forged results, patched timers, work on other
// streams) and was retired. 2 (this) admits device code only (docs/attention.md, "Contract").
//
// A candidate is CUDA device code that the task's build command compiles to one cubin
// (sm_90a, whole-program, no relocatable device code). It contains
//   - one or more `extern "C" __global__` entry kernels, each taking exactly one parameter,
//     `const __grid_constant__ AvoAttentionParams p`, and
//   - one launch description, `extern "C" __constant__ AvoAttentionLaunch avo_attention_launch`,
//     which tells the trusted launcher how to run each entry kernel.
// No candidate host code runs anywhere: the launcher (harness/launcher.h, driver API) loads the
// module, reads the description out of it, makes the TMA descriptors, and launches on the
// judge's own stream. This header is part of the trusted task: candidates include it, never
// edit it.
//
// Why __constant__ and not `__device__ const`: nvcc places `__device__ const` objects in the
// writable .nv.global.init section, so a kernel could rewrite its own description between
// calls; __constant__ memory (.nv.constant3) cannot be written by device code.
//
// Refused modules (judges/gpu_common/module_check.h): any writable device global (.nv.global,
// .nv.global.init, __managed__), any undefined symbol (device malloc, printf, device-side
// launches), no description or a description of another contract version. The only state a
// kernel may keep is the scratch buffer below, zeroed before every call.
//
// The computation is the forward pass of scaled dot-product attention as in FlashAttention:
//
//   for every batch b, query head h, query row i:
//     s_j    = softmax_scale * dot(q[b, i, h, :], k[b, j, h / group, :])   for visible keys j
//     lse    = log(sum_j exp(s_j))                                          (natural log)
//     o[b, i, h, :] = sum_j exp(s_j - lse) * v[b, j, h / group, :]
//   with group = heads_q / heads_kv (1: multi-head, > 1: grouped-query attention, GQA).
//
// Layout: BSHD as FlashAttention's flash_attn_func, dense, row-major.
//
//   tensor  type  shape                                  strides in elements (given in params)
//   q       bf16  [batch, seqlen_q, heads_q,  head_dim]  q_stride_{b,s,h}, 1
//   k, v    bf16  [batch, seqlen_k, heads_kv, head_dim]  kv_stride_{b,s,h}, 1
//   o       bf16  [batch, seqlen_q, heads_q,  head_dim]  as q
//   lse     fp32  [batch, heads_q, seqlen_q]             natural-log log-sum-exp of the scores
//
// bf16 is IEEE-754 binary32 truncated to its upper 16 bits (__nv_bfloat16). Query head h reads
// key/value head h / group: consecutive query heads share a KV head (FlashAttention-2, cuDNN).
//
// Causal masking (causal != 0) is aligned to the bottom-right corner of the score matrix, as in
// FlashAttention-2 >= 2.1 and cuDNN's bottom-right diagonal: query i sees key j iff
//     j <= i + (seqlen_k - seqlen_q).
// Rows that see no key (seqlen_q > seqlen_k, causal) have o = 0 and lse = -infinity.
//
// TMA descriptors: for each of q, k, v and o the launcher encodes a 4-D tiled tensor map over
// the tensor in global memory with dimensions, innermost first, (head_dim, heads, seqlen,
// batch), the element strides above, bf16 elements, out-of-bounds elements filled with zeros,
// and the box and swizzle the variant asks for in `tma[]`. A tensor whose box is all zeros gets
// no descriptor (its CUtensorMap is zero-filled). Coordinates are element indices in the same
// order: (d, h, s, b).
//
// Grid rules (AvoAttentionVariant::grid):
//   AVO_GRID_TILES       grid = (ceil(seqlen_q / block_m), heads_q, batch): one CTA per query
//                        m-tile x query head x batch (blockIdx.x = m-tile, .y = head, .z = batch).
//   AVO_GRID_PERSISTENT  grid = (min(sm_count * ctas_per_sm, num_m_tiles * heads_q * batch), 1, 1):
//                        each CTA walks tiles itself (for instance tile = blockIdx.x +
//                        i * gridDim.x, or through an atomic counter in the scratch buffer).
// The grid's x extent is rounded up to a multiple of cluster_x, and likewise y and z.
//
// Units: sizes in elements unless the name ends in _bytes; softmax_scale multiplies q.k.
#ifndef AVO_ATTENTION_H_
#define AVO_ATTENTION_H_

#include <cuda.h>  // CUtensorMap

#define AVO_ATTENTION_CONTRACT_VERSION 2

// The most variants a description may list, and the longest entry-kernel name.
#define AVO_ATTN_MAX_VARIANTS 8
#define AVO_ATTN_KERNEL_NAME_BYTES 64

enum AvoAttentionGrid {
  AVO_GRID_TILES = 0,
  AVO_GRID_PERSISTENT = 1,
};

enum AvoAttentionTensor {
  AVO_TENSOR_Q = 0,
  AVO_TENSOR_K = 1,
  AVO_TENSOR_V = 2,
  AVO_TENSOR_O = 3,
};

// The box one TMA copy moves, in elements per dimension (d, h, s, b), and its shared-memory
// swizzle in bytes: 0 (none), 32, 64 or 128. With a swizzle, box[0] * 2 bytes must not exceed it.
typedef struct {
  unsigned int box[4];
  unsigned int swizzle_bytes;
} AvoTmaBox;

// How to launch one entry kernel, and for which problems it is meant.
typedef struct {
  char kernel[AVO_ATTN_KERNEL_NAME_BYTES];  // the extern "C" __global__ entry's name, NUL-ended
  int head_dim;                             // the head dim this variant handles (e.g. 64, 128)
  int causal;                               // 0: non-causal only, 1: causal only, -1: both
  int threads_per_block;                    // 1..1024
  int dynamic_smem_bytes;                   // 0..227 KiB on Hopper (opted in by the launcher)
  int cluster[3];                           // cluster shape; {1, 1, 1} (or zeros) for none
  int grid;                                 // AvoAttentionGrid
  int block_m;                              // query rows per m-tile (both grid rules)
  int ctas_per_sm;                          // AVO_GRID_PERSISTENT: resident CTAs per SM wanted
  AvoTmaBox tma[4];                         // indexed by AvoAttentionTensor
  unsigned long long scratch_bytes;         // zeroed device scratch per call, at most 256 MiB
} AvoAttentionVariant;

typedef struct {
  int contract_version;  // AVO_ATTENTION_CONTRACT_VERSION
  int num_variants;      // 1..AVO_ATTN_MAX_VARIANTS; the first that matches a problem is used
  AvoAttentionVariant variants[AVO_ATTN_MAX_VARIANTS];
} AvoAttentionLaunch;

// The one parameter of every entry kernel, passed by value as a __grid_constant__.
typedef struct {
  CUtensorMap tma[4];  // indexed by AvoAttentionTensor; 64-byte aligned by its type

  const void* q;  // bf16, see the layout table
  const void* k;
  const void* v;
  void* o;
  float* lse;
  void* scratch;  // scratch_bytes of zeros at the start of every call; null when 0 bytes
  unsigned long long scratch_bytes;

  long long q_stride_b, q_stride_s, q_stride_h;     // also o's
  long long kv_stride_b, kv_stride_s, kv_stride_h;  // k's and v's
  long long lse_stride_b, lse_stride_h;             // lse's row stride is 1

  int batch, heads_q, heads_kv, group;  // group = heads_q / heads_kv
  int seqlen_q, seqlen_k, head_dim;
  int causal;           // 0 or 1
  int num_m_tiles;      // ceil(seqlen_q / block_m) of the variant launched
  int sm_count;         // multiprocessors of the device
  float softmax_scale;  // > 0 and finite (the suites use 1/sqrt(head_dim))
  float scale_log2;     // softmax_scale * log2(e), for exp2-based softmax
} AvoAttentionParams;

// The description's symbol name, for cuModuleGetGlobal.
#define AVO_ATTENTION_LAUNCH_SYMBOL "avo_attention_launch"

#endif  // AVO_ATTENTION_H_
