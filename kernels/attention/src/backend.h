// The interface between the front library (api.cpp: argument checks, no CUDA dependency) and
// the CUDA backend (backend.cpp: the judge's launcher and the embedded cubin, linked with the
// CUDA driver). The front loads the backend with dlopen on the first call that reaches the GPU,
// so a program linked with avo_attention starts, and gets its argument errors, on a machine
// without a CUDA driver.
#pragma once

#include <cstddef>

#include "avo/attention.h"

// The call's five tensors with their names, in the order the header lists them: what both the
// front's checks (pointers, alignment) and the backend's (device memory) walk.
struct NamedTensor {
  const void* p;
  const char* name;
};
inline void NamedTensors(const AvoAttentionForwardArgs& a, NamedTensor (&out)[5]) {
  out[0] = {a.q, "q"};
  out[1] = {a.k, "k"};
  out[2] = {a.v, "v"};
  out[3] = {a.o, "o"};
  out[4] = {a.lse, "lse"};
}

// The backend library's file name, looked up beside the front library.
#define AVO_ATTENTION_BACKEND_LIBRARY "libavo_attention_cuda.so"
#define AVO_ATTENTION_BACKEND_SYMBOL "avo_attention_backend_forward"

extern "C" {
// Runs checked arguments (api.cpp) on the GPU. On failure writes one line to error.
using AvoAttentionBackendForward = AvoAttentionStatus (*)(const AvoAttentionForwardArgs* args,
                                                          void* stream, char* error,
                                                          std::size_t error_bytes);
}
