#include "tensor_compare.h"

#include <cmath>
#include <cstring>
#include <sstream>

#include "bf16.h"

namespace avo::kernel_judge {
namespace {

template <class T>
T load(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// IEEE binary16 to double: subnormals, infinities and NaN included.
double half_value(uint16_t h) {
  const int sign = h >> 15, exponent = (h >> 10) & 0x1F, mantissa = h & 0x3FF;
  double v = 0;
  if (exponent == 0) {
    v = std::ldexp(mantissa, -24);
  } else if (exponent == 31) {
    v = mantissa == 0 ? INFINITY : NAN;
  } else {
    v = std::ldexp(mantissa + 1024, exponent - 25);
  }
  return sign ? -v : v;
}

// Same class of non-finite value: both NaN, or the same infinity.
bool same_nonfinite(double got, double want) {
  return std::isnan(want) ? std::isnan(got) : got == want;
}

}  // namespace

double element_value(DType t, const uint8_t* p) {
  switch (t) {
    case DType::kBF16:
      return static_cast<double>(gpu_judge::bf16_to_float(load<uint16_t>(p)));
    case DType::kF16:
      return half_value(load<uint16_t>(p));
    case DType::kF32:
      return static_cast<double>(load<float>(p));
    case DType::kI32:
      return static_cast<double>(load<int32_t>(p));
    case DType::kI64:
      return static_cast<double>(load<int64_t>(p));
    case DType::kU8:
      return static_cast<double>(*p);
  }
  return NAN;
}

TensorComparison compare_tensor(DType dtype, const uint8_t* got, const uint8_t* want,
                                uint64_t count, double atol, double rtol) {
  TensorComparison c;
  c.elements = count;
  const auto step = static_cast<size_t>(dtype_bytes(dtype));
  for (uint64_t i = 0; i < count; ++i) {
    const double g = element_value(dtype, got + i * step);
    const double w = element_value(dtype, want + i * step);
    bool ok = true;
    if (!std::isfinite(w)) {
      ok = same_nonfinite(g, w);
    } else if (!std::isfinite(g)) {
      ok = false;
      ++c.nonfinite;
    } else {
      const double err = std::fabs(g - w), allowed = atol + rtol * std::fabs(w);
      c.max_abs_error = std::max(c.max_abs_error, err);
      const double ratio = allowed > 0 ? err / allowed : (err > 0 ? INFINITY : 0);
      c.worst_tol_ratio = std::max(c.worst_tol_ratio, ratio);
      ok = err <= allowed;
    }
    if (!ok && c.mismatches++ == 0) {
      c.first_mismatch = i;
      c.first_got = g;
      c.first_want = w;
    }
  }
  return c;
}

std::string describe_comparison(const std::string& name, const std::vector<int64_t>& shape,
                                const TensorComparison& c) {
  std::ostringstream s;
  s << name << ": ";
  if (c.passed()) {
    s << "correct (worst " << c.worst_tol_ratio << "x the tolerance)";
    return s.str();
  }
  // The flat index as a multi-index, innermost dimension last.
  std::vector<int64_t> index(shape.size(), 0);
  uint64_t flat = c.first_mismatch;
  for (size_t d = shape.size(); d-- > 0;) {
    const auto extent = static_cast<uint64_t>(shape[d] > 0 ? shape[d] : 1);
    index[d] = static_cast<int64_t>(flat % extent);
    flat /= extent;
  }
  s << c.mismatches << " of " << c.elements << " elements off the tolerance, the first at [";
  for (size_t d = 0; d < index.size(); ++d) s << (d ? ", " : "") << index[d];
  s << "]: " << c.first_got << " where the reference has " << c.first_want;
  if (c.nonfinite > 0) s << "; " << c.nonfinite << " not finite";
  s << " (worst " << c.worst_tol_ratio << "x the tolerance)";
  return s.str();
}

}  // namespace avo::kernel_judge
