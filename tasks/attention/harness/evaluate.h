// evaluate.h -- one implementation on one configuration: every call checked, on fresh inputs,
// then timed figures only from calls that passed.
//
// Every call, warm-up and timed alike, goes through the same steps, so nothing a kernel can
// observe tells one call from another:
//   before   new inputs drawn from the host's CSPRNG (input_draw.h: q with peaked rows, v with
//            a non-zero mean) into a buffer set of its own (at least two sets used in turn, so
//            pointers change too); right before the call o and lse filled with NaN, the scratch
//            and the judge's check memory zeroed, the implementation's host work done (bind),
//            L2 flushed by writing a buffer of twice its size.
//   timed    a CUDA event on the judge's stream, the launch, a second event.
//   after    on the device: no NaN/inf left anywhere in o, no NaN/+inf in lse, q/k/v equal to
//            what was drawn (re-derived from the seed, not copied), every guard region around
//            every buffer of both sets unchanged (1 MiB of seeded words on each side of q, k, v,
//            o, lse and the scratch); then kSampleGroups x 32 (batch, head, row) triples drawn
//            after the call returned, checked against the fp32 reference for just those rows
//            (compare.h rules); and, for the first call and for `full_checks` timed calls
//            chosen at random after they ran, every element against the full reference
//            (the baselines, trusted code, get the per-call checks but no full ones).
// Any failure makes the implementation incorrect, with a message naming the call and the check.
//
// Timing regimes (TimingOptions::sustained):
//   sustained (--sustained; what users get): the timed calls run back to back in batches, as a
//            model running attention does and as triton's do_bench times: the inputs of a
//            whole batch drawn first (one buffer set per call, as many as kSetMemoryShare of
//            the free memory holds, timing_plan.h), then call after call with only the steps
//            above between them, then the checks of every call of the batch. The GPU stays
//            busy, so its power cap holds the clock where a user's would be.
//   burst (the default for now): each call alone: the stream synchronised before its first
//            event, so every call
//            starts on an idle GPU at its highest clock; checked before the next one.
// Warm-up calls are always burst-style: a fault there is that call's alone.
// Timing: the median of per-call TFLOPS over the timed calls. A call above the GPU's dense
// BF16 peak (SMs x clock x 4096 FLOP per clock, from the device's properties) is refused as
// impossible, and the sum of event times must be consistent with the host's wall time over the
// timed calls (events can neither exceed it nor miss most of it; per call when burst, per batch
// when sustained). The SM clock, power draw and clock limits seen during the timed calls are
// recorded (gpu_monitor.h).
#pragma once

#include <cuda_runtime_api.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config.h"
#include "gpu_conditions.h"
#include "gpu_monitor.h"
#include "implementation.h"

namespace avo::attention {

struct TimingOptions {
  int warmup = 3;
  int min_reps = 10;
  int max_reps = 100;
  double target_ms = 250;  // aim for this much timed work per implementation and config
  int fixed_reps = 0;      // > 0: exactly this many timed calls
  bool sustained = true;   // true: sustained timing (back to back, the default); false: burst
};

struct CheckOptions {
  int sample_groups = 16;  // x 32 rows sampled after every call
  int full_checks = 2;     // timed calls checked in full, besides the first call
};

// The GPU's facts the judge relies on.
struct DeviceFacts {
  std::string name;
  int sm_count = 0;
  int clock_khz = 0;  // SM clock (cudaDevAttrClockRate)
  size_t l2_bytes = 0;
  // Dense BF16 tensor-core peak: sm_count x clock x 4096 FLOP per clock per SM (Hopper).
  [[nodiscard]] double peak_tflops() const;
};

struct Measurement {
  bool correct = false;
  std::string message;                   // why not correct, or a note
  std::vector<double> samples;           // TFLOPS of each timed call
  double value = 0;                      // median of samples when correct
  std::map<std::string, double> errors;  // worst figures over the checked calls
  int calls = 0;                         // calls made (and checked)
  int full_checks = 0;                   // of them checked in full
  double event_ms = 0, wall_ms = 0;      // sums over the timed calls (wall: burst only)
  gpu_judge::GpuConditions gpu;          // the GPU during the timed calls
};

// Called when a call of `impl` is still running after its bound (flops.h call_time_bound_s),
// with the reason. A hung kernel cannot be stopped inside its CUDA context, and freeing anything
// would wait for it, so the handler must not return: it records the configuration and ends the
// process (main.cpp, fresh_workers.h). Without one, the harness says why on stderr and exits
// with status 3.
using HangHandler = std::function<void(const Implementation& impl, const std::string& why)>;

// Named apart from the engine's avo::Evaluator: this one owns the GPU side (stream, L2 flush
// buffer, device facts) and judges implementations inside the harness process.
class Harness {
 public:
  Harness(Tolerance tol, TimingOptions timing, CheckOptions checks)
      : tol_(tol), timing_(timing), checks_(checks) {}
  ~Harness();
  Harness(const Harness&) = delete;
  Harness& operator=(const Harness&) = delete;

  // Creates the stream and the L2 flush buffer, reads the device's facts and opens its monitor.
  bool init(std::string* error);
  // The GPU's monitor; null when init() failed before opening it.
  [[nodiscard]] const gpu_judge::GpuMonitor* monitor() const { return monitor_.get(); }
  [[nodiscard]] cudaStream_t stream() const { return stream_; }
  [[nodiscard]] const DeviceFacts& device() const { return device_; }
  [[nodiscard]] const TimingOptions& timing() const { return timing_; }

  // Checks and times `impl` on one configuration. `trusted` (the baselines): every call is
  // still sampled-checked, but none is checked in full.
  Measurement measure(const AttentionShape& s, Implementation& impl, bool trusted = false);

  // Several implementations on one configuration, measured interleaved (builds compared side
  // by side, docs/attention.md "--interleaved"): each gets its own series with every check
  // above, warm-up included; then the same number of timed calls each, as many as the slowest
  // needs, round r calling them in order 0..N-1 when r is even and N-1..0 when odd, so a drift
  // linear in time falls on all alike. One that fails drops out and the others go on (a broken
  // build must not hide another's figure); a lost CUDA context stops all. samples[i] of every
  // correct one is round i. One Measurement per implementation, in order; `trusted` as above.
  std::vector<Measurement> measure_interleaved(const AttentionShape& s,
                                               const std::vector<Implementation*>& impls,
                                               bool trusted = false);

  void on_hang(HangHandler handler) { on_hang_ = std::move(handler); }

  // True after a fault that leaves the CUDA context unusable: later configs cannot run.
  [[nodiscard]] bool context_lost() const { return context_lost_; }

 private:
  [[nodiscard]] int reps_for(double per_call_ms) const;

  Tolerance tol_;
  TimingOptions timing_;
  CheckOptions checks_;
  DeviceFacts device_;
  cudaStream_t stream_ = nullptr;
  void* flush_ = nullptr;
  size_t flush_bytes_ = 0;
  bool context_lost_ = false;
  HangHandler on_hang_;
  std::unique_ptr<gpu_judge::GpuMonitor> monitor_;
};

}  // namespace avo::attention
