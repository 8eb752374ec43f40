// param_layout.h -- the one parameter of a candidate's entry kernels, generated from the kernel
// declaration (decl.h): every tensor's device pointer, in declaration order, then every size as
// a 64-bit integer, in declaration order. The judge fills the block by `layout()`; the candidate
// compiles against `params_header()`, whose static_asserts pin each offset and the size, so the
// two cannot disagree without the candidate failing to build. Passed by value as a
// `const __grid_constant__ AvoKernelParams` (as the attention contract's AvoAttentionParams).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "decl.h"

namespace avo::kernel_judge {

struct ParamField {
  std::string name;
  size_t offset = 0;
  size_t bytes = 0;
  bool pointer = false;  // a tensor's device address; else a size (int64)
};

inline constexpr size_t kParamAlign = 16;

// The fields in order, with offsets; `*total` the struct's size (a multiple of kParamAlign).
std::vector<ParamField> layout(const KernelDecl& decl, size_t* total);

// The C++ header a candidate includes (`#include "avo_kernel_params.h"`), for host and device
// compilers alike.
std::string params_header(const KernelDecl& decl);

}  // namespace avo::kernel_judge
