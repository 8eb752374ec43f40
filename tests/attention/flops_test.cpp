// FLOP counting: the numerator of every TFLOPS figure (tasks/attention/harness/flops.h).
#include "flops.h"

#include <gtest/gtest.h>

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

TEST(Flops, NonCausalIsFourBHSqSkD) {
  EXPECT_DOUBLE_EQ(attention_flops(shape(2, 3, 3, 5, 7, 64, false)), 4.0 * 2 * 3 * 5 * 7 * 64);
}

TEST(Flops, PaperConfigMatchesConvention) {
  // mha_s4096 of the paper's suite: batch 8, 16 heads, 4096 tokens, head dim 128.
  const double nc = 4.0 * 8 * 16 * 4096.0 * 4096.0 * 128;
  EXPECT_DOUBLE_EQ(attention_flops(shape(8, 16, 16, 4096, 4096, 128, false)), nc);
  EXPECT_DOUBLE_EQ(attention_flops(shape(8, 16, 16, 4096, 4096, 128, true)), nc / 2);
}

TEST(Flops, CausalSquareIsExactlyHalf) {
  const AttentionShape nc = shape(1, 2, 2, 33, 33, 64, false);
  AttentionShape c = nc;
  c.causal = true;
  EXPECT_DOUBLE_EQ(attention_flops(c), attention_flops(nc) / 2);
}

TEST(Flops, GqaCountsQueryHeads) {
  EXPECT_DOUBLE_EQ(attention_flops(shape(1, 32, 4, 64, 64, 128, false)),
                   attention_flops(shape(1, 32, 32, 64, 64, 128, false)));
}

TEST(Flops, CausalShorterQueryCountsVisiblePairs) {
  // seqlen_q 2, seqlen_k 4, bottom-right: row 0 sees keys 0..2, row 1 sees 0..3.
  const AttentionShape s = shape(1, 1, 1, 2, 4, 64, true);
  EXPECT_EQ(visible_pairs(s), 3 + 4);
  EXPECT_DOUBLE_EQ(attention_flops(s), 4.0 * 64 * 7);
}

TEST(Flops, CausalLongerQueryHasRowsWithoutKeys) {
  // seqlen_q 4, seqlen_k 2: rows 0 and 1 see nothing, row 2 sees key 0, row 3 keys 0..1.
  const AttentionShape s = shape(3, 2, 1, 4, 2, 128, true);
  EXPECT_EQ(visible_pairs(s), 0 + 0 + 1 + 2);
  EXPECT_DOUBLE_EQ(attention_flops(s), 4.0 * 3 * 2 * 128 * 3);
}

TEST(Flops, NonCausalVisiblePairsIsTheFullMatrix) {
  EXPECT_EQ(visible_pairs(shape(1, 1, 1, 9, 13, 64, false)), 9 * 13);
}

TEST(Flops, TflopsFromMilliseconds) {
  EXPECT_DOUBLE_EQ(tflops(1e12, 1000.0), 1.0);
  EXPECT_DOUBLE_EQ(tflops(5e11, 1.0), 500.0);
  EXPECT_DOUBLE_EQ(tflops(1e12, 0.0), 0.0);
  EXPECT_DOUBLE_EQ(tflops(1e12, -1.0), 0.0);
}

TEST(Flops, Bf16PeakIsSmsTimesClockTimes4096) {
  // H100 SXM / H200: 132 SMs at 1980 MHz -> 1070.4 TFLOPS dense BF16.
  EXPECT_NEAR(bf16_dense_peak_tflops(132, 1980000), 1070.5, 0.1);
  EXPECT_DOUBLE_EQ(bf16_dense_peak_tflops(1, 1000), 4.096e-3);
  EXPECT_DOUBLE_EQ(bf16_dense_peak_tflops(0, 1980000), 0.0);
}

TEST(Flops, FiguresAboveThePeakAreRefusedWithTheReason) {
  EXPECT_EQ(implausible_reason(700.0, 132, 1980000), "");
  EXPECT_EQ(implausible_reason(1070.0, 132, 1980000), "");
  const std::string why = implausible_reason(701365.0, 132, 1980000);
  EXPECT_NE(why.find("impossible timing"), std::string::npos) << why;
  EXPECT_NE(why.find("701365.0 TFLOPS"), std::string::npos) << why;
  EXPECT_NE(why.find("132 SMs x 1980 MHz"), std::string::npos) << why;
}

TEST(Flops, ACallsBoundGrowsWithItsWorkBetweenAFloorAndACap) {
  const double peak = 1000.0;  // TFLOPS
  // A tiny call: the one-second floor for launch and scheduling.
  EXPECT_NEAR(call_time_bound_s(1e6, peak), 1.0, 1e-6);
  // 1e13 operations take 10 ms at the peak: 1000x that, plus the floor.
  EXPECT_NEAR(call_time_bound_s(1e13, peak), 11.0, 1e-9);
  EXPECT_GT(call_time_bound_s(2e13, peak), call_time_bound_s(1e13, peak));
  // However large the call, a hang ends within the cap.
  EXPECT_DOUBLE_EQ(call_time_bound_s(1e18, peak), 60.0);
  // Without a known peak only the cap holds.
  EXPECT_DOUBLE_EQ(call_time_bound_s(1e6, 0.0), 60.0);
}

}  // namespace
}  // namespace avo::attention
