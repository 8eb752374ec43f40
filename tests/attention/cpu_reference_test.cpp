// The double-precision CPU reference (tasks/attention/harness/cpu_reference.h) and the
// definitions it shares with the GPU reference kernel (attention_math.h): hand-computed cases
// and properties that any correct attention has.
#include "cpu_reference.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "attention_math.h"

namespace avo::attention {
namespace {

AttentionShape shape(int b, int hq, int hkv, int sq, int sk, int d, bool causal) {
  AttentionShape s;
  s.batch = b;
  s.heads_q = hq;
  s.heads_kv = hkv;
  s.seqlen_q = sq;
  s.seqlen_k = sk;
  s.head_dim = d;
  s.causal = causal;
  return s;
}

std::vector<float> randn(int64_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> dist(0.0f, 1.0f);
  std::vector<float> v(static_cast<size_t>(n));
  for (auto& x : v) x = dist(rng);
  return v;
}

TEST(AttentionMath, KvHeadGroupsConsecutiveQueryHeads) {
  EXPECT_EQ(kv_head_of(0, 8, 2), 0);
  EXPECT_EQ(kv_head_of(3, 8, 2), 0);
  EXPECT_EQ(kv_head_of(4, 8, 2), 1);
  EXPECT_EQ(kv_head_of(7, 8, 2), 1);
  EXPECT_EQ(kv_head_of(5, 8, 8), 5);  // MHA: identity
  EXPECT_EQ(kv_head_of(31, 32, 4), 3);
}

TEST(AttentionMath, CausalMaskIsBottomRightAligned) {
  // Square: the lower triangle.
  EXPECT_TRUE(key_visible(2, 2, 4, 4, true));
  EXPECT_FALSE(key_visible(2, 3, 4, 4, true));
  // seqlen_q 2 < seqlen_k 5: the last query row sees every key, the first all but one.
  EXPECT_TRUE(key_visible(1, 4, 2, 5, true));
  EXPECT_TRUE(key_visible(0, 3, 2, 5, true));
  EXPECT_FALSE(key_visible(0, 4, 2, 5, true));
  // seqlen_q 5 > seqlen_k 2: rows 0..2 see nothing, row 3 sees key 0.
  EXPECT_FALSE(key_visible(2, 0, 5, 2, true));
  EXPECT_TRUE(key_visible(3, 0, 5, 2, true));
  EXPECT_FALSE(key_visible(3, 1, 5, 2, true));
  // Non-causal sees everything.
  EXPECT_TRUE(key_visible(0, 4, 2, 5, false));
}

TEST(AttentionMath, VisibleKeysCountsThePrefix) {
  for (int sq : {1, 3, 7}) {
    for (int sk : {1, 4, 7}) {
      for (int i = 0; i < sq; ++i) {
        int64_t n = 0;
        for (int j = 0; j < sk; ++j) n += key_visible(i, j, sq, sk, true) ? 1 : 0;
        EXPECT_EQ(visible_keys(i, sq, sk, true), n) << sq << " " << sk << " " << i;
        EXPECT_EQ(visible_keys(i, sq, sk, false), sk);
      }
    }
  }
}

TEST(AttentionMath, OffsetsFollowBshdAndBhs) {
  // [b=2, s=3, h=4, d=5]: strides 60, 20, 5, 1.
  EXPECT_EQ(bshd_offset(1, 2, 3, 4, 3, 4, 5), 60 + 40 + 15 + 4);
  // lse [b=2, h=4, s=3]: strides 12, 3, 1.
  EXPECT_EQ(lse_offset(1, 3, 2, 4, 3), 12 + 9 + 2);
}

TEST(CpuReference, HandComputedTwoKeys) {
  // One query [1, 0], keys [1, 0] and [0, 1], scale 1: scores 1 and 0.
  const AttentionShape s = shape(1, 1, 1, 1, 2, 2, false);
  const std::vector<float> q = {1, 0}, k = {1, 0, 0, 1}, v = {1, 2, 3, 4};
  const auto out = cpu_reference_attention(s, 1.0, q, k, v);
  const double e = std::exp(1.0);
  const double p0 = e / (e + 1), p1 = 1 / (e + 1);
  EXPECT_NEAR(out.o[0], p0 * 1 + p1 * 3, 1e-14);
  EXPECT_NEAR(out.o[1], p0 * 2 + p1 * 4, 1e-14);
  EXPECT_NEAR(out.lse[0], std::log(e + 1), 1e-14);
  EXPECT_NEAR(out.sigma[0], std::sqrt(p0 * p0 * 1 + p1 * p1 * 9), 1e-14);
}

TEST(CpuReference, ScaleMultipliesScores) {
  const AttentionShape s = shape(1, 1, 1, 1, 2, 2, false);
  const std::vector<float> q = {2, 0}, k = {1, 0, 0, 1}, v = {1, 0, 0, 1};
  const auto out = cpu_reference_attention(s, 0.5, q, k, v);  // scores 1 and 0 again
  EXPECT_NEAR(out.lse[0], std::log(std::exp(1.0) + 1), 1e-14);
}

TEST(CpuReference, ProbabilitiesSumToOne) {
  // With every value row equal to ones, every visible row's output is exactly 1.
  for (bool causal : {false, true}) {
    const AttentionShape s = shape(2, 3, 3, 9, 6, 8, causal);
    const auto q = randn(s.q_elems(), 1), k = randn(s.kv_elems(), 2);
    const std::vector<float> ones(static_cast<size_t>(s.kv_elems()), 1.0f);
    const auto out = cpu_reference_attention(s, 0.3, q, k, ones);
    for (int b = 0; b < 2; ++b) {
      for (int i = 0; i < 9; ++i) {
        for (int h = 0; h < 3; ++h) {
          const double expect = visible_keys(i, 9, 6, causal) > 0 ? 1.0 : 0.0;
          for (int d = 0; d < 8; ++d) {
            EXPECT_NEAR(out.o[bshd_offset(b, i, h, d, 9, 3, 8)], expect, 1e-12);
          }
        }
      }
    }
  }
}

TEST(CpuReference, LseIsTheLogSumExpOfVisibleScores) {
  const AttentionShape s = shape(1, 2, 1, 5, 7, 4, true);
  const auto q = randn(s.q_elems(), 3), k = randn(s.kv_elems(), 4), v = randn(s.kv_elems(), 5);
  const auto out = cpu_reference_attention(s, 0.5, q, k, v);
  for (int h = 0; h < 2; ++h) {
    for (int i = 0; i < 5; ++i) {
      double sum = 0;
      for (int j = 0; j < 7; ++j) {
        if (!key_visible(i, j, 5, 7, true)) continue;
        double dot = 0;
        for (int d = 0; d < 4; ++d) {
          dot += double{q[bshd_offset(0, i, h, d, 5, 2, 4)]} * k[bshd_offset(0, j, 0, d, 7, 1, 4)];
        }
        sum += std::exp(0.5 * dot);
      }
      EXPECT_NEAR(out.lse[lse_offset(0, h, i, 2, 5)], std::log(sum), 1e-12);
    }
  }
}

TEST(CpuReference, CausalFirstRowOfSquareCopiesTheFirstValue) {
  const AttentionShape s = shape(1, 1, 1, 4, 4, 8, true);
  const auto q = randn(s.q_elems(), 6), k = randn(s.kv_elems(), 7), v = randn(s.kv_elems(), 8);
  const auto out = cpu_reference_attention(s, 0.35, q, k, v);
  for (int d = 0; d < 8; ++d) {
    EXPECT_NEAR(out.o[d], v[d], 1e-12);
    EXPECT_NEAR(out.sigma[d], std::fabs(v[d]), 1e-12);
  }
}

TEST(CpuReference, BottomRightCausalEqualsNonCausalOverTheVisiblePrefix) {
  // seqlen_q 3, seqlen_k 5, causal: row i sees keys 0..i+2, i.e. the first i+3 keys.
  const AttentionShape s = shape(1, 1, 1, 3, 5, 4, true);
  const auto q = randn(s.q_elems(), 9), k = randn(s.kv_elems(), 10), v = randn(s.kv_elems(), 11);
  const auto out = cpu_reference_attention(s, 0.5, q, k, v);
  for (int i = 0; i < 3; ++i) {
    const int n = i + 3;
    const AttentionShape one = shape(1, 1, 1, 1, n, 4, false);
    const std::vector<float> qi(q.begin() + i * 4, q.begin() + (i + 1) * 4);
    const std::vector<float> kn(k.begin(), k.begin() + n * 4), vn(v.begin(), v.begin() + n * 4);
    const auto ref = cpu_reference_attention(one, 0.5, qi, kn, vn);
    for (int d = 0; d < 4; ++d) EXPECT_NEAR(out.o[i * 4 + d], ref.o[d], 1e-12);
    EXPECT_NEAR(out.lse[i], ref.lse[0], 1e-12);
  }
}

TEST(CpuReference, RowsWithoutKeysAreZeroWithMinusInfinityLse) {
  const AttentionShape s = shape(1, 1, 1, 5, 2, 4, true);  // rows 0..2 see nothing
  const auto q = randn(s.q_elems(), 12), k = randn(s.kv_elems(), 13), v = randn(s.kv_elems(), 14);
  const auto out = cpu_reference_attention(s, 0.5, q, k, v);
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(std::isinf(out.lse[i]) && out.lse[i] < 0) << i;
    for (int d = 0; d < 4; ++d) EXPECT_EQ(out.o[i * 4 + d], 0.0);
  }
  EXPECT_TRUE(std::isfinite(out.lse[3]));
  for (int d = 0; d < 4; ++d) EXPECT_NEAR(out.o[3 * 4 + d], v[d], 1e-12);  // sees key 0 only
}

TEST(CpuReference, GqaEqualsMhaWithRepeatedKvHeads) {
  const AttentionShape gqa = shape(2, 6, 2, 5, 7, 4, true);
  const auto q = randn(gqa.q_elems(), 15), k = randn(gqa.kv_elems(), 16),
             v = randn(gqa.kv_elems(), 17);
  // Expand K and V to 6 heads: head h gets KV head h / 3.
  const AttentionShape mha = shape(2, 6, 6, 5, 7, 4, true);
  std::vector<float> k6(static_cast<size_t>(mha.kv_elems())), v6(k6.size());
  for (int b = 0; b < 2; ++b) {
    for (int j = 0; j < 7; ++j) {
      for (int h = 0; h < 6; ++h) {
        for (int d = 0; d < 4; ++d) {
          const auto src = bshd_offset(b, j, h / 3, d, 7, 2, 4);
          k6[bshd_offset(b, j, h, d, 7, 6, 4)] = k[src];
          v6[bshd_offset(b, j, h, d, 7, 6, 4)] = v[src];
        }
      }
    }
  }
  const auto a = cpu_reference_attention(gqa, 0.5, q, k, v);
  const auto r = cpu_reference_attention(mha, 0.5, q, k6, v6);
  ASSERT_EQ(a.o.size(), r.o.size());
  for (size_t i = 0; i < a.o.size(); ++i) EXPECT_DOUBLE_EQ(a.o[i], r.o[i]);
  for (size_t i = 0; i < a.lse.size(); ++i) EXPECT_DOUBLE_EQ(a.lse[i], r.lse[i]);
}

TEST(CpuReference, ZeroScaleAveragesTheVisibleValues) {
  // Scale 0 makes every score 0: each row averages its visible values uniformly and
  // lse = log(number of visible keys).
  const AttentionShape s = shape(1, 1, 1, 3, 3, 2, true);
  const auto q = randn(s.q_elems(), 18), k = randn(s.kv_elems(), 19), v = randn(s.kv_elems(), 20);
  const auto out = cpu_reference_attention(s, 0.0, q, k, v);
  for (int i = 0; i < 3; ++i) {
    EXPECT_NEAR(out.lse[i], std::log(i + 1.0), 1e-12);
    for (int d = 0; d < 2; ++d) {
      double mean = 0;
      for (int j = 0; j <= i; ++j) mean += v[j * 2 + d];
      EXPECT_NEAR(out.o[i * 2 + d], mean / (i + 1), 1e-12);
    }
  }
}

}  // namespace
}  // namespace avo::attention
