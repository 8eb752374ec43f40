#include "gpu_monitor.h"

#include <cuda_runtime_api.h>
#include <dlfcn.h>

#include <chrono>

#ifdef AVO_GPU_JUDGE_WITH_NVML
#include <nvml.h>
#endif

namespace avo::gpu_judge {

#ifdef AVO_GPU_JUDGE_WITH_NVML
// The few NVML entry points the monitor calls, resolved from the driver's library.
struct GpuMonitor::Nvml {
  void* lib = nullptr;
  nvmlDevice_t device{};
  decltype(&nvmlShutdown) shutdown = nullptr;
  decltype(&nvmlDeviceGetClockInfo) clock_info = nullptr;
  decltype(&nvmlDeviceGetPowerUsage) power_usage = nullptr;
  decltype(&nvmlDeviceGetCurrentClocksEventReasons) event_reasons = nullptr;
  ~Nvml() {
    if (shutdown != nullptr) shutdown();
    if (lib != nullptr) dlclose(lib);
  }
};

namespace {

template <class F>
bool resolve(void* lib, const char* name, F* out) {
  *out = reinterpret_cast<F>(dlsym(lib, name));
  return *out != nullptr;
}

}  // namespace

GpuMonitor::GpuMonitor(int cuda_device) {
  auto n = std::make_unique<Nvml>();
  n->lib = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
  if (n->lib == nullptr) {
    why_ = "NVML not loadable (libnvidia-ml.so.1)";
    return;
  }
  decltype(&nvmlInit_v2) init = nullptr;
  decltype(&nvmlDeviceGetHandleByPciBusId_v2) by_bus = nullptr;
  if (!resolve(n->lib, "nvmlInit_v2", &init) ||
      !resolve(n->lib, "nvmlDeviceGetHandleByPciBusId_v2", &by_bus) ||
      !resolve(n->lib, "nvmlShutdown", &n->shutdown) ||
      !resolve(n->lib, "nvmlDeviceGetClockInfo", &n->clock_info) ||
      !resolve(n->lib, "nvmlDeviceGetPowerUsage", &n->power_usage) ||
      !resolve(n->lib, "nvmlDeviceGetCurrentClocksEventReasons", &n->event_reasons)) {
    why_ = "NVML lacks an entry point the monitor needs";
    n->shutdown = nullptr;
    return;
  }
  if (init() != NVML_SUCCESS) {
    why_ = "NVML did not initialise";
    n->shutdown = nullptr;
    return;
  }
  char bus[64] = {};
  if (cudaDeviceGetPCIBusId(bus, sizeof bus, cuda_device) != cudaSuccess ||
      by_bus(bus, &n->device) != NVML_SUCCESS) {
    cudaGetLastError();
    why_ = "NVML does not know the CUDA device's PCI bus id";
    return;
  }
  nvml_ = std::move(n);
}

void GpuMonitor::sample_loop(int period_ms) {
  const auto period = std::chrono::milliseconds(period_ms);
  auto next = std::chrono::steady_clock::now();
  while (running_.load()) {
    unsigned clock = 0, milliwatts = 0;
    unsigned long long reasons = 0;
    if (timing_.load() && nvml_->clock_info(nvml_->device, NVML_CLOCK_SM, &clock) == NVML_SUCCESS &&
        nvml_->power_usage(nvml_->device, &milliwatts) == NVML_SUCCESS &&
        nvml_->event_reasons(nvml_->device, &reasons) == NVML_SUCCESS) {
      const std::lock_guard<std::mutex> lock(mu_);
      samples_.push_back({static_cast<double>(clock), milliwatts / 1000.0, reasons});
    }
    next += period;
    std::this_thread::sleep_until(next);
  }
}
#else
struct GpuMonitor::Nvml {};

GpuMonitor::GpuMonitor(int /*cuda_device*/) : why_("harness built without nvml.h") {}

void GpuMonitor::sample_loop(int /*period_ms*/) {}
#endif

GpuMonitor::~GpuMonitor() { end(); }

void GpuMonitor::begin(int period_ms) {
  end();
  samples_.clear();
  if (!available()) return;
  running_ = true;
  thread_ = std::thread([this, period_ms] { sample_loop(period_ms); });
}

GpuConditions GpuMonitor::end() {
  running_ = false;
  timing_ = false;
  if (thread_.joinable()) thread_.join();
  const std::lock_guard<std::mutex> lock(mu_);
  return summarize(samples_);
}

}  // namespace avo::gpu_judge
