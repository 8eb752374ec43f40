#include "kernel_judge.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

#include "csprng.h"
#include "device_tensors.h"
#include "driver_api.h"
#include "local_scrub.h"
#include "stats.h"
#include "tensor_compare.h"
#include "timing_plan.h"

namespace avo::kernel_judge {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

std::string cuda_line(cudaError_t e, const char* what) {
  return std::string(what) + ": " + cudaGetErrorName(e) + " (" + cudaGetErrorString(e) + ")";
}

}  // namespace

// One call of the candidate: its buffer set and seed, its parameter block, its events and the
// copy of the __constant__ bank taken after it.
struct KernelJudge::Call {
  TensorSet* set = nullptr;
  KernelLaunchPlan plan;
  uint64_t seed = 0;
  std::vector<uint8_t> params;
  cudaEvent_t start = nullptr, stop = nullptr;
  gpu_judge::PinnedBytes bank;
  Call() = default;
  Call(const Call&) = delete;
  Call& operator=(const Call&) = delete;
  ~Call() {
    if (start != nullptr) cudaEventDestroy(start);
    if (stop != nullptr) cudaEventDestroy(stop);
  }
  std::string create(size_t bank_bytes) {
    if (cudaEventCreate(&start) != cudaSuccess || cudaEventCreate(&stop) != cudaSuccess)
      return "creating CUDA events";
    return bank_bytes > 0 ? bank.allocate(bank_bytes) : "";
  }
  [[nodiscard]] double elapsed_ms() const {
    float ms = 0;
    return cudaEventElapsedTime(&ms, start, stop) == cudaSuccess ? ms : -1;
  }
};

// The buffer sets and page-locked copies of one configuration.
struct KernelJudge::Batch {
  std::vector<std::unique_ptr<TensorSet>> sets;
  std::vector<std::unique_ptr<gpu_judge::PinnedBytes>> host;  // per tensor: its bytes after a call
};

KernelJudge::KernelJudge(const KernelDecl& decl, ReferenceProcess& reference, KernelTiming timing)
    : decl_(decl), reference_(reference), timing_(timing) {}

KernelJudge::~KernelJudge() {
  if (context_lost_) return;  // freeing would wait for a kernel that never ends
  if (stream_ != nullptr) cudaStreamSynchronize(stream_);
  if (flush_ != nullptr) cudaFree(flush_);
  if (counts_ != nullptr) cudaFree(counts_);
  if (stream_ != nullptr) cudaStreamDestroy(stream_);
}

std::string KernelJudge::init() {
  cudaError_t e = cudaGetDevice(&device_);
  int clock_khz = 0, l2 = 0;
  if (e == cudaSuccess) e = cudaFree(nullptr);  // the primary context, current from here on
  if (e == cudaSuccess)
    e = cudaDeviceGetAttribute(&sm_count_, cudaDevAttrMultiProcessorCount, device_);
  if (e == cudaSuccess) e = cudaDeviceGetAttribute(&clock_khz, cudaDevAttrClockRate, device_);
  if (e == cudaSuccess) e = cudaDeviceGetAttribute(&l2, cudaDevAttrL2CacheSize, device_);
  if (e == cudaSuccess) e = cudaStreamCreateWithFlags(&stream_, cudaStreamNonBlocking);
  flush_bytes_ = 2 * static_cast<size_t>(std::max(l2, 1 << 20));
  if (e == cudaSuccess) e = cudaMalloc(&flush_, flush_bytes_);
  if (e == cudaSuccess) e = cudaMalloc(&counts_, 2 * sizeof(unsigned long long));
  if (e != cudaSuccess) return cuda_line(e, "setting up the GPU");
  peak_tflops_ = sm_count_ * (clock_khz * 1e3) * 4096 / 1e12;
  granularity_ = gpu_judge::mapping_granularity(device_);
  if (granularity_ == 0) return "the GPU has no virtual memory management (guarded buffers)";
  monitor_ = std::make_unique<gpu_judge::GpuMonitor>(device_);
  return "";
}

