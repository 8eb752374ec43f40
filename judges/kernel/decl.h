// decl.h -- a GPU kernel task as its author declares it (kernel.toml beside task.toml), what the
// generic kernel judge measures: the configuration's named sizes, the tensors the candidate's
// kernel reads and writes (name, element type, shape as size expressions, role, how inputs are
// drawn), the work per call (FLOPs or bytes, for TFLOPS or GB/s), the tolerance, and the
// reference that defines the right answer (a PyTorch function in a file of the task, run by the
// judge in its own process, never the candidate's). Issue #27; the format is docs/kernel-judge.md's.
//
//   format = 1
//   sizes = ["rows", "cols"]
//   flops = "4 * rows * cols"            # and/or bytes = "..."
//   [[tensor]]
//   name = "x"   dtype = "bf16"   shape = ["rows", "cols"]   role = "input"   draw = "normal"
//   [[tensor]]
//   name = "y"   dtype = "bf16"   shape = ["rows", "cols"]   role = "output"
//   [tolerance]  atol = 1e-2  rtol = 1e-2
//   [reference]  python = "reference.py"  function = "rms_norm"  framework = "torch"
//   [[baseline]] name = "torch"  function = "rms_norm_torch"     # optional, timed beside
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "size_expr.h"

namespace avo::kernel_judge {

enum class DType { kBF16, kF16, kF32, kI32, kI64, kU8 };
// "bf16", "f16", "f32", "i32", "i64", "u8".
const char* dtype_name(DType t);
int dtype_bytes(DType t);

enum class Role { kInput, kOutput, kScratch };
const char* role_name(Role r);

// How an input's elements are drawn, fresh for every call from the judge's own randomness:
// normal (mean 0, standard deviation 1), uniform in [-1, 1), ones.
enum class Draw { kNormal, kUniform, kOnes };

struct TensorDecl {
  std::string name;
  DType dtype = DType::kF32;
  std::vector<SizeExpr> shape;  // outermost first, row-major, contiguous
  Role role = Role::kInput;
  Draw draw = Draw::kNormal;  // inputs only
};

// A library implementation timed beside the candidate when baselines are asked for (`avo bench`):
// a function of the reference's file, timed by the reference process (torch on the GPU).
struct BaselineDecl {
  std::string name;      // the key in the result's "baselines", e.g. "torch"
  std::string function;  // e.g. "rms_norm_compiled"
};

struct KernelDecl {
  std::vector<std::string> sizes;
  std::vector<TensorDecl> tensors;
  std::optional<SizeExpr> flops;  // per call
  std::optional<SizeExpr> bytes;  // per call
  double atol = 0, rtol = 0;      // |x - ref| <= atol + rtol * |ref|, per element
  std::string reference_python;   // a file of the task, relative to it
  std::string reference_function;
  // "torch" (tensors on the GPU where CUDA is, else the CPU) or "numpy" (bf16 as float32).
  std::string reference_framework = "torch";
  std::vector<BaselineDecl> baselines;

  // Each tensor's element count for these sizes (every declared size must be given, each > 0).
  // False with `error` naming the tensor or size.
  bool element_counts(const std::map<std::string, int64_t>& sizes, std::vector<int64_t>* counts,
                      std::string* error) const;
};

// The tensors' shapes for a configuration's sizes (in the declaration's order). False with one
// line naming the tensor and dimension.
bool tensor_shapes(const KernelDecl& decl, const std::vector<int64_t>& sizes,
                   std::vector<std::vector<int64_t>>* shapes, std::string* error);

// Parses kernel.toml's text; `origin` names it in errors. False with `error` set to one line
// naming the key ("kernel.toml: tensor[2].shape[1]: unknown size 'colz' (sizes: rows, cols) at
// column 1").
bool parse_kernel_decl(const std::string& text, const std::string& origin, KernelDecl* out,
                       std::string* error);

}  // namespace avo::kernel_judge
