#include "launcher.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>

#include "function_attributes.h"
#include "local_scrub.h"
#include "module_check.h"

namespace avo::attention {

namespace {

// A 4-D tiled map over a BSHD bf16 tensor: dims (d, h, s, b), strides in bytes.
std::string encode(CUtensorMap* map, const void* base, int b, int s, int h, int d,
                   const AvoTmaBox& box) {
  std::memset(map, 0, sizeof(*map));
  if (box.box[0] == 0) return "";
  const cuuint64_t dims[4] = {static_cast<cuuint64_t>(d), static_cast<cuuint64_t>(h),
                              static_cast<cuuint64_t>(s), static_cast<cuuint64_t>(b)};
  const cuuint64_t strides[3] = {2ull * d, 2ull * d * h, 2ull * d * h * s};
  const cuuint32_t boxd[4] = {box.box[0], box.box[1], box.box[2], box.box[3]};
  const cuuint32_t elem[4] = {1, 1, 1, 1};
  CUtensorMapSwizzle sw = CU_TENSOR_MAP_SWIZZLE_NONE;
  if (box.swizzle_bytes == 32) sw = CU_TENSOR_MAP_SWIZZLE_32B;
  if (box.swizzle_bytes == 64) sw = CU_TENSOR_MAP_SWIZZLE_64B;
  if (box.swizzle_bytes == 128) sw = CU_TENSOR_MAP_SWIZZLE_128B;
  const CUresult r =
      cuTensorMapEncodeTiled(map, CU_TENSOR_MAP_DATA_TYPE_BFLOAT16, 4, const_cast<void*>(base),
                             dims, strides, boxd, elem, CU_TENSOR_MAP_INTERLEAVE_NONE, sw,
                             CU_TENSOR_MAP_L2_PROMOTION_L2_256B, CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE);
  return r == CUDA_SUCCESS ? "" : cu_message(r, "cuTensorMapEncodeTiled");
}

}  // namespace

CandidateModule::~CandidateModule() {
  if (module_ != nullptr) cuModuleUnload(module_);
}

bool CandidateModule::load(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read the candidate module " + path + " (did the build write it?)";
    return false;
  }
  const std::vector<uint8_t> image((std::istreambuf_iterator<char>(in)),
                                   std::istreambuf_iterator<char>());
  return load_image(image, error);
}

bool CandidateModule::load_image(const std::vector<uint8_t>& image, std::string* error) {
  const gpu_judge::ModuleCheck check =
      gpu_judge::check_module(image, kLaunchSymbol, sizeof(AvoAttentionLaunch));
  if (!check.ok) {
    *error = "refused: " + check.reason;
    return false;
  }
  if (const std::string why = gpu_judge::read_device_limits(&limits_); !why.empty()) {
    *error = why;
    return false;
  }
  CUresult r = cuModuleLoadData(&module_, image.data());
  if (r != CUDA_SUCCESS) {
    *error = cu_message(r, "cuModuleLoadData (is it built for this GPU, sm_90a?)");
    return false;
  }
  if (std::string why = constants_.capture(module_, check.constants); !why.empty()) {
    *error = why;
    return false;
  }
  CUdeviceptr sym = 0;
  size_t bytes = 0;
  r = cuModuleGetGlobal(&sym, &bytes, module_, AVO_ATTENTION_LAUNCH_SYMBOL);
  if (r == CUDA_SUCCESS && bytes != sizeof(launch_)) r = CUDA_ERROR_INVALID_IMAGE;
  if (r == CUDA_SUCCESS) r = cuMemcpyDtoH(&launch_, sym, sizeof(launch_));
  if (r != CUDA_SUCCESS) {
    *error = cu_message(r, "reading avo_attention_launch");
    return false;
  }
  if (!validate_launch(launch_, check.kernels, limits_, error)) return false;
  // Each variant against the function it names: refused here, once, rather than failing (or
  // poisoning the context) at its first call.
  for (int i = 0; i < launch_.num_variants; ++i) {
    const AvoAttentionVariant& v = launch_.variants[i];
    const std::string name(v.kernel, strnlen(v.kernel, AVO_ATTN_KERNEL_NAME_BYTES));
    CUfunction fn = nullptr;
    r = cuModuleGetFunction(&fn, module_, name.c_str());
    FunctionNeeds needs;
    std::string why;
    if (r != CUDA_SUCCESS) {
      *error = cu_message(r, ("cuModuleGetFunction(" + name + ")").c_str());
      return false;
    }
    why = gpu_judge::read_function_needs(fn, launch_shape(v), &needs);
    if (!why.empty()) {
      *error = "launch description variant " + std::to_string(i) + " (" + name + "): " + why;
      return false;
    }
    if (!check_function_fit(v, i, needs, limits_, error)) return false;
    int local = 0;
    r = cuFuncGetAttribute(&local, CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES, fn);
    if (r != CUDA_SUCCESS) {
      *error = cu_message(r, "reading the entry kernel's local memory size");
      return false;
    }
    local_window_ = std::max(local_window_, static_cast<size_t>(local));
  }
  // A thread's window is its frame and the stack above it; the judge clears it between calls.
  size_t stack = 0;
  if (cuCtxGetLimit(&stack, CU_LIMIT_STACK_SIZE) != CUDA_SUCCESS) stack = 0;
  local_window_ += stack;
  if (local_window_ > gpu_judge::kMaxScrubBytes) {
    *error = "the entry kernels' local memory (" + std::to_string(local_window_) +
             " bytes a thread with the stack) is over the " +
             std::to_string(gpu_judge::kMaxScrubBytes >> 10) +
             " KiB the judge clears between calls";
    return false;
  }
  return true;
}

