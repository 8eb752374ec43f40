#include "check.h"

#include <algorithm>
#include <cmath>

namespace matmul_harness {
namespace {

// Records one element's error in `c`; the first wrong one names itself in the message.
void Judge(Check& c, std::size_t i, std::size_t j, double got, double ref, Tolerance tol) {
  const double err = std::fabs(got - ref);
  if (!std::isfinite(got) || err > tol.atol + tol.rtol * std::fabs(ref)) {
    if (c.correct)
      c.message = "C[" + std::to_string(i) + "][" + std::to_string(j) +
                  "] = " + std::to_string(got) + ", expected " + std::to_string(ref);
    c.correct = false;
  }
  if (std::isfinite(got)) {
    c.max_abs = std::max(c.max_abs, err);
    c.max_rel = std::max(c.max_rel, err / std::max(std::fabs(ref), 1e-30));
    c.tol_ratio = std::max(c.tol_ratio, err / (tol.atol + tol.rtol * std::fabs(ref)));
  }
}

}  // namespace

Check VerifyAll(const std::vector<float>& A, const std::vector<float>& B,
                const std::vector<float>& C, int n, Tolerance tol) {
  Check c;
  const auto un = static_cast<std::size_t>(n);
  std::vector<double> row(un);
  for (std::size_t i = 0; i < un; ++i) {
    std::fill(row.begin(), row.end(), 0.0);
    for (std::size_t k = 0; k < un; ++k) {
      const double a = A[i * un + k];
      for (std::size_t j = 0; j < un; ++j) row[j] += a * B[k * un + j];
    }
    for (std::size_t j = 0; j < un; ++j) Judge(c, i, j, C[i * un + j], row[j], tol);
  }
  return c;
}

std::vector<Sample> TakeSamples(const float* C, int n, int count, std::mt19937_64& pick) {
  const auto un = static_cast<std::size_t>(n);
  std::uniform_int_distribution<std::size_t> index(0, un - 1);
  std::vector<Sample> out(static_cast<std::size_t>(count));
  for (auto& s : out) {
    s.i = index(pick);
    s.j = index(pick);
  }
  // Read together, after every index is known: the fewer instructions between the end of the
  // call and these loads, the less a worker still writing C in the background can finish.
  for (auto& s : out) s.got = C[s.i * un + s.j];
  return out;
}

Check VerifySamples(const std::vector<float>& A, const std::vector<float>& B,
                    const std::vector<Sample>& samples, int n, Tolerance tol) {
  Check c;
  const auto un = static_cast<std::size_t>(n);
  for (const Sample& s : samples) {
    double ref = 0;
    for (std::size_t k = 0; k < un; ++k)
      ref += static_cast<double>(A[s.i * un + k]) * static_cast<double>(B[k * un + s.j]);
    Judge(c, s.i, s.j, s.got, ref, tol);
  }
  return c;
}

}  // namespace matmul_harness
