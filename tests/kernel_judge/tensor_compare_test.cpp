// A candidate's output against the reference's, in the declared dtype: the tolerance per
// element, non-finite values by class, and the first mismatch located by its index.
#include "tensor_compare.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

namespace avo::kernel_judge {
namespace {

std::vector<uint8_t> Floats(const std::vector<float>& v) {
  std::vector<uint8_t> out(v.size() * 4);
  std::memcpy(out.data(), v.data(), out.size());
  return out;
}

TEST(TensorCompareTest, SixteenBitTypesWidenExactly) {
  const uint16_t bf16_one_and_a_half = 0x3FC0, f16_one_and_a_half = 0x3E00;
  const uint16_t f16_smallest_subnormal = 0x0001, f16_minus_inf = 0xFC00, bf16_nan = 0x7FC0;
  auto at = [](const uint16_t& h) { return reinterpret_cast<const uint8_t*>(&h); };
  EXPECT_EQ(element_value(DType::kBF16, at(bf16_one_and_a_half)), 1.5);
  EXPECT_EQ(element_value(DType::kF16, at(f16_one_and_a_half)), 1.5);
  EXPECT_EQ(element_value(DType::kF16, at(f16_smallest_subnormal)), std::ldexp(1.0, -24));
  EXPECT_EQ(element_value(DType::kF16, at(f16_minus_inf)), -INFINITY);
  EXPECT_TRUE(std::isnan(element_value(DType::kBF16, at(bf16_nan))));
}

TEST(TensorCompareTest, TheToleranceIsAbsolutePlusRelative) {
  const auto want = Floats({1.0f, -2.0f, 100.0f, 0.0f});
  // Allowed: 0.01 + 0.01 * |want| = 0.02, 0.03, 1.01, 0.01.
  const auto inside = Floats({1.019f, -2.029f, 101.0f, -0.0099f});
  TensorComparison c = compare_tensor(DType::kF32, inside.data(), want.data(), 4, 0.01, 0.01);
  EXPECT_TRUE(c.passed());
  EXPECT_GT(c.worst_tol_ratio, 0.95);
  EXPECT_LE(c.worst_tol_ratio, 1.0);
  const auto outside = Floats({1.0f, -2.0f, 101.1f, 0.02f});
  c = compare_tensor(DType::kF32, outside.data(), want.data(), 4, 0.01, 0.01);
  EXPECT_EQ(c.mismatches, 2u);
  EXPECT_EQ(c.first_mismatch, 2u);
  EXPECT_NEAR(c.first_got, 101.1, 1e-4);
  EXPECT_NEAR(c.max_abs_error, 1.1, 1e-4);
  EXPECT_EQ(describe_comparison("y", {2, 2}, c)
                .rfind("y: 2 of 4 elements off the tolerance, the first at [1, 0]: 101.1 where the "
                       "reference has 100",
                       0),
            0u)
      << describe_comparison("y", {2, 2}, c);
}

TEST(TensorCompareTest, NonFiniteValuesMustMatchTheReferencesClass) {
  const auto want = Floats({NAN, INFINITY, 1.0f, 2.0f});
  auto got = Floats({NAN, INFINITY, 1.0f, 2.0f});
  EXPECT_TRUE(compare_tensor(DType::kF32, got.data(), want.data(), 4, 0, 0).passed());
  got = Floats({1.0f, -INFINITY, NAN, INFINITY});
  const TensorComparison c = compare_tensor(DType::kF32, got.data(), want.data(), 4, 1e9, 1e9);
  EXPECT_EQ(c.mismatches, 4u);  // no tolerance makes a NaN or an infinity right
  EXPECT_EQ(c.nonfinite, 2u);
  EXPECT_NE(describe_comparison("y", {4}, c).find("2 not finite"), std::string::npos);
}

TEST(TensorCompareTest, IntegersCompareExactlyWithAZeroTolerance) {
  const int64_t want[3] = {1, -5, int64_t{1} << 40}, got[3] = {1, -5, (int64_t{1} << 40) + 1};
  const auto* w = reinterpret_cast<const uint8_t*>(want);
  const auto* g = reinterpret_cast<const uint8_t*>(got);
  const TensorComparison c = compare_tensor(DType::kI64, g, w, 3, 0, 0);
  EXPECT_EQ(c.mismatches, 1u);
  EXPECT_EQ(c.first_mismatch, 2u);
  EXPECT_TRUE(compare_tensor(DType::kI64, w, w, 3, 0, 0).passed());
}

}  // namespace
}  // namespace avo::kernel_judge