double KernelJudge::work(const KernelConfig& config) const {
  std::map<std::string, int64_t> named;
  for (size_t i = 0; i < decl_.sizes.size() && i < config.sizes.size(); ++i)
    named[decl_.sizes[i]] = config.sizes[i];
  int64_t v = 0;
  std::string why;
  const SizeExpr& e = decl_.flops ? *decl_.flops : *decl_.bytes;
  return e.evaluate(named, &v, &why) ? static_cast<double>(v) : 0.0;
}

int KernelJudge::reps_for(double per_call_ms) const {
  if (timing_.fixed_reps > 0) return timing_.fixed_reps;
  const double want = per_call_ms > 0 ? timing_.target_ms / per_call_ms : timing_.max_reps;
  return std::clamp(static_cast<int>(want), timing_.min_reps, timing_.max_reps);
}

std::string KernelJudge::wait(double bound_s, const char* what) {
  const auto t0 = Clock::now();
  for (;;) {
    const cudaError_t e = cudaStreamQuery(stream_);
    if (e == cudaSuccess) return "";
    if (e != cudaErrorNotReady) {
      context_lost_ = true;
      return std::string(what) + ": " + cudaGetErrorName(e) + " (" + cudaGetErrorString(e) + ")";
    }
    if (ms_since(t0) > bound_s * 1e3) {
      context_lost_ = true;
      return std::string(what) + " still running after " + std::to_string(bound_s) +
             " s: the kernel hung (the judge stops here)";
    }
    std::this_thread::sleep_for(std::chrono::microseconds(50));
  }
}

std::string KernelJudge::run_call(Call& call, KernelCandidate& candidate) {
  if (std::string why = candidate.bank().restore(stream_); !why.empty()) return why;
  cudaError_t e = gpu_judge::scrub_local_memory(candidate.local_window(), sm_count_, stream_);
  if (e == cudaSuccess) e = cudaMemsetAsync(flush_, call.seed & 0xff, flush_bytes_, stream_);
  if (e == cudaSuccess) e = cudaEventRecord(call.start, stream_);
  if (e != cudaSuccess) return cuda_line(e, "before the call");
  if (std::string why = candidate.launch(call.plan, call.params, stream_); !why.empty()) return why;
  e = cudaEventRecord(call.stop, stream_);
  if (e != cudaSuccess) return cuda_line(e, "after the call");
  return candidate.bank().snapshot(stream_, call.bank.data());
}

std::string KernelJudge::new_call(const KernelConfig& config, const KernelLaunchPlan& plan,
                                  TensorSet* set, KernelCandidate& candidate,
                                  std::unique_ptr<Call>* out) {
  auto call = std::make_unique<Call>();
  if (std::string why = call->create(candidate.bank().bytes()); !why.empty()) return why;
  call->set = set;
  call->plan = plan;
  call->seed = gpu_judge::secure_random_u64();
  call->params = set->params(decl_, config.sizes);
  const cudaError_t e = set->prepare(call->seed, stream_);
  if (e != cudaSuccess) return cuda_line(e, "drawing the inputs");
  *out = std::move(call);
  return "";
}

std::string KernelJudge::compare_outputs(const Call& call, int index, KernelMeasurement* m) {
  const TensorSet& set = *call.set;
  for (size_t i = 0; i < set.size(); ++i) {
    const cudaError_t e = set.copy_out(i, batch_->host[i]->data(), stream_);
    if (e != cudaSuccess) return cuda_line(e, "copying the tensors back");
  }
  if (std::string why = wait(60, "copying the tensors back"); !why.empty()) return why;
  std::vector<ReferenceTensor> inputs, outputs;
  for (size_t i = 0; i < set.size(); ++i) {
    const DeviceTensor& t = set.tensor(i);
    ReferenceTensor r{t.decl->name, t.decl->dtype, t.shape, {}};
    if (t.decl->role == Role::kInput) {
      r.bytes.assign(batch_->host[i]->data(), batch_->host[i]->data() + t.bytes);
      inputs.push_back(std::move(r));
    } else if (t.decl->role == Role::kOutput) {
      outputs.push_back(std::move(r));
    }
  }
  if (std::string why = reference_.run(inputs, &outputs, timing_.reference_s); !why.empty())
    return "call " + std::to_string(index) + ": the reference failed: " + why;
  size_t out = 0;
  for (size_t i = 0; i < set.size(); ++i) {
    const DeviceTensor& t = set.tensor(i);
    if (t.decl->role != Role::kOutput) continue;
    const TensorComparison c =
        compare_tensor(t.decl->dtype, batch_->host[i]->data(), outputs[out++].bytes.data(),
                       t.elements, decl_.atol, decl_.rtol);
    double& ratio = m->errors[t.decl->name + "_tol_ratio"];
    double& max_abs = m->errors[t.decl->name + "_max_abs"];
    ratio = std::max(ratio, c.worst_tol_ratio);
    max_abs = std::max(max_abs, c.max_abs_error);
    if (!c.passed())
      return "call " + std::to_string(index) + ": " + describe_comparison(t.decl->name, t.shape, c);
  }
  return "";
}

