// tensor_compare.h -- a candidate's output against the reference's, element by element, in the
// tensor's declared dtype: element i passes when |got - want| <= atol + rtol * |want| (kernel.toml's
// [tolerance]); where the reference is not finite the candidate must give the same (NaN for NaN,
// the same infinity), and a non-finite output where the reference is finite always fails.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "decl.h"

namespace avo::kernel_judge {

// One element of a dtype as a double (bf16 and f16 widened exactly).
double element_value(DType t, const uint8_t* p);

struct TensorComparison {
  uint64_t elements = 0;
  uint64_t mismatches = 0;      // elements outside the tolerance, non-finite ones included
  uint64_t nonfinite = 0;       // non-finite outputs where the reference is finite
  double max_abs_error = 0;     // over elements where both are finite
  double worst_tol_ratio = 0;   // max |got - want| / (atol + rtol * |want|); <= 1 passes
  uint64_t first_mismatch = 0;  // flat index; meaningful when mismatches > 0
  double first_got = 0, first_want = 0;

  [[nodiscard]] bool passed() const { return mismatches == 0; }
};

// Compares `count` elements of `dtype` at `got` and `want`.
TensorComparison compare_tensor(DType dtype, const uint8_t* got, const uint8_t* want,
                                uint64_t count, double atol, double rtol);

// One line: "y: 3 of 4096 elements off the tolerance, the first at [0, 17]: 1.25 where the
// reference has 1 (worst 2.1x the tolerance)", or "y: correct (worst 0.42x the tolerance)".
// `shape` turns the flat index into a multi-index.
std::string describe_comparison(const std::string& name, const std::vector<int64_t>& shape,
                                const TensorComparison& c);

}  // namespace avo::kernel_judge
