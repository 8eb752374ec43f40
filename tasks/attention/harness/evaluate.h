// evaluate.h -- one configuration, start to end: fresh random inputs, the fp32 reference, the
// correctness check of the candidate (and of cuDNN), then timing -- only once it passed.
//
// Timing method: `warmup` untimed calls, then `reps` timed calls (enough for about target_ms,
// within [min_reps, max_reps]), each bracketed by CUDA events on the harness's stream; before
// each timed call a buffer of twice the L2 size is written (outside the events) so that no call
// finds its inputs in L2, and calls rotate over several independent input sets. The value is
// the median of the per-call TFLOPS. The last timed call runs on input set 0 with NaN-poisoned
// outputs and its result is checked again, so the timed code is the checked code.
#pragma once

#include <cuda_runtime_api.h>

#include <cstdint>
#include <functional>
#include <string>

#include "config.h"
#include "result_json.h"

namespace avo::attention {

struct TimingOptions {
  int warmup = 3;
  int min_reps = 10;
  int max_reps = 100;
  double target_ms = 400;  // aim for this much timed work per implementation and config
  int fixed_reps = 0;      // > 0: exactly this many timed calls
};

// An implementation under test: enqueues one forward on the evaluator's stream and returns ""
// on success or why it failed.
using ForwardFn = std::function<std::string(const AttentionShape&, const void* q, const void* k,
                                            const void* v, void* o, float* lse)>;

class Evaluator {
 public:
  Evaluator(Tolerance tol, TimingOptions timing, uint64_t seed)
      : tol_(tol), timing_(timing), seed_(seed) {}
  ~Evaluator();
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;

  // Creates the stream and the L2 flush buffer.
  bool init(std::string* error);
  [[nodiscard]] cudaStream_t stream() const { return stream_; }

  // Evaluates `candidate` on one configuration; if `baseline` is set (cuDNN), measures it too
  // and records it under baselines[baseline_name] when it passes the same check.
  // `prepare_baseline` is called once before the baseline runs (graph building).
  ConfigResult evaluate(int index, const NamedConfig& config, const ForwardFn& candidate,
                        const ForwardFn* baseline, const std::string& baseline_name,
                        const std::function<std::string(const AttentionShape&)>& prepare_baseline);

  // True after a fault that leaves the CUDA context unusable: later configs cannot run.
  [[nodiscard]] bool context_lost() const { return context_lost_; }

 private:
  Tolerance tol_;
  TimingOptions timing_;
  uint64_t seed_;
  cudaStream_t stream_ = nullptr;
  void* flush_ = nullptr;
  size_t flush_bytes_ = 0;
  size_t l2_bytes_ = 0;
  bool context_lost_ = false;
};

}  // namespace avo::attention
