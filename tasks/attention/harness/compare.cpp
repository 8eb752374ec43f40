#include "compare.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <thread>
#include <vector>

#include "bf16.h"

namespace avo::attention {
using gpu_judge::bf16_to_float;

namespace {

struct Partial {
  int64_t count = 0, mismatches = 0, nonfinite = 0, first_bad = -1;
  double max_abs = 0, max_tol_ratio = 0, sum_d2 = 0, sum_r2 = 0;
  double bad_x = 0, bad_ref = 0;
};

template <typename Load>
void compare_range(Load load, const float* ref, const float* sigma, int64_t begin, int64_t end,
                   const ElementTolerance& tol, Partial* p) {
  for (int64_t i = begin; i < end; ++i) {
    const double x = load(i);
    const double r = ref[i];
    const double sg = sigma != nullptr ? static_cast<double>(sigma[i]) : 0.0;
    ++p->count;
    const bool ok = element_ok(x, r, sg, tol);
    if (std::isfinite(x) && std::isfinite(r)) {
      const double d = std::fabs(x - r);
      p->max_abs = std::max(p->max_abs, d);
      const double bound = tol.atol + tol.rtol * (std::fabs(r) + sg);
      if (bound > 0) p->max_tol_ratio = std::max(p->max_tol_ratio, d / bound);
      p->sum_d2 += d * d;
      p->sum_r2 += r * r;
    } else if (std::isfinite(r)) {
      ++p->nonfinite;
    }
    if (!ok) {
      if (p->first_bad < 0) {
        p->first_bad = i;
        p->bad_x = x;
        p->bad_ref = r;
      }
      ++p->mismatches;
    }
  }
}

// Splits [0, n) over the machine's cores: the largest outputs hold 10^8 elements and are
// compared twice per configuration.
template <typename Load>
ErrorStats compare_all(Load load, const float* ref, const float* sigma, int64_t n,
                       const ElementTolerance& tol) {
  const int64_t kMinPerThread = int64_t{1} << 20;
  const int64_t hw = std::max(1u, std::thread::hardware_concurrency());
  const int64_t threads = std::clamp<int64_t>(n / kMinPerThread, 1, std::min<int64_t>(hw, 32));
  std::vector<Partial> parts(static_cast<size_t>(threads));
  std::vector<std::thread> pool;
  const int64_t chunk = (n + threads - 1) / threads;
  for (int64_t t = 0; t < threads; ++t) {
    const int64_t b = std::min(n, t * chunk), e = std::min(n, b + chunk);
    Partial* p = &parts[static_cast<size_t>(t)];
    if (t == threads - 1) {
      compare_range(load, ref, sigma, b, e, tol, p);
    } else {
      pool.emplace_back([=, &tol] { compare_range(load, ref, sigma, b, e, tol, p); });
    }
  }
  for (auto& th : pool) th.join();

  ErrorStats s;
  double sum_d2 = 0, sum_r2 = 0;
  for (const Partial& p : parts) {  // in index order, so first_bad is the lowest index
    s.count += p.count;
    s.mismatches += p.mismatches;
    s.nonfinite += p.nonfinite;
    s.max_abs = std::max(s.max_abs, p.max_abs);
    s.max_tol_ratio = std::max(s.max_tol_ratio, p.max_tol_ratio);
    sum_d2 += p.sum_d2;
    sum_r2 += p.sum_r2;
    if (s.first_bad < 0 && p.first_bad >= 0) {
      s.first_bad = p.first_bad;
      s.first_bad_value = std::isfinite(p.bad_x) ? p.bad_x : 0.0;
      s.first_bad_ref = std::isfinite(p.bad_ref) ? p.bad_ref : 0.0;
      std::ostringstream os;
      os << "x=" << p.bad_x << " ref=" << p.bad_ref;
      s.first_bad_desc = os.str();
    }
  }
  s.rel_l2 = sum_r2 > 0 ? std::sqrt(sum_d2 / sum_r2) : std::sqrt(sum_d2);
  return s;
}

}  // namespace

bool element_ok(double x, double ref, double sigma, const ElementTolerance& tol) {
  if (std::isnan(x) || std::isnan(ref)) return false;
  if (std::isinf(ref) || std::isinf(x)) return x == ref;
  const double scale = std::isfinite(sigma) ? std::fabs(sigma) : 0.0;
  return std::fabs(x - ref) <= tol.atol + tol.rtol * (std::fabs(ref) + scale);
}

ErrorStats compare_bf16(const uint16_t* x, const float* ref, const float* sigma, int64_t n,
                        const ElementTolerance& tol) {
  return compare_all([x](int64_t i) { return static_cast<double>(bf16_to_float(x[i])); }, ref,
                     sigma, n, tol);
}

ErrorStats compare_f32(const float* x, const float* ref, const float* sigma, int64_t n,
                       const ElementTolerance& tol) {
  return compare_all([x](int64_t i) { return static_cast<double>(x[i]); }, ref, sigma, n, tol);
}

}  // namespace avo::attention
