// The seed x_0 of the matmul task: a cache-blocked triple loop. Everything here is the candidate
// and may be rewritten; the knobs below are what the mutate operator varies.
#include <algorithm>

#include "matmul.h"

namespace {

enum class Order { ijk, ikj, jki };

constexpr Order kOrder = Order::ijk;  // avo:knob order
constexpr int kBlock = 256;           // avo:knob block

// One block of C += A·B over rows [i0,i1), columns [j0,j1), inner dimension [k0,k1).
template <Order O>
void Block(const float* A, const float* B, float* C, int n, int i0, int i1, int j0, int j1, int k0,
           int k1) {
  if constexpr (O == Order::ijk) {
    for (int i = i0; i < i1; ++i)
      for (int j = j0; j < j1; ++j) {
        float acc = C[i * n + j];
        for (int k = k0; k < k1; ++k) acc += A[i * n + k] * B[k * n + j];
        C[i * n + j] = acc;
      }
  } else if constexpr (O == Order::ikj) {
    for (int i = i0; i < i1; ++i)
      for (int k = k0; k < k1; ++k) {
        const float a = A[i * n + k];
        for (int j = j0; j < j1; ++j) C[i * n + j] += a * B[k * n + j];
      }
  } else {
    for (int j = j0; j < j1; ++j)
      for (int k = k0; k < k1; ++k) {
        const float b = B[k * n + j];
        for (int i = i0; i < i1; ++i) C[i * n + j] += A[i * n + k] * b;
      }
  }
}

}  // namespace

void matmul(const float* A, const float* B, float* C, int n) {
  std::fill(C, C + static_cast<long>(n) * n, 0.0f);
  for (int i0 = 0; i0 < n; i0 += kBlock)
    for (int k0 = 0; k0 < n; k0 += kBlock)
      for (int j0 = 0; j0 < n; j0 += kBlock)
        Block<kOrder>(A, B, C, n, i0, std::min(i0 + kBlock, n), j0, std::min(j0 + kBlock, n), k0,
                      std::min(k0 + kBlock, n));
}