std::string KernelJudge::check_call(const Call& call, int index, KernelCandidate& candidate,
                                    KernelMeasurement* m) {
  const std::string at = "call " + std::to_string(index) + ": ";
  if (candidate.bank().bytes() > 0) {
    if (std::string why = candidate.bank().compare(call.bank.data()); !why.empty()) return at + why;
  }
  unsigned long long counts[2] = {0, 0};
  cudaError_t e = cudaMemsetAsync(counts_, 0, sizeof(counts), stream_);
  if (e == cudaSuccess) e = call.set->check(call.seed, counts_, stream_);
  if (e == cudaSuccess)
    e = cudaMemcpyAsync(counts, counts_, sizeof(counts), cudaMemcpyDeviceToHost, stream_);
  if (e != cudaSuccess) return cuda_line(e, "checking the call");
  if (std::string why = wait(60, "checking the call"); !why.empty()) return why;
  if (counts[0] > 0)
    return at + std::to_string(counts[0]) +
           " guard words around its buffers changed (a write out of bounds)";
  if (counts[1] > 0) return at + std::to_string(counts[1]) + " input elements changed";
  ++m->calls;
  return compare_outputs(call, index, m);
}

std::string KernelJudge::add_sample(const Call& call, int index, double work,
                                    KernelMeasurement* m) const {
  const double ms = call.elapsed_ms();
  if (ms <= 0) return "call " + std::to_string(index) + ": no time between its CUDA events";
  const bool flops = decl_.flops.has_value();
  const double value = flops ? work / ms / 1e9 : work / ms / 1e6;  // TFLOPS or GB/s
  if (flops && value > peak_tflops_) {
    return "call " + std::to_string(index) + ": " + std::to_string(value) +
           " TFLOPS is above the GPU's dense peak of " + std::to_string(peak_tflops_) +
           ": impossible, refused";
  }
  m->samples.push_back(value);
  return "";
}

// One build measured on a configuration: its plan, what was found, and whether it is still in.
struct KernelJudge::Series {
  KernelCandidate* candidate = nullptr;
  KernelLaunchPlan plan;
  KernelMeasurement m;
  bool active = true;
  double per_call_ms = 0;
  void fail(const std::string& why) {
    active = false;
    m.message = why;
    m.samples.clear();
  }
};

std::string KernelJudge::warm_up(const KernelConfig& config, Series& series) {
  std::vector<double> times;
  for (int i = 0; i < timing_.warmup; ++i) {
    std::unique_ptr<Call> call;
    TensorSet* set = batch_->sets[static_cast<size_t>(i) % 2].get();
    std::string why = new_call(config, series.plan, set, *series.candidate, &call);
    if (why.empty()) why = wait(60, "drawing the inputs");
    if (why.empty()) why = run_call(*call, *series.candidate);
    if (why.empty()) why = wait(bound_s_, ("warm-up call " + std::to_string(i)).c_str());
    if (why.empty()) why = check_call(*call, i, *series.candidate, &series.m);
    if (!why.empty()) return why;
    times.push_back(call->elapsed_ms());
  }
  series.per_call_ms = gpu_judge::median(times);
  return "";
}

