#include "flops.h"

#include <algorithm>
#include <cstdio>

#include "attention_math.h"

namespace avo::attention {

int64_t visible_pairs(const AttentionShape& s) {
  if (!s.causal) return int64_t{s.seqlen_q} * s.seqlen_k;
  int64_t pairs = 0;
  for (int64_t i = 0; i < s.seqlen_q; ++i) pairs += visible_keys(i, s.seqlen_q, s.seqlen_k, true);
  return pairs;
}

double attention_flops(const AttentionShape& s) {
  const double per_pair = 4.0 * s.batch * s.heads_q * s.head_dim;
  if (s.causal && s.seqlen_q == s.seqlen_k) {
    return per_pair * static_cast<double>(s.seqlen_q) * static_cast<double>(s.seqlen_k) / 2.0;
  }
  return per_pair * static_cast<double>(visible_pairs(s));
}

double tflops(double flops, double milliseconds) {
  if (!(milliseconds > 0)) return 0.0;
  return flops / (milliseconds * 1e-3) / 1e12;
}

double bf16_dense_peak_tflops(int sm_count, int clock_khz) {
  return static_cast<double>(sm_count) * clock_khz * 1e3 * 4096.0 / 1e12;
}

std::string implausible_reason(double tflops, int sm_count, int clock_khz) {
  const double peak = bf16_dense_peak_tflops(sm_count, clock_khz);
  if (tflops <= peak) return "";
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "impossible timing: %.1f TFLOPS is above the GPU's dense BF16 peak of %.1f "
                "TFLOPS (%d SMs x %d MHz x 4096 FLOP/clock)",
                tflops, peak, sm_count, clock_khz / 1000);
  return buf;
}

double call_time_bound_s(double flops, double peak_tflops) {
  constexpr double kFloor = 1.0, kCap = 60.0, kTimesPeak = 1000.0;
  if (!(peak_tflops > 0) || !(flops >= 0)) return kCap;
  return std::min(kCap, kFloor + kTimesPeak * flops / (peak_tflops * 1e12));
}

}  // namespace avo::attention
