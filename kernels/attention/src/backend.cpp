// The CUDA backend of the library (backend.h): the cubin the lineage evolved, embedded at build
// time, loaded once per CUDA context by the judge's own launcher (tasks/attention/harness/
// launcher.h: module checks, launch description, TMA descriptors), and launched on the caller's
// stream. Arguments arrive checked by api.cpp.
#include "backend.h"

#include <cuda.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "launcher.h"

extern "C" const unsigned char avo_attention_cubin[];  // generated from the kernel's cubin
extern "C" const unsigned long long avo_attention_cubin_size;

namespace {

using avo::attention::AttentionShape;
using avo::attention::CallBuffers;
using avo::attention::CandidateModule;

// One loaded module per CUDA context; a module's bind and enqueue are one call's, so each has
// its own lock.
struct Loaded {
  std::mutex mu;
  CandidateModule module;
};

AvoAttentionStatus Fail(AvoAttentionStatus s, const std::string& why, char* error,
                        std::size_t bytes) {
  std::snprintf(error, bytes, "%s", why.c_str());
  return s;
}

// Each tensor must be memory of the current device (not host memory, not another GPU's): a
// kernel given anything else faults and takes the caller's whole CUDA context with it.
std::string CheckMemory(const AvoAttentionForwardArgs& a, CUdevice dev) {
  NamedTensor tensors[5];
  NamedTensors(a, tensors);
  for (const auto& t : tensors) {
    const auto ptr = reinterpret_cast<CUdeviceptr>(t.p);
    unsigned int type = 0;
    int ordinal = -1;
    if (cuPointerGetAttribute(&type, CU_POINTER_ATTRIBUTE_MEMORY_TYPE, ptr) != CUDA_SUCCESS ||
        cuPointerGetAttribute(&ordinal, CU_POINTER_ATTRIBUTE_DEVICE_ORDINAL, ptr) != CUDA_SUCCESS)
      return std::string(t.name) + " is not CUDA memory";
    if (type != CU_MEMORYTYPE_DEVICE)
      return std::string(t.name) + " is host memory; the kernel reads device memory";
    if (ordinal != static_cast<int>(dev)) {
      return std::string(t.name) + " is on device " + std::to_string(ordinal) +
             ", the current context's device is " + std::to_string(static_cast<int>(dev));
    }
  }
  return "";
}

// The current context's device, checked to be a Hopper GPU; "" or why not.
std::string CheckContext(CUcontext* ctx) {
  static const CUresult init = cuInit(0);
  if (init != CUDA_SUCCESS) return avo::attention::cu_message(init, "cuInit");
  if (cuCtxGetCurrent(ctx) != CUDA_SUCCESS || *ctx == nullptr)
    return "no CUDA context is current on this thread (select a device first, e.g. cudaSetDevice)";
  CUdevice dev = 0;
  int major = 0, minor = 0;
  if (cuCtxGetDevice(&dev) != CUDA_SUCCESS ||
      cuDeviceGetAttribute(&major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, dev) !=
          CUDA_SUCCESS ||
      cuDeviceGetAttribute(&minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, dev) !=
          CUDA_SUCCESS)
    return "cannot read the current device's compute capability";
  if (major != 9 || minor != 0) {
    return "the kernel is built for Hopper (compute capability 9.0, sm_90a); this device is " +
           std::to_string(major) + "." + std::to_string(minor);
  }
  return "";
}

// Keyed by the context's unique id, not its handle: a destroyed context's handle can come back
// for a new context, whose modules are not the old one's.
Loaded* ModuleFor(CUcontext ctx, std::string* why) {
  static std::mutex mu;
  static std::map<unsigned long long, std::unique_ptr<Loaded>> modules;
  unsigned long long id = 0;
  if (cuCtxGetId(ctx, &id) != CUDA_SUCCESS) {
    *why = "cannot read the current CUDA context's id";
    return nullptr;
  }
  std::lock_guard<std::mutex> lock(mu);
  auto it = modules.find(id);
  if (it != modules.end()) return it->second.get();
  auto loaded = std::make_unique<Loaded>();
  const std::vector<uint8_t> image(avo_attention_cubin,
                                   avo_attention_cubin + avo_attention_cubin_size);
  if (!loaded->module.load_image(image, why)) return nullptr;
  return modules.emplace(id, std::move(loaded)).first->second.get();
}

}  // namespace

extern "C" __attribute__((visibility("default"))) AvoAttentionStatus avo_attention_backend_forward(
    const AvoAttentionForwardArgs* a, void* stream, char* error, std::size_t error_bytes) {
  CUcontext ctx = nullptr;
  if (std::string why = CheckContext(&ctx); !why.empty())
    return Fail(AVO_ATTN_ERROR_NO_DEVICE, why, error, error_bytes);
  CUdevice dev = 0;
  if (cuCtxGetDevice(&dev) != CUDA_SUCCESS)
    return Fail(AVO_ATTN_ERROR_NO_DEVICE, "cannot read the current device", error, error_bytes);
  if (std::string bad = CheckMemory(*a, dev); !bad.empty())
    return Fail(AVO_ATTN_ERROR_MEMORY, bad, error, error_bytes);
  std::string why;
  Loaded* loaded = ModuleFor(ctx, &why);
  if (loaded == nullptr) return Fail(AVO_ATTN_ERROR_CUDA, why, error, error_bytes);
  AttentionShape s;
  s.batch = a->batch;
  s.heads_q = a->heads_q;
  s.heads_kv = a->heads_kv;
  s.seqlen_q = a->seqlen_q;
  s.seqlen_k = a->seqlen_k;
  s.head_dim = a->head_dim;
  s.causal = a->causal != 0;
  CallBuffers b;
  b.q = a->q;
  b.k = a->k;
  b.v = a->v;
  b.o = a->o;
  b.lse = a->lse;
  std::lock_guard<std::mutex> lock(loaded->mu);
  if (!loaded->module.prepare(s, &why)) return Fail(AVO_ATTN_ERROR_CUDA, why, error, error_bytes);
  if (loaded->module.variant().scratch_bytes > 0) {
    return Fail(AVO_ATTN_ERROR_CUDA,
                "this kernel version asks for scratch memory, which the "
                "library does not provide yet",
                error, error_bytes);
  }
  why = loaded->module.bind(s, b, a->softmax_scale);
  if (why.empty()) why = loaded->module.enqueue(static_cast<CUstream>(stream));
  if (!why.empty()) return Fail(AVO_ATTN_ERROR_CUDA, why, error, error_bytes);
  return AVO_ATTN_OK;
}