// Buffer sets up to `count` (at least the two there are); fewer when memory runs out.
std::string KernelJudge::allocate_sets(const KernelConfig& config, size_t count) {
  while (batch_->sets.size() < count) {
    auto set = std::make_unique<TensorSet>();
    const std::string why = set->allocate(decl_, config, device_, granularity_);
    if (!why.empty()) return batch_->sets.size() >= 2 ? "" : why;
    batch_->sets.push_back(std::move(set));
  }
  return "";
}

// Rounds [first_round, first_round + rounds) of every active build, back to back: each call's
// inputs drawn first (a buffer set of its own), the calls in ABBA order, then every call
// checked. "" or why the batch as a whole failed (its timing, or the context); a build whose
// call fails a check drops out alone.
std::string KernelJudge::run_batch(const KernelConfig& config, std::vector<Series>& series,
                                   int first_round, int rounds) {
  std::vector<std::pair<Series*, std::unique_ptr<Call>>> calls;
  std::string why;
  for (int r = first_round; r < first_round + rounds && why.empty(); ++r) {
    for (size_t k = 0; k < series.size() && why.empty(); ++k) {
      Series& s = series[r % 2 == 0 ? k : series.size() - 1 - k];
      if (!s.active) continue;
      calls.emplace_back(&s, nullptr);
      why = new_call(config, s.plan, batch_->sets[calls.size() - 1].get(), *s.candidate,
                     &calls.back().second);
    }
  }
  if (why.empty()) why = wait(60, "drawing the inputs");
  if (!why.empty()) return why;
  if (monitor_) monitor_->timing(true);
  const auto t0 = Clock::now();
  for (size_t c = 0; c < calls.size() && why.empty(); ++c)
    why = run_call(*calls[c].second, *calls[c].first->candidate);
  if (why.empty()) why = wait(bound_s_ * static_cast<double>(calls.size()), "a timed batch");
  const double wall_ms = ms_since(t0);
  if (monitor_) monitor_->timing(false);
  double event_ms = 0;
  for (size_t c = 0; c < calls.size() && why.empty(); ++c)
    event_ms += calls[c].second->elapsed_ms();
  if (why.empty()) why = gpu_judge::timing_inconsistency(event_ms, wall_ms, calls.size());
  if (!why.empty()) return why;
  const double work_per_call = work(config);
  for (size_t c = 0; c < calls.size() && !context_lost_; ++c) {
    Series& s = *calls[c].first;
    if (!s.active) continue;
    const int index = timing_.warmup + static_cast<int>(s.m.samples.size());
    std::string bad = check_call(*calls[c].second, index, *s.candidate, &s.m);
    if (bad.empty()) bad = add_sample(*calls[c].second, index, work_per_call, &s.m);
    if (!bad.empty()) s.fail(bad);
  }
  return context_lost_ ? "the CUDA context was lost" : "";
}

void KernelJudge::timed(const KernelConfig& config, std::vector<Series>& series, int reps) {
  size_t active = 0;
  for (const Series& s : series) active += s.active ? 1 : 0;
  // Each build gets as many buffer sets as the free memory's share allows, as many as the
  // rounds at most; the two of the warm-ups count.
  const size_t set_bytes = batch_->sets[0]->footprint(granularity_);
  size_t free_bytes = 0, total_bytes = 0;
  if (cudaMemGetInfo(&free_bytes, &total_bytes) != cudaSuccess) free_bytes = 0;
  const int per_build = gpu_judge::sets_for(reps, static_cast<int>(active), set_bytes,
                                            free_bytes + batch_->sets.size() * set_bytes);
  std::string why = allocate_sets(config, static_cast<size_t>(per_build) * active);
  const int rounds_per_batch = std::max(1, static_cast<int>(batch_->sets.size() / active));
  if (monitor_) monitor_->begin();
  int round = 0;
  for (const int n : gpu_judge::batch_sizes(reps, rounds_per_batch)) {
    if (!why.empty()) break;
    why = run_batch(config, series, round, n);
    round += n;
  }
  const gpu_judge::GpuConditions gpu = monitor_ ? monitor_->end() : gpu_judge::GpuConditions{};
  for (Series& s : series) {
    s.m.gpu = gpu;
    if (s.active && !why.empty()) s.fail(why);
  }
}

