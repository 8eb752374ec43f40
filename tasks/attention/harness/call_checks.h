// call_checks.h -- device-side checks of one call (evaluate.h): each adds the number of bad
// elements it finds to a device counter (unsigned long long, zeroed by the caller), so that a
// whole check costs one small copy back.
#pragma once

#include <cuda_runtime_api.h>

#include <cstdint>

#include "guards.h"
#include "input_draw.h"
#include "sampling.h"

namespace avo::attention {

// Elements of input tensor `t` that differ from what `d` drew (input_gen.cuh).
cudaError_t count_input_changes(const InputDraw& d, int t, const void* data, int64_t n,
                                unsigned long long* count, cudaStream_t stream);

// Words of a guard region that changed: every GPU judge's (guards.h).
using gpu_judge::count_guard_changes;

// bf16 elements that are NaN or infinite (poison left, or a broken output).
cudaError_t count_nonfinite_bf16(const void* data, int64_t n, unsigned long long* count,
                                 cudaStream_t stream);

// lse elements that are NaN or +infinity (-infinity is a row that sees no key).
cudaError_t count_bad_lse(const float* lse, int64_t n, unsigned long long* count,
                          cudaStream_t stream);

// Copies the sampled rows of o (bf16 BSHD) and, when lse is not null, of lse into compact
// arrays laid out as launch_sampled_reference's: o_rows [n_groups * 32, head_dim] bf16 bits,
// lse_rows [n_groups * 32]. Padding rows are left unwritten.
cudaError_t gather_sampled_rows(const AttentionShape& s, const void* o, const float* lse,
                                const SampleGroup* groups, int n_groups, uint16_t* o_rows,
                                float* lse_rows, cudaStream_t stream);

}  // namespace avo::attention
