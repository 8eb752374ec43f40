// device_fill.h -- filling device buffers: random inputs, NaN poison.
#pragma once

#include <cuda_runtime_api.h>

#include <cstdint>

#include "guards.h"
#include "input_draw.h"

namespace avo::attention {

// n bf16 values drawn from N(0, 1) (Box-Muller on a counter-based hash of (seed, index)), so
// the same seed gives the same tensor and different seeds independent ones.
cudaError_t fill_normal_bf16(void* data, int64_t n, uint64_t seed, cudaStream_t stream);

// n 16-bit words set to `bits` (kBf16QuietNan poisons a bf16 output).
cudaError_t fill_u16(void* data, int64_t n, uint16_t bits, cudaStream_t stream);

// n floats set to `value` (NaN poisons the lse output).
cudaError_t fill_f32(float* data, int64_t n, float value, cudaStream_t stream);

// Tensor `t` (kTensorQ/K/V) of a call's inputs, n bf16 elements, as drawn by `d` (input_draw.h).
cudaError_t fill_input(const InputDraw& d, int t, void* data, int64_t n, cudaStream_t stream);

// The guard regions' fill and the seed mixing are every GPU judge's (guards.h).
using gpu_judge::fill_guard;
using gpu_judge::mix_seed;

}  // namespace avo::attention
