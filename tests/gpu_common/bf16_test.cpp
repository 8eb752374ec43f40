// bf16 conversions (judges/gpu_common/bf16.h).
#include "bf16.h"

#include <gtest/gtest.h>

#include <cmath>

namespace avo::gpu_judge {
namespace {

TEST(Bf16, ExactValuesRoundTrip) {
  for (float f : {0.0f, 1.0f, -2.0f, 0.5f, 3.0f, -1.5f, 65536.0f}) {
    EXPECT_EQ(bf16_to_float(float_to_bf16(f)), f);
  }
}

TEST(Bf16, RoundsToNearestEven) {
  // 1 + 2^-8 lies halfway between bf16 1.0 and 1 + 2^-7: ties go to the even mantissa, 1.0.
  EXPECT_EQ(bf16_to_float(float_to_bf16(1.0f + 0x1p-8f)), 1.0f);
  // 1 + 3 * 2^-8 is halfway between 1 + 2^-7 (odd) and 1 + 2^-6 (even).
  EXPECT_EQ(bf16_to_float(float_to_bf16(1.0f + 3 * 0x1p-8f)), 1.0f + 0x1p-6f);
  // Just above halfway rounds up.
  EXPECT_EQ(bf16_to_float(float_to_bf16(1.0f + 0x1p-8f + 0x1p-20f)), 1.0f + 0x1p-7f);
}

TEST(Bf16, RelativeErrorIsAtMostHalfAnUlp) {
  for (float f = 0.001f; f < 1000.0f; f *= 1.37f) {
    const float r = bf16_to_float(float_to_bf16(f));
    EXPECT_LE(std::fabs(r - f), std::fabs(f) * 0x1p-8f) << f;
  }
}

TEST(Bf16, NanStaysNan) {
  EXPECT_TRUE(std::isnan(bf16_to_float(float_to_bf16(NAN))));
  EXPECT_TRUE(std::isnan(bf16_to_float(kBf16QuietNan)));
}

}  // namespace
}  // namespace avo::gpu_judge
