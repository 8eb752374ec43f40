// compare.h -- the correctness rule: a candidate's output against the reference, every element.
//
// Element rule: |x - ref| <= atol + rtol * (|ref| + sigma), with
//   - sigma the element's error scale from the reference (0 where none is given): for o,
//     sigma_id = sqrt(sum_j (p_ij v_jd)^2) / l_i, the spread of the terms the output sums. Rounding
//     the probabilities to bf16 before P*V (FlashAttention does) perturbs o_id by about
//     2^-9 / sqrt(3) * sigma_id, a tenth of rtol * sigma at rtol = 1e-2; but for a row over 32K
//     keys sigma is ~0.01, so an output of zeros still misses by ~|ref| >> atol. A plain
//     |ref|-relative rule cannot tell these apart: rows over few keys cancel to small |ref| with
//     large per-term rounding, rows over many keys have tiny |ref| and tiny rounding;
//   - a NaN in the output never passing (outputs are filled with NaN before each call, so an
//     element the candidate did not write fails here);
//   - an infinite reference (lse = -inf for a row that sees no key) passing only when the
//     output is exactly the same infinity; an infinite output against a finite reference fails.
// Aggregate rule, for o only: ||x - ref||_2 / ||ref||_2 <= max_rel_l2 over the finite pairs,
// which catches an output that is small everywhere (zeros pass an absolute tolerance wherever
// |ref| is tiny, but not this).
// Every figure reported is finite, so it can be written to JSON.
#pragma once

#include <cstdint>
#include <string>

namespace avo::attention {

struct ElementTolerance {
  double atol = 0;
  double rtol = 0;
};

struct ErrorStats {
  int64_t count = 0;           // elements compared
  int64_t mismatches = 0;      // elements failing the element rule (NaNs included)
  int64_t nonfinite = 0;       // NaN or infinite outputs where the reference is finite
  double max_abs = 0;          // largest |x - ref| over finite pairs
  double max_tol_ratio = 0;    // largest |x - ref| / (atol + rtol (|ref| + sigma)): <= 1 passes
  double rel_l2 = 0;           // ||x - ref|| / ||ref|| over finite pairs
  int64_t first_bad = -1;      // index of the first mismatch, -1 if none
  double first_bad_value = 0;  // its value (0 if not finite; see first_bad_desc)
  double first_bad_ref = 0;
  std::string first_bad_desc;  // "x=nan ref=0.0123" for messages

  [[nodiscard]] bool elements_ok() const { return mismatches == 0; }
};

// True when one element passes the element rule.
bool element_ok(double x, double ref, double sigma, const ElementTolerance& tol);

// Compares n bf16 outputs (raw bits) with fp32 references; `sigma` (n values) or nullptr.
ErrorStats compare_bf16(const uint16_t* x, const float* ref, const float* sigma, int64_t n,
                        const ElementTolerance& tol);

// Compares n fp32 outputs with fp32 references; `sigma` (n values) or nullptr.
ErrorStats compare_f32(const float* x, const float* ref, const float* sigma, int64_t n,
                       const ElementTolerance& tol);

}  // namespace avo::attention
