// attention.cu -- the seed's implementation of the candidate ABI (../include/avo_attention.h):
// argument checks, then one launch of flash_fwd_kernel specialised for the head dim, the causal
// flag and the knobs of knobs.h.
#include <cmath>
#include <cstdint>

#include "avo_attention.h"
#include "flash_fwd.cuh"
#include "knobs.h"

namespace avo_seed {
namespace {

template <int kHeadDim, bool kCausal>
int launch(const Params& p, int batch, cudaStream_t stream) {
  using S = Shape<kHeadDim, kWarps, kMTilesPerWarp, kBlockN, kStages>;
  auto* kernel = flash_fwd_kernel<kHeadDim, kWarps, kMTilesPerWarp, kBlockN, kStages, kCausal>;
  // Above 48 KB a kernel must opt in to its dynamic shared memory.
  if (cudaFuncSetAttribute(kernel, cudaFuncAttributeMaxDynamicSharedMemorySize,
                           static_cast<int>(S::kSmemBytes)) != cudaSuccess) {
    return AVO_ATTN_ERR_CUDA;
  }
  const dim3 grid((p.seqlen_q + S::kBlockM - 1) / S::kBlockM, p.heads_q, batch);
  if (p.heads_q > 65535 || batch > 65535) return AVO_ATTN_ERR_UNSUPPORTED;  // grid y/z limits
  kernel<<<grid, S::kThreads, S::kSmemBytes, stream>>>(p);
  return cudaGetLastError() == cudaSuccess ? AVO_ATTN_OK : AVO_ATTN_ERR_CUDA;
}

bool aligned16(const void* ptr) { return reinterpret_cast<uintptr_t>(ptr) % 16 == 0; }

}  // namespace
}  // namespace avo_seed

extern "C" int avo_attention_forward(const void* q, const void* k, const void* v, void* o,
                                     float* lse, int batch, int heads_q, int heads_kv, int seqlen_q,
                                     int seqlen_k, int head_dim, int causal, float softmax_scale,
                                     cudaStream_t stream) {
  using namespace avo_seed;
  if (!q || !k || !v || !o || !lse) return AVO_ATTN_ERR_INVALID_ARGUMENT;
  if (batch < 1 || heads_q < 1 || heads_kv < 1 || seqlen_q < 1 || seqlen_k < 1 || head_dim < 1)
    return AVO_ATTN_ERR_INVALID_ARGUMENT;
  if (heads_q % heads_kv != 0) return AVO_ATTN_ERR_INVALID_ARGUMENT;
  if (!(softmax_scale > 0.f) || !std::isfinite(softmax_scale)) return AVO_ATTN_ERR_INVALID_ARGUMENT;
  // cp.async moves 16 bytes at a time, so every row must start on a 16-byte boundary.
  if (!aligned16(q) || !aligned16(k) || !aligned16(v) || !aligned16(o))
    return AVO_ATTN_ERR_UNSUPPORTED;

  Params p{};
  p.q = static_cast<const bf16*>(q);
  p.k = static_cast<const bf16*>(k);
  p.v = static_cast<const bf16*>(v);
  p.o = static_cast<bf16*>(o);
  p.lse = lse;
  p.seqlen_q = seqlen_q;
  p.seqlen_k = seqlen_k;
  p.heads_q = heads_q;
  p.heads_kv = heads_kv;
  p.group = heads_q / heads_kv;
  p.scale_log2 = softmax_scale * 1.4426950408889634f;

  switch (head_dim) {
    case 64:
      return causal ? launch<64, true>(p, batch, stream) : launch<64, false>(p, batch, stream);
    case 128:
      return causal ? launch<128, true>(p, batch, stream) : launch<128, false>(p, batch, stream);
    default:
      return AVO_ATTN_ERR_UNSUPPORTED;
  }
}
