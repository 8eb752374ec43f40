// The correctness rule of the matmul task: every checked element c of C = A·B satisfies
// |c - ref| <= atol + rtol * |ref|, ref its float64 dot product, and is finite.
#pragma once

#include <cstddef>
#include <random>
#include <string>
#include <vector>

namespace matmul_harness {

struct Tolerance {
  double atol = 1e-3, rtol = 1e-3;
};

struct Check {
  bool correct = true;
  double max_abs = 0, max_rel = 0;
  // The worst element's error over the error it is allowed (atol + rtol * |ref|): at most 1
  // passes, whatever max_rel says (an element near zero has a large relative error).
  double tol_ratio = 0;
  std::string message;  // the first wrong element, where one is wrong
};

// Every element of C (a snapshot the worker can no longer change) against the reference.
Check VerifyAll(const std::vector<float>& A, const std::vector<float>& B,
                const std::vector<float>& C, int n, Tolerance tol);

// Elements of C chosen at random after the call, read the moment it ended.
struct Sample {
  std::size_t i, j;
  float got;
};

// `count` random (i, j) from `pick`, with C's values at them read at once from `C`.
std::vector<Sample> TakeSamples(const float* C, int n, int count, std::mt19937_64& pick);

// The samples against their float64 dot products.
Check VerifySamples(const std::vector<float>& A, const std::vector<float>& B,
                    const std::vector<Sample>& samples, int n, Tolerance tol);

}  // namespace matmul_harness
