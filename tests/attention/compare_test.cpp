// The correctness rule (tasks/attention/harness/compare.h).
#include "compare.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "bf16.h"

namespace avo::attention {
using gpu_judge::float_to_bf16;
using gpu_judge::kBf16QuietNan;

namespace {

constexpr ElementTolerance kTol{1e-4, 1e-2};
constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(ElementOk, InsideAndOutsideTheBound) {
  // bound = 1e-4 + 1e-2 * (|1.0| + 0) = 0.0101
  EXPECT_TRUE(element_ok(1.0100, 1.0, 0.0, kTol));
  EXPECT_FALSE(element_ok(1.0102, 1.0, 0.0, kTol));
  EXPECT_TRUE(element_ok(-0.9900, -1.0, 0.0, kTol));
  EXPECT_FALSE(element_ok(0.9898, 1.0, 0.0, kTol));
}

TEST(ElementOk, SigmaWidensTheBound) {
  // ref 0 with sigma 1: bound = 1e-4 + 1e-2 * 1.
  EXPECT_FALSE(element_ok(0.005, 0.0, 0.0, kTol));
  EXPECT_TRUE(element_ok(0.005, 0.0, 1.0, kTol));
  EXPECT_FALSE(element_ok(0.0102, 0.0, 1.0, kTol));
}

TEST(ElementOk, NanNeverPasses) {
  EXPECT_FALSE(element_ok(NAN, 0.0, 0.0, {1e9, 1e9}));
  EXPECT_FALSE(element_ok(0.0, NAN, 0.0, {1e9, 1e9}));
}

TEST(ElementOk, InfinitiesMustMatchExactly) {
  EXPECT_TRUE(element_ok(-kInf, -kInf, 0.0, kTol));
  EXPECT_FALSE(element_ok(kInf, -kInf, 0.0, kTol));  // FlashAttention's +inf is not log(0)
  EXPECT_FALSE(element_ok(0.0, -kInf, 0.0, kTol));
  EXPECT_FALSE(element_ok(-kInf, 0.0, 0.0, {1e9, 1e9}));
}

TEST(Compare, IdenticalValuesHaveNoError) {
  const std::vector<float> ref = {0.5f, -1.0f, 2.0f};
  const ErrorStats s = compare_f32(ref.data(), ref.data(), nullptr, 3, kTol);
  EXPECT_EQ(s.count, 3);
  EXPECT_EQ(s.mismatches, 0);
  EXPECT_EQ(s.first_bad, -1);
  EXPECT_DOUBLE_EQ(s.max_abs, 0);
  EXPECT_DOUBLE_EQ(s.rel_l2, 0);
}

TEST(Compare, ReportsFiguresOfKnownErrors) {
  const std::vector<float> ref = {3.0f, 4.0f};
  const std::vector<float> x = {3.0f, 4.5f};
  const ErrorStats s = compare_f32(x.data(), ref.data(), nullptr, 2, kTol);
  EXPECT_EQ(s.mismatches, 1);
  EXPECT_EQ(s.first_bad, 1);
  EXPECT_DOUBLE_EQ(s.max_abs, 0.5);
  EXPECT_NEAR(s.rel_l2, 0.5 / 5.0, 1e-12);  // ||(0, .5)|| / ||(3, 4)||
  EXPECT_NEAR(s.max_tol_ratio, 0.5 / (1e-4 + 1e-2 * 4.0), 1e-9);
}

TEST(Compare, PoisonedElementIsCaughtAndFiguresStayFinite) {
  std::vector<float> ref(1000, 0.25f);
  std::vector<uint16_t> x(ref.size());
  for (size_t i = 0; i < x.size(); ++i) x[i] = float_to_bf16(ref[i]);
  x[617] = kBf16QuietNan;  // an element the candidate never wrote
  const ErrorStats s = compare_bf16(x.data(), ref.data(), nullptr, 1000, kTol);
  EXPECT_EQ(s.mismatches, 1);
  EXPECT_EQ(s.nonfinite, 1);
  EXPECT_EQ(s.first_bad, 617);
  EXPECT_TRUE(std::isfinite(s.max_abs));
  EXPECT_TRUE(std::isfinite(s.rel_l2));
  EXPECT_FALSE(s.first_bad_desc.empty());
}

TEST(Compare, RoundingTheReferenceToBf16Passes) {
  std::mt19937 rng(7);
  std::normal_distribution<float> dist(0.0f, 1.0f);
  std::vector<float> ref(4096);
  std::vector<uint16_t> x(ref.size());
  for (size_t i = 0; i < ref.size(); ++i) {
    ref[i] = dist(rng);
    x[i] = float_to_bf16(ref[i]);
  }
  const ErrorStats s = compare_bf16(x.data(), ref.data(), nullptr, 4096, kTol);
  EXPECT_EQ(s.mismatches, 0);
  EXPECT_LT(s.rel_l2, 4e-3);
}

TEST(Compare, ZerosFailWhereTheOutputIsSmallButSigmaIsToo) {
  // A row over many keys: |ref| ~ sigma ~ 0.01. Zeros must not pass.
  std::mt19937 rng(3);
  std::normal_distribution<float> dist(0.0f, 0.01f);
  std::vector<float> ref(2048), sigma(2048, 0.01f);
  for (auto& r : ref) r = dist(rng);
  const std::vector<uint16_t> zeros(ref.size(), 0);
  const ErrorStats s = compare_bf16(zeros.data(), ref.data(), sigma.data(), 2048, kTol);
  EXPECT_GT(s.mismatches, 2048 * 8 / 10);
  EXPECT_NEAR(s.rel_l2, 1.0, 1e-12);
}

TEST(Compare, ManyThreadsAgreeWithTheFirstMismatch) {
  // Over 2^21 elements the comparison is split over threads; the first mismatch must still be
  // the lowest index and the counts must add up.
  const int64_t n = (int64_t{1} << 22) + 123;
  std::vector<float> ref(static_cast<size_t>(n), 1.0f), x(static_cast<size_t>(n), 1.0f);
  x[static_cast<size_t>(n - 1)] = 2.0f;
  x[3'000'000] = -1.0f;
  x[2'000'000] = NAN;
  const ErrorStats s = compare_f32(x.data(), ref.data(), nullptr, n, kTol);
  EXPECT_EQ(s.count, n);
  EXPECT_EQ(s.mismatches, 3);
  EXPECT_EQ(s.nonfinite, 1);
  EXPECT_EQ(s.first_bad, 2'000'000);
  EXPECT_DOUBLE_EQ(s.max_abs, 2.0);
}

}  // namespace
}  // namespace avo::attention
