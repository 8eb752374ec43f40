// The interface between the front library (api.cpp: argument checks, no CUDA dependency) and
// the CUDA backend (backend.cpp: the judge's launcher and the embedded cubin, linked with the
// CUDA driver). The front loads the backend with dlopen on the first call that reaches the GPU,
// so a program linked with avo_attention starts, and gets its argument errors, on a machine
// without a CUDA driver.
#pragma once

#include <cstddef>

#include "avo/attention.h"

// The backend library's file name, looked up beside the front library.
#define AVO_ATTENTION_BACKEND_LIBRARY "libavo_attention_cuda.so"
#define AVO_ATTENTION_BACKEND_SYMBOL "avo_attention_backend_forward"

extern "C" {
// Runs checked arguments (api.cpp) on the GPU. On failure writes one line to error.
using AvoAttentionBackendForward = AvoAttentionStatus (*)(const AvoAttentionForwardArgs* args,
                                                          void* stream, char* error,
                                                          std::size_t error_bytes);
}
