// gpu_conditions.h -- what the GPU ran at while a configuration was timed: the SM clock, the
// board's power draw and how often a power or thermal limit held the clock down, summarised
// from samples taken during the timed calls (gpu_monitor.h takes them through NVML).
#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <vector>

namespace avo::gpu_judge {

// NVML's clock-event reasons (nvml.h, nvmlClocksEventReason*) the summary counts.
inline constexpr uint64_t kReasonSwPowerCap = 0x4;
inline constexpr uint64_t kReasonHwSlowdown = 0x8;
inline constexpr uint64_t kReasonSwThermal = 0x20;
inline constexpr uint64_t kReasonHwThermal = 0x40;
inline constexpr uint64_t kReasonHwPowerBrake = 0x80;

struct GpuSample {
  double sm_clock_mhz = 0;
  double power_w = 0;
  uint64_t reasons = 0;  // nvmlClocksEventReason* bits active when sampled
};

struct GpuConditions {
  int samples = 0;  // 0: nothing sampled (no NVML, or the calls were over before a sample)
  double sm_clock_mhz_median = 0, sm_clock_mhz_min = 0, sm_clock_mhz_max = 0;
  double power_w_median = 0;
  // Fractions of the samples with the software power cap (or a hardware power brake) active,
  // and with a thermal slowdown (software or hardware) active.
  double power_capped = 0, thermal_capped = 0;
};

GpuConditions summarize(const std::vector<GpuSample>& samples);

// {"samples", "sm_clock_mhz", "sm_clock_mhz_min", "sm_clock_mhz_max", "power_w",
//  "power_capped", "thermal_capped"}; {} when nothing was sampled.
nlohmann::json to_json(const GpuConditions& c);

}  // namespace avo::gpu_judge
