// gpu_monitor.h -- samples the judge's GPU (SM clock, power draw, clock-event reasons) through
// NVML on a thread of its own while timed calls run, so that every figure says at what clock
// and power it was measured and whether the power cap held the clock down (issue: sustained
// timing). NVML comes with the driver and is loaded at run time (libnvidia-ml.so.1): a judge
// built without nvml.h, or a machine without the library, times as before and records nothing.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "gpu_conditions.h"

namespace avo::gpu_judge {

class GpuMonitor {
 public:
  // The monitor of the CUDA device `cuda_device`; without NVML one that samples nothing, with
  // the reason in why().
  explicit GpuMonitor(int cuda_device);
  ~GpuMonitor();
  GpuMonitor(const GpuMonitor&) = delete;
  GpuMonitor& operator=(const GpuMonitor&) = delete;

  [[nodiscard]] bool available() const { return nvml_ != nullptr; }
  [[nodiscard]] const std::string& why() const { return why_; }

  // Sampling every `period_ms` from begin() to end(), kept only while timing(true): the timed
  // calls, not the draws and checks around them. end() summarises what was kept.
  void begin(int period_ms = 5);
  void timing(bool on) { timing_ = on; }
  GpuConditions end();

 private:
  struct Nvml;
  void sample_loop(int period_ms);

  std::unique_ptr<Nvml> nvml_;
  std::string why_;
  std::thread thread_;
  std::atomic<bool> running_{false};
  std::atomic<bool> timing_{false};
  std::mutex mu_;
  std::vector<GpuSample> samples_;
};

}  // namespace avo::gpu_judge
