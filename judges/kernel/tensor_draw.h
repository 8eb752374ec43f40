// tensor_draw.h -- the device side of a kernel task's tensors (decl.h): inputs drawn as pure
// functions of (seed, element index), so that after a call the judge re-derives them and proves
// the candidate left them unchanged without keeping a copy anywhere a kernel could read;
// outputs poisoned before every call, so that an element the candidate never wrote cannot pass.
//
// Draws (kernel.toml's `draw`), per element:
//   normal   floating point: N(0, 1) (Box-Muller over two 32-bit uniforms), rounded to the dtype
//            (bf16, f16: round to nearest even); integers: round(16 N(0, 1)), u8 its magnitude,
//            clamped to the dtype's range
//   uniform  floating point: uniform in [-1, 1); integers: uniform in [-128, 128), u8 [0, 256)
//   ones     1
// Poison: NaN for floating point (a NaN is never within any tolerance), 0xA5 bytes for integers.
#pragma once

#include <cuda_runtime.h>

#include <cstdint>

#include "decl.h"

namespace avo::kernel_judge {

// Enqueues the draw of `count` elements of `dtype` into `data`.
cudaError_t draw_tensor(void* data, DType dtype, Draw draw, uint64_t count, uint64_t seed,
                        cudaStream_t stream);

// Adds to *changed (device memory, zeroed by the caller) the elements of `data` that differ, bit
// for bit, from what draw_tensor wrote with the same arguments.
cudaError_t count_draw_changes(const void* data, DType dtype, Draw draw, uint64_t count,
                               uint64_t seed, unsigned long long* changed, cudaStream_t stream);

// Enqueues the poison of `count` elements of `dtype` into `data`.
cudaError_t poison_tensor(void* data, DType dtype, uint64_t count, cudaStream_t stream);

}  // namespace avo::kernel_judge