std::string CandidateModule::restore_constants(CUstream stream) {
  return constants_.restore(stream);
}

std::string CandidateModule::snapshot_constants(CUstream stream, uint8_t* host) const {
  return constants_.snapshot(stream, host);
}

std::string CandidateModule::compare_constants(const uint8_t* snapshot) const {
  return constants_.compare(snapshot);
}

bool CandidateModule::prepare(const AttentionShape& s, std::string* error) {
  variant_ = nullptr;  // set only once the variant is ready
  const AvoAttentionVariant* v = pick_variant(launch_, s, error);
  if (v == nullptr) return false;
  const std::string name(v->kernel, strnlen(v->kernel, AVO_ATTN_KERNEL_NAME_BYTES));
  CUresult r = cuModuleGetFunction(&function_, module_, name.c_str());
  if (r != CUDA_SUCCESS) {
    *error = cu_message(r, ("cuModuleGetFunction(" + name + ")").c_str());
    return false;
  }
  // The entry takes exactly one parameter, an AvoAttentionParams.
  size_t off = 0, size = 0;
  if (cuFuncGetParamInfo(function_, 0, &off, &size) != CUDA_SUCCESS ||
      size != sizeof(AvoAttentionParams) ||
      cuFuncGetParamInfo(function_, 1, &off, &size) == CUDA_SUCCESS) {
    *error = "entry kernel " + name +
             " must take exactly one parameter, const __grid_constant__ AvoAttentionParams";
    return false;
  }
  r = cuFuncSetAttribute(function_, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                         v->dynamic_smem_bytes);
  if (r == CUDA_SUCCESS && cluster_size(*v) > 8) {  // above the portable size
    r = cuFuncSetAttribute(function_, CU_FUNC_ATTRIBUTE_NON_PORTABLE_CLUSTER_SIZE_ALLOWED, 1);
  }
  if (r != CUDA_SUCCESS) {
    *error = cu_message(r, ("preparing " + name).c_str());
    return false;
  }
  variant_ = v;
  return true;
}

std::string CandidateModule::bind(const AttentionShape& s, const CallBuffers& b,
                                  float softmax_scale) {
  bound_ = false;
  const AvoAttentionVariant& v = *variant_;
  AvoAttentionParams& p = params_;
  std::memset(&p, 0, sizeof(p));
  const void* base[4] = {b.q, b.k, b.v, b.o};
  const int heads[4] = {s.heads_q, s.heads_kv, s.heads_kv, s.heads_q};
  const int seq[4] = {s.seqlen_q, s.seqlen_k, s.seqlen_k, s.seqlen_q};
  for (int t = 0; t < 4; ++t) {
    std::string why = encode(&p.tma[t], base[t], s.batch, seq[t], heads[t], s.head_dim, v.tma[t]);
    if (!why.empty()) return "TMA descriptor " + std::to_string(t) + ": " + why;
  }
  p.q = b.q;
  p.k = b.k;
  p.v = b.v;
  p.o = b.o;
  p.lse = b.lse;
  p.scratch = b.scratch;
  p.scratch_bytes = v.scratch_bytes;
  p.q_stride_h = s.head_dim;
  p.q_stride_s = static_cast<long long>(s.heads_q) * s.head_dim;
  p.q_stride_b = p.q_stride_s * s.seqlen_q;
  p.kv_stride_h = s.head_dim;
  p.kv_stride_s = static_cast<long long>(s.heads_kv) * s.head_dim;
  p.kv_stride_b = p.kv_stride_s * s.seqlen_k;
  p.lse_stride_h = s.seqlen_q;
  p.lse_stride_b = static_cast<long long>(s.seqlen_q) * s.heads_q;
  p.batch = s.batch;
  p.heads_q = s.heads_q;
  p.heads_kv = s.heads_kv;
  p.group = s.heads_q / s.heads_kv;
  p.seqlen_q = s.seqlen_q;
  p.seqlen_k = s.seqlen_k;
  p.head_dim = s.head_dim;
  p.causal = s.causal ? 1 : 0;
  p.num_m_tiles = num_m_tiles(v, s);
  p.sm_count = limits_.sm_count;
  p.softmax_scale = softmax_scale > 0.f ? softmax_scale : softmax_scale_for(s.head_dim);
  p.scale_log2 = p.softmax_scale * 1.4426950408889634f;

  std::string why;
  if (!grid_for(v, s, limits_.sm_count, &grid_, &why)) return why;
  bound_ = true;
  return "";
}

std::string CandidateModule::enqueue(CUstream stream) {
  if (!bound_) return "harness: enqueue before bind";
  const unsigned grid[3] = {grid_[0], grid_[1], grid_[2]};
  return gpu_judge::launch_function(function_, grid, launch_shape(*variant_), stream, &params_);
}

}  // namespace avo::attention
