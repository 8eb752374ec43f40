// The C API's front: argument checks (before any CUDA call), the thread's last error, the
// provenance, and the CUDA backend loaded on first use (backend.h).
#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <mutex>
#include <string>

#include "avo/attention.h"
#include "backend.h"

extern "C" const char avo_attention_provenance_json[];  // generated from PROVENANCE.json

namespace {

thread_local std::string last_error;

AvoAttentionStatus Fail(AvoAttentionStatus status, std::string message) {
  last_error = std::move(message);
  return status;
}

bool Aligned(const void* p) { return reinterpret_cast<std::uintptr_t>(p) % 16 == 0; }

// What is wrong with `a`, or AVO_ATTN_OK. The limits are those of the launch: grid y and z
// (heads, batch) at most 65535, TMA dimensions and strides in 32-bit element counts.
AvoAttentionStatus Check(const AvoAttentionForwardArgs* a) {
  if (a == nullptr) return Fail(AVO_ATTN_ERROR_NULL_ARGUMENT, "args is null");
  NamedTensor tensors[5];
  NamedTensors(*a, tensors);
  for (const auto& t : tensors) {
    if (t.p == nullptr) return Fail(AVO_ATTN_ERROR_NULL_ARGUMENT, std::string(t.name) + " is null");
  }
  if (a->head_dim != 64 && a->head_dim != 128) {
    return Fail(AVO_ATTN_ERROR_HEAD_DIM,
                "head_dim = " + std::to_string(a->head_dim) + " (supported: 64, 128)");
  }
  // Sequence lengths up to 2^30: the kernel's row and tile indices are 32-bit.
  const struct {
    int value;
    const char* name;
    int max;
  } sizes[] = {{a->batch, "batch", 65535},         {a->seqlen_q, "seqlen_q", 1 << 30},
               {a->seqlen_k, "seqlen_k", 1 << 30}, {a->heads_q, "heads_q", 65535},
               {a->heads_kv, "heads_kv", 65535},   {a->head_dim, "head_dim", 256}};
  for (const auto& s : sizes) {
    if (s.value < 1 || s.value > s.max) {
      return Fail(AVO_ATTN_ERROR_SHAPE, std::string(s.name) + " = " + std::to_string(s.value) +
                                            " (must be 1.." + std::to_string(s.max) + ")");
    }
  }
  if (a->heads_q % a->heads_kv != 0) {
    return Fail(AVO_ATTN_ERROR_SHAPE,
                "heads_q = " + std::to_string(a->heads_q) +
                    " is not a multiple of heads_kv = " + std::to_string(a->heads_kv));
  }
  // TMA strides (bytes between batch entries) must stay below 2^40.
  const std::int64_t row_q = std::int64_t{a->heads_q} * a->head_dim * 2;
  if (row_q * a->seqlen_q >= (std::int64_t{1} << 40) ||
      std::int64_t{a->heads_kv} * a->head_dim * 2 * a->seqlen_k >= (std::int64_t{1} << 40))
    return Fail(AVO_ATTN_ERROR_SHAPE,
                "one batch entry of q, k or v is 1 TiB or more (TMA strides stay below 2^40 B)");
  for (const auto& t : tensors) {
    if (!Aligned(t.p))
      return Fail(AVO_ATTN_ERROR_ALIGNMENT, std::string(t.name) + " is not 16-byte aligned");
  }
  // Below FLT_MIN the scale is subnormal; above 1e30 scale * log2(e) overflows to infinity.
  const float scale = a->softmax_scale;
  if (scale != 0.f && !(scale >= FLT_MIN && scale <= 1e30f)) {
    return Fail(AVO_ATTN_ERROR_SCALE,
                "softmax_scale = " + std::to_string(scale) +
                    " (must be in [1.2e-38, 1e30], or 0 for 1/sqrt(head_dim))");
  }
  return AVO_ATTN_OK;
}

// This library's own directory, taken when it is loaded: dladdr gives the path it was loaded
// by, which is relative when a program named it so, and a later chdir would move it.
std::string& OwnDirectory() {
  static std::string dir;
  return dir;
}

__attribute__((constructor)) void FindOwnDirectory() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&FindOwnDirectory), &info) == 0 || info.dli_fname == nullptr)
    return;
  char resolved[PATH_MAX];
  if (realpath(info.dli_fname, resolved) == nullptr) return;
  const std::string self = resolved;
  OwnDirectory() = self.substr(0, self.rfind('/') + 1);
}

// The backend beside this library (or on the loader's path), loaded once.
AvoAttentionBackendForward Backend(std::string* error) {
  static std::once_flag once;
  static AvoAttentionBackendForward forward = nullptr;
  static std::string why;
  std::call_once(once, [] {
    const std::string path = OwnDirectory() + AVO_ATTENTION_BACKEND_LIBRARY;
    // Beside this library first (an install, a build tree), then wherever the loader looks.
    void* lib = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    const char* e = lib == nullptr ? dlerror() : nullptr;
    std::string first = e != nullptr ? e : "";
    if (lib == nullptr && access(path.c_str(), F_OK) != 0) {
      lib = dlopen(AVO_ATTENTION_BACKEND_LIBRARY, RTLD_NOW | RTLD_LOCAL);
      e = lib == nullptr ? dlerror() : nullptr;
      first = e != nullptr ? e : first;
    }
    if (lib == nullptr) {
      why = first.find("libcuda") != std::string::npos
                ? "no NVIDIA driver here (" + first + ")"
                : "the CUDA backend " + path + " does not load: " + first;
      return;
    }
    forward =
        reinterpret_cast<AvoAttentionBackendForward>(dlsym(lib, AVO_ATTENTION_BACKEND_SYMBOL));
    if (forward == nullptr) why = std::string(AVO_ATTENTION_BACKEND_SYMBOL) + " not found";
  });
  *error = why;
  return forward;
}

}  // namespace

extern "C" AvoAttentionStatus avo_attention_forward(const AvoAttentionForwardArgs* args,
                                                    void* stream) {
  last_error.clear();
  if (AvoAttentionStatus s = Check(args); s != AVO_ATTN_OK) return s;
  std::string why;
  AvoAttentionBackendForward forward = Backend(&why);
  if (forward == nullptr) return Fail(AVO_ATTN_ERROR_NO_DEVICE, why);
  char error[512] = {0};
  const AvoAttentionStatus s = forward(args, stream, error, sizeof(error));
  if (s != AVO_ATTN_OK) last_error = error;
  return s;
}

extern "C" const char* avo_attention_last_error(void) { return last_error.c_str(); }

extern "C" const char* avo_attention_provenance(void) { return avo_attention_provenance_json; }
