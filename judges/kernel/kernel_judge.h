// kernel_judge.h -- one bring-your-own kernel on one configuration: every call checked against
// the task's reference on fresh inputs, then timed figures only from calls that passed. The
// attention harness's protections (tasks/attention/harness/evaluate.h), for any kernel.toml:
//
//   before every call  a buffer set of its own (device_tensors.h: each tensor in a guarded
//                      mapping) with inputs drawn from a fresh seed of the judge's CSPRNG,
//                      outputs poisoned with NaN, scratch zeroed, guards filled; the module's
//                      __constant__ bank put back as loaded; every thread's local memory
//                      cleared; the L2 flushed (a write of twice its size).
//   the call           the launch between two CUDA events on the judge's stream.
//   after every call   a copy of the __constant__ bank compared with the loaded one; guard words
//                      and input elements counted against what the seed drew; every output
//                      compared element by element with what the reference computed from that
//                      call's inputs (tensor_compare.h), in a process of its own
//                      (reference_process.h).
// Warm-up calls run alone (a fault there is theirs). Timed calls run back to back in batches
// (sustained timing: as many buffer sets as timing_plan.h's share of free memory holds, every
// set drawn before its batch, checked after it), so the GPU's power cap sets the clock as it
// does for a user. The figure is the median over timed calls of work / time: TFLOPS when
// kernel.toml declares `flops`, else GB/s from `bytes`. A call above the GPU's dense peak (SMs x
// clock x 4096 FLOP per clock) is refused as impossible; CUDA events must agree with the host's
// wall time around each batch. A call still running after its bound stops the judge: a hung
// kernel cannot be stopped inside its context (context_lost()).
#pragma once

#include <cuda_runtime.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "decl.h"
#include "device_tensors.h"
#include "gpu_monitor.h"
#include "kernel_candidate.h"
#include "kernel_measurement.h"
#include "reference_process.h"
#include "request.h"

namespace avo::kernel_judge {

struct KernelTiming {
  int warmup = 2;
  int min_reps = 10;
  int max_reps = 20;
  double target_ms = 200;    // aim for this much timed work per configuration
  int fixed_reps = 0;        // > 0: exactly this many timed calls
  double first_call_s = 10;  // bound on a call before any has been timed
  double reference_s = 120;  // bound on one reference call
};

class KernelJudge {
 public:
  KernelJudge(const KernelDecl& decl, ReferenceProcess& reference, KernelTiming timing);
  ~KernelJudge();
  KernelJudge(const KernelJudge&) = delete;
  KernelJudge& operator=(const KernelJudge&) = delete;

  // The stream, events, L2 flush buffer, check counters and the GPU monitor. "" or why not.
  std::string init();
  [[nodiscard]] const char* unit() const { return decl_.flops ? "TFLOPS" : "GB/s"; }
  KernelMeasurement measure(const KernelConfig& config, KernelCandidate& candidate);
  // Several builds on one configuration, side by side (a paired gate's measurement,
  // docs/task-format.md "interleaved_command"): each gets its own warm-up with every check
  // above; then the same number of timed rounds each (as many as the slowest needs), round r
  // calling them in order 0..N-1 when r is even and N-1..0 when odd, so a drift linear in time
  // falls on all alike; samples[i] of every correct one is round i. One that fails drops out
  // and the others go on; a lost CUDA context stops all. One measurement per build, in order.
  std::vector<KernelMeasurement> measure_interleaved(const KernelConfig& config,
                                                     const std::vector<KernelCandidate*>& builds);
  // The task's baselines (kernel.toml's [[baseline]]) on one configuration, timed by the
  // reference process on fresh inputs (the work per call over the median of 20 calls, in this
  // judge's unit); a baseline that fails is left out, its reason in *errors.
  std::map<std::string, double> baselines(const KernelConfig& config,
                                          std::map<std::string, std::string>* errors);
  // True after a fault or a hang that leaves the CUDA context unusable.
  [[nodiscard]] bool context_lost() const { return context_lost_; }

 private:
  struct Call;
  struct Batch;
  struct Series;
  std::string new_call(const KernelConfig& config, const KernelLaunchPlan& plan, TensorSet* set,
                       KernelCandidate& candidate, std::unique_ptr<Call>* out);
  std::string run_call(Call& call, KernelCandidate& candidate);
  std::string check_call(const Call& call, int index, KernelCandidate& candidate,
                         KernelMeasurement* m);
  std::string compare_outputs(const Call& call, int index, KernelMeasurement* m);
  std::string wait(double bound_s, const char* what);
  std::string warm_up(const KernelConfig& config, Series& series);
  std::string allocate_sets(const KernelConfig& config, size_t count);
  std::string run_batch(const KernelConfig& config, std::vector<Series>& series, int first_round,
                        int rounds);
  void timed(const KernelConfig& config, std::vector<Series>& series, int reps);
  std::string add_sample(const Call& call, int index, double work, KernelMeasurement* m) const;
  [[nodiscard]] int reps_for(double per_call_ms) const;
  [[nodiscard]] double work(const KernelConfig& config) const;

  const KernelDecl& decl_;
  ReferenceProcess& reference_;
  KernelTiming timing_;
  cudaStream_t stream_ = nullptr;
  void* flush_ = nullptr;
  size_t flush_bytes_ = 0;
  unsigned long long* counts_ = nullptr;  // device: changed guard words, changed inputs
  int device_ = 0;
  int sm_count_ = 0;
  double peak_tflops_ = 0;
  size_t granularity_ = 0;
  double bound_s_ = 0;  // the current configuration's bound on one call
  bool context_lost_ = false;
  std::unique_ptr<gpu_judge::GpuMonitor> monitor_;
  std::unique_ptr<Batch> batch_;  // the current configuration's buffer sets and host copies
};

}  // namespace avo::kernel_judge