std::vector<KernelMeasurement> KernelJudge::measure_interleaved(
    const KernelConfig& config, const std::vector<KernelCandidate*>& builds) {
  std::vector<Series> series(builds.size());
  for (size_t i = 0; i < builds.size(); ++i) {
    series[i].candidate = builds[i];
    if (builds[i] == nullptr) {
      series[i].fail("the build did not load");
    } else if (std::string why = builds[i]->plan(config.sizes, &series[i].plan); !why.empty()) {
      series[i].fail(why);
    }
  }
  batch_ = std::make_unique<Batch>();
  std::string why = allocate_sets(config, 2);
  for (size_t i = 0; i < decl_.tensors.size() && why.empty(); ++i) {
    batch_->host.push_back(std::make_unique<gpu_judge::PinnedBytes>());
    why = batch_->host.back()->allocate(config.tensor_bytes[i]);
  }
  double slowest_ms = 0;
  for (Series& s : series) {
    if (!why.empty()) s.fail(why);
    if (!s.active || context_lost_) continue;
    bound_s_ = timing_.first_call_s;
    if (std::string bad = warm_up(config, s); !bad.empty()) s.fail(bad);
    slowest_ms = std::max(slowest_ms, s.per_call_ms);
  }
  // A timed call may take 50 times the slowest warm-up's median before it counts as hung.
  bound_s_ = std::max(1.0, 50 * slowest_ms / 1e3);
  const bool any =
      std::any_of(series.begin(), series.end(), [](const Series& s) { return s.active; });
  if (any && !context_lost_) timed(config, series, reps_for(slowest_ms));
  std::vector<KernelMeasurement> out;
  for (Series& s : series) {
    if (s.active) {
      s.m.value = gpu_judge::median(s.m.samples);
      s.m.correct = true;
    }
    out.push_back(std::move(s.m));
  }
  if (!context_lost_) {
    cudaStreamSynchronize(stream_);
    batch_.reset();
  }
  return out;
}

KernelMeasurement KernelJudge::measure(const KernelConfig& config, KernelCandidate& candidate) {
  return measure_interleaved(config, {&candidate})[0];
}

std::map<std::string, double> KernelJudge::baselines(const KernelConfig& config,
                                                     std::map<std::string, std::string>* errors) {
  std::map<std::string, double> out;
  if (decl_.baselines.empty()) return out;
  TensorSet set;
  std::string why = set.allocate(decl_, config, device_, granularity_);
  const cudaError_t e =
      why.empty() ? set.prepare(gpu_judge::secure_random_u64(), stream_) : cudaSuccess;
  if (why.empty() && e != cudaSuccess) why = cuda_line(e, "drawing the baselines' inputs");
  std::vector<ReferenceTensor> inputs;
  for (size_t i = 0; i < set.size() && why.empty(); ++i) {
    const DeviceTensor& t = set.tensor(i);
    if (t.decl->role != Role::kInput) continue;
    ReferenceTensor r{t.decl->name, t.decl->dtype, t.shape, std::vector<uint8_t>(t.bytes)};
    const cudaError_t c = cudaMemcpyAsync(r.bytes.data(), t.mapping.buffer(), t.bytes,
                                          cudaMemcpyDeviceToHost, stream_);
    if (c != cudaSuccess) why = cuda_line(c, "copying the baselines' inputs");
    inputs.push_back(std::move(r));
  }
  if (why.empty()) why = wait(60, "copying the baselines' inputs");
  const double work_per_call = work(config);
  for (const BaselineDecl& b : decl_.baselines) {
    std::vector<double> ms;
    std::string bad = why;
    if (bad.empty()) bad = reference_.time(b.function, inputs, 20, timing_.reference_s, &ms);
    if (!bad.empty()) {
      (*errors)[b.name] = bad;
      continue;
    }
    const double median_ms = gpu_judge::median(ms);
    out[b.name] = decl_.flops ? work_per_call / median_ms / 1e9 : work_per_call / median_ms / 1e6;
  }
  return out;
}

}  // namespace avo::kernel_judge
