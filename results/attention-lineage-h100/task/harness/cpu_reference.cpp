#include "cpu_reference.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "attention_math.h"

namespace avo::attention {

ReferenceOutput cpu_reference_attention(const AttentionShape& s, double softmax_scale,
                                        const std::vector<float>& q, const std::vector<float>& k,
                                        const std::vector<float>& v) {
  const int64_t D = s.head_dim;
  ReferenceOutput out;
  out.o.assign(static_cast<size_t>(s.q_elems()), 0.0);
  out.sigma.assign(static_cast<size_t>(s.q_elems()), 0.0);
  out.lse.assign(static_cast<size_t>(s.lse_elems()), -std::numeric_limits<double>::infinity());
  std::vector<double> scores(static_cast<size_t>(s.seqlen_k));
  for (int b = 0; b < s.batch; ++b) {
    for (int h = 0; h < s.heads_q; ++h) {
      const int hk = kv_head_of(h, s.heads_q, s.heads_kv);
      for (int64_t i = 0; i < s.seqlen_q; ++i) {
        const int64_t n = visible_keys(i, s.seqlen_q, s.seqlen_k, s.causal);
        if (n == 0) continue;  // o stays 0, lse stays -inf
        double m = -std::numeric_limits<double>::infinity();
        for (int64_t j = 0; j < n; ++j) {
          double dot = 0;
          for (int64_t d = 0; d < D; ++d) {
            dot += static_cast<double>(q[bshd_offset(b, i, h, d, s.seqlen_q, s.heads_q, D)]) *
                   static_cast<double>(k[bshd_offset(b, j, hk, d, s.seqlen_k, s.heads_kv, D)]);
          }
          scores[j] = dot * softmax_scale;
          m = std::max(m, scores[j]);
        }
        double l = 0;
        for (int64_t j = 0; j < n; ++j) {
          scores[j] = std::exp(scores[j] - m);
          l += scores[j];
        }
        for (int64_t d = 0; d < D; ++d) {
          double acc = 0, acc2 = 0;
          for (int64_t j = 0; j < n; ++j) {
            const double term =
                scores[j] *
                static_cast<double>(v[bshd_offset(b, j, hk, d, s.seqlen_k, s.heads_kv, D)]);
            acc += term;
            acc2 += term * term;
          }
          const int64_t at = bshd_offset(b, i, h, d, s.seqlen_q, s.heads_q, D);
          out.o[at] = acc / l;
          out.sigma[at] = std::sqrt(acc2) / l;
        }
        out.lse[lse_offset(b, h, i, s.heads_q, s.seqlen_q)] = m + std::log(l);
      }
    }
  }
  return out;
}

}  // namespace avo::attention
