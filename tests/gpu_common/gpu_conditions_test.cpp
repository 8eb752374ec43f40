// The summary of the GPU's clock, power and clock limits during timed calls (gpu_conditions.h).
#include "gpu_conditions.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <vector>

namespace avo::gpu_judge {
namespace {

TEST(GpuConditionsTest, SummarisesClockPowerAndHowOftenALimitHeld) {
  const std::vector<GpuSample> samples = {
      {1980, 420, 0},
      {1755, 699, kReasonSwPowerCap},
      {1665, 701, kReasonSwPowerCap | kReasonSwThermal},
      {1620, 700, kReasonHwPowerBrake},
      {1700, 690, 0x1},  // GPU idle: no limit
  };
  const GpuConditions c = summarize(samples);
  EXPECT_EQ(c.samples, 5);
  EXPECT_DOUBLE_EQ(c.sm_clock_mhz_median, 1700);
  EXPECT_DOUBLE_EQ(c.sm_clock_mhz_min, 1620);
  EXPECT_DOUBLE_EQ(c.sm_clock_mhz_max, 1980);
  EXPECT_DOUBLE_EQ(c.power_w_median, 699);
  EXPECT_DOUBLE_EQ(c.power_capped, 3.0 / 5);
  EXPECT_DOUBLE_EQ(c.thermal_capped, 1.0 / 5);
  const nlohmann::json j = to_json(c);
  EXPECT_EQ(j["samples"], 5);
  EXPECT_DOUBLE_EQ(j["sm_clock_mhz"].get<double>(), 1700);
  EXPECT_DOUBLE_EQ(j["power_capped"].get<double>(), 0.6);
}

TEST(GpuConditionsTest, NothingSampledIsNothingWritten) {
  const GpuConditions c = summarize({});
  EXPECT_EQ(c.samples, 0);
  EXPECT_TRUE(to_json(c).empty());
}

}  // namespace
}  // namespace avo::gpu_judge
