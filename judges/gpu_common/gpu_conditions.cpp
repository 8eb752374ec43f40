#include "gpu_conditions.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "stats.h"

namespace avo::gpu_judge {

GpuConditions summarize(const std::vector<GpuSample>& samples) {
  GpuConditions c;
  if (samples.empty()) return c;
  std::vector<double> clock, power;
  int capped = 0, thermal = 0;
  for (const GpuSample& s : samples) {
    clock.push_back(s.sm_clock_mhz);
    power.push_back(s.power_w);
    if ((s.reasons & (kReasonSwPowerCap | kReasonHwPowerBrake)) != 0) ++capped;
    if ((s.reasons & (kReasonSwThermal | kReasonHwThermal)) != 0) ++thermal;
  }
  const auto n = static_cast<double>(samples.size());
  c.samples = static_cast<int>(samples.size());
  c.sm_clock_mhz_median = median(clock);
  c.sm_clock_mhz_min = *std::min_element(clock.begin(), clock.end());
  c.sm_clock_mhz_max = *std::max_element(clock.begin(), clock.end());
  c.power_w_median = median(power);
  c.power_capped = capped / n;
  c.thermal_capped = thermal / n;
  return c;
}

nlohmann::json to_json(const GpuConditions& c) {
  if (c.samples == 0) return nlohmann::json::object();
  return {{"samples", c.samples},
          {"sm_clock_mhz", c.sm_clock_mhz_median},
          {"sm_clock_mhz_min", c.sm_clock_mhz_min},
          {"sm_clock_mhz_max", c.sm_clock_mhz_max},
          {"power_w", c.power_w_median},
          {"power_capped", c.power_capped},
          {"thermal_capped", c.thermal_capped}};
}

}  // namespace avo::gpu_judge
