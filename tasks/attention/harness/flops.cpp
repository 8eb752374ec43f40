#include "flops.h"

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

}  // namespace avo::attention
