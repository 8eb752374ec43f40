#include "evaluate.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "bf16.h"
#include "compare.h"
#include "cuda_check.h"
#include "device_fill.h"
#include "flops.h"
#include "gpu_reference.h"
#include "stats.h"

namespace avo::attention {
namespace {

struct CudaFree {
  void operator()(void* p) const { cudaFree(p); }
};
using DevPtr = std::unique_ptr<void, CudaFree>;

// Device memory for one configuration: n_sets independent input sets, one output pair, and the
// reference for input set 0.
struct Workspace {
  std::vector<DevPtr> q, k, v;
  DevPtr o, lse, ref_o, ref_lse, ref_sigma;
  [[nodiscard]] int n_sets() const { return static_cast<int>(q.size()); }
};

struct HostRef {
  std::vector<float> o, lse, sigma;
};

struct Ctx {
  cudaStream_t stream;
  void* flush;
  size_t flush_bytes;
  const Tolerance& tol;
  const TimingOptions& timing;
  bool* context_lost;
};

std::string cuda_fail(const Ctx& c, cudaError_t e, const char* what) {
  if (cuda_error_is_sticky(e)) *c.context_lost = true;
  return cuda_message(e, what);
}

bool alloc(DevPtr* out, size_t bytes, std::string* error) {
  void* p = nullptr;
  const cudaError_t e = cudaMalloc(&p, bytes);
  if (e != cudaSuccess) {
    cudaGetLastError();  // an allocation failure is not sticky; clear it
    *error = "harness: cannot allocate " + std::to_string(bytes >> 20) +
             " MiB: " + cudaGetErrorString(e);
    return false;
  }
  out->reset(p);
  return true;
}

// Enough input sets that they do not fit in L2 together (at least 3, at most 8).
int input_sets(const AttentionShape& s, size_t l2_bytes) {
  const double set_bytes = 2.0 * static_cast<double>(s.q_elems() + 2 * s.kv_elems());
  const int n = static_cast<int>(std::ceil(3.0 * static_cast<double>(l2_bytes) / set_bytes));
  return std::clamp(n, 3, 8);
}

bool make_workspace(const AttentionShape& s, int n_sets, Workspace* w, std::string* error) {
  const size_t qb = 2 * static_cast<size_t>(s.q_elems());
  const size_t kvb = 2 * static_cast<size_t>(s.kv_elems());
  const size_t lb = 4 * static_cast<size_t>(s.lse_elems());
  for (int i = 0; i < n_sets; ++i) {
    w->q.emplace_back();
    w->k.emplace_back();
    w->v.emplace_back();
    if (!alloc(&w->q.back(), qb, error) || !alloc(&w->k.back(), kvb, error) ||
        !alloc(&w->v.back(), kvb, error)) {
      return false;
    }
  }
  return alloc(&w->o, qb, error) && alloc(&w->lse, lb, error) && alloc(&w->ref_o, 2 * qb, error) &&
         alloc(&w->ref_lse, lb, error) && alloc(&w->ref_sigma, 2 * qb, error);
}

std::string poison_outputs(const Ctx& c, const AttentionShape& s, Workspace& w) {
  cudaError_t e = fill_u16(w.o.get(), s.q_elems(), kBf16QuietNan, c.stream);
  if (e == cudaSuccess)
    e = fill_f32(static_cast<float*>(w.lse.get()), s.lse_elems(), NAN, c.stream);
  return e == cudaSuccess ? "" : cuda_fail(c, e, "harness: poisoning outputs");
}

// Copies the outputs of the last call to the host and checks them against the reference.
// Returns "" when they pass.
std::string check_outputs(const Ctx& c, const AttentionShape& s, Workspace& w, const HostRef& ref,
                          ErrorStats* o_err, ErrorStats* lse_err) {
  std::vector<uint16_t> o(static_cast<size_t>(s.q_elems()));
  std::vector<float> lse(static_cast<size_t>(s.lse_elems()));
  cudaError_t e =
      cudaMemcpyAsync(o.data(), w.o.get(), o.size() * 2, cudaMemcpyDeviceToHost, c.stream);
  if (e == cudaSuccess) {
    e = cudaMemcpyAsync(lse.data(), w.lse.get(), lse.size() * 4, cudaMemcpyDeviceToHost, c.stream);
  }
  if (e == cudaSuccess) e = cudaStreamSynchronize(c.stream);
  if (e != cudaSuccess) return cuda_fail(c, e, "reading outputs");
  *o_err =
      compare_bf16(o.data(), ref.o.data(), ref.sigma.data(), s.q_elems(), {c.tol.atol, c.tol.rtol});
  *lse_err = compare_f32(lse.data(), ref.lse.data(), nullptr, s.lse_elems(),
                         {c.tol.lse_atol, c.tol.lse_rtol});
  if (!o_err->elements_ok()) {
    return "o: " + std::to_string(o_err->mismatches) + " of " + std::to_string(o_err->count) +
           " elements outside |x-ref| <= atol + rtol*(|ref|+sigma) (" +
           std::to_string(o_err->nonfinite) + " NaN/inf); first at index " +
           std::to_string(o_err->first_bad) + ": " + o_err->first_bad_desc;
  }
  if (o_err->rel_l2 > c.tol.max_rel_l2) {
    return "o: relative L2 error " + std::to_string(o_err->rel_l2) + " > " +
           std::to_string(c.tol.max_rel_l2);
  }
  if (!lse_err->elements_ok()) {
    return "lse: " + std::to_string(lse_err->mismatches) + " of " + std::to_string(lse_err->count) +
           " elements outside tolerance (" + std::to_string(lse_err->nonfinite) +
           " NaN/inf); first at index " + std::to_string(lse_err->first_bad) + ": " +
           lse_err->first_bad_desc;
  }
  return "";
}

std::string call(const Ctx& c, const ForwardFn& fn, const AttentionShape& s, Workspace& w,
                 int set) {
  const size_t i = static_cast<size_t>(set);
  std::string why =
      fn(s, w.q[i].get(), w.k[i].get(), w.v[i].get(), w.o.get(), static_cast<float*>(w.lse.get()));
  if (!why.empty()) return why;
  // A launch error in the shared CUDA runtime (the candidate is built with -cudart shared;
  // cuDNN uses it too) shows up here; reading it also clears a non-sticky one.
  const cudaError_t e = cudaGetLastError();
  return e == cudaSuccess ? "" : cuda_fail(c, e, "after the call");
}

// Poisons the outputs, runs once on input set 0, and checks. Returns "" when correct.
std::string check_once(const Ctx& c, const ForwardFn& fn, const AttentionShape& s, Workspace& w,
                       const HostRef& ref, ErrorStats* o_err, ErrorStats* lse_err) {
  if (std::string why = poison_outputs(c, s, w); !why.empty()) return why;
  if (std::string why = call(c, fn, s, w, 0); !why.empty()) return why;
  if (cudaError_t e = cudaStreamSynchronize(c.stream); e != cudaSuccess) {
    return cuda_fail(c, e, "running");
  }
  return check_outputs(c, s, w, ref, o_err, lse_err);
}

struct EventPair {
  cudaEvent_t start = nullptr, stop = nullptr;
  ~EventPair() {
    if (start) cudaEventDestroy(start);
    if (stop) cudaEventDestroy(stop);
  }
};

// Warm-up, then timed calls (see evaluate.h). Fills *samples (TFLOPS per call); returns "" on
// success.
std::string time_calls(const Ctx& c, const ForwardFn& fn, const AttentionShape& s, Workspace& w,
                       const HostRef& ref, std::vector<double>* samples) {
  const int n_sets = w.n_sets();
  EventPair warm;
  if (cudaEventCreate(&warm.start) != cudaSuccess || cudaEventCreate(&warm.stop) != cudaSuccess) {
    return "harness: cudaEventCreate failed";
  }
  cudaEventRecord(warm.start, c.stream);
  const int warmup = std::max(1, c.timing.warmup);
  for (int i = 0; i < warmup; ++i) {
    if (std::string why = call(c, fn, s, w, (i + 1) % n_sets); !why.empty()) return why;
  }
  cudaEventRecord(warm.stop, c.stream);
  if (cudaError_t e = cudaEventSynchronize(warm.stop); e != cudaSuccess) {
    return cuda_fail(c, e, "warm-up");
  }
  float warm_ms = 0;
  cudaEventElapsedTime(&warm_ms, warm.start, warm.stop);
  const double per_call = std::max(1e-3, static_cast<double>(warm_ms) / warmup);

  int reps = c.timing.fixed_reps;
  if (reps <= 0) {
    reps = static_cast<int>(std::ceil(c.timing.target_ms / per_call));
    reps = std::clamp(reps, c.timing.min_reps, c.timing.max_reps);
  }
  std::vector<EventPair> ev(static_cast<size_t>(reps));
  for (auto& p : ev) {
    if (cudaEventCreate(&p.start) != cudaSuccess || cudaEventCreate(&p.stop) != cudaSuccess) {
      return "harness: cudaEventCreate failed";
    }
  }
  for (int r = 0; r < reps; ++r) {
    const int set = (reps - 1 - r) % n_sets;  // the last timed call uses set 0
    if (r == reps - 1) {
      if (std::string why = poison_outputs(c, s, w); !why.empty()) return why;
    }
    if (cudaError_t e = cudaMemsetAsync(c.flush, r & 0xff, c.flush_bytes, c.stream);
        e != cudaSuccess) {
      return cuda_fail(c, e, "harness: flushing L2");
    }
    cudaEventRecord(ev[static_cast<size_t>(r)].start, c.stream);
    if (std::string why = call(c, fn, s, w, set); !why.empty()) return why;
    cudaEventRecord(ev[static_cast<size_t>(r)].stop, c.stream);
  }
  if (cudaError_t e = cudaStreamSynchronize(c.stream); e != cudaSuccess) {
    return cuda_fail(c, e, "timed calls");
  }
  const double flops = attention_flops(s);
  samples->clear();
  for (auto& p : ev) {
    float ms = 0;
    cudaEventElapsedTime(&ms, p.start, p.stop);
    samples->push_back(tflops(flops, ms));
  }
  ErrorStats o_err, lse_err;
  if (std::string why = check_outputs(c, s, w, ref, &o_err, &lse_err); !why.empty()) {
    return "the output of a timed call failed the check: " + why;
  }
  return "";
}

}  // namespace

Evaluator::~Evaluator() {
  if (flush_) cudaFree(flush_);
  if (stream_) cudaStreamDestroy(stream_);
}

bool Evaluator::init(std::string* error) {
  int dev = 0;
  cudaDeviceProp prop{};
  cudaError_t e = cudaGetDevice(&dev);
  if (e == cudaSuccess) e = cudaGetDeviceProperties(&prop, dev);
  if (e == cudaSuccess) e = cudaStreamCreateWithFlags(&stream_, cudaStreamNonBlocking);
  if (e != cudaSuccess) {
    *error = cuda_message(e, "harness: CUDA initialisation");
    return false;
  }
  l2_bytes_ = static_cast<size_t>(prop.l2CacheSize);
  flush_bytes_ = std::max<size_t>(2 * l2_bytes_, size_t{64} << 20);
  e = cudaMalloc(&flush_, flush_bytes_);
  if (e != cudaSuccess) {
    *error = cuda_message(e, "harness: allocating the L2 flush buffer");
    return false;
  }
  return true;
}

ConfigResult Evaluator::evaluate(
    int index, const NamedConfig& config, const ForwardFn& candidate, const ForwardFn* baseline,
    const std::string& baseline_name,
    const std::function<std::string(const AttentionShape&)>& prepare_baseline) {
  ConfigResult res;
  res.name = config.name;
  const AttentionShape& s = config.shape;
  if (context_lost_) {
    res.message = "not run: an earlier failure left the CUDA context unusable";
    return res;
  }
  const Ctx c{stream_, flush_, flush_bytes_, tol_, timing_, &context_lost_};

  Workspace w;
  std::string why;
  if (!make_workspace(s, input_sets(s, l2_bytes_), &w, &why)) {
    res.message = why;
    return res;
  }
  // Fresh inputs: every (seed, config, set, tensor) gives an independent N(0, 1) tensor.
  cudaError_t e = cudaSuccess;
  for (int i = 0; i < w.n_sets() && e == cudaSuccess; ++i) {
    const auto si = static_cast<uint64_t>(i);
    const auto ci = static_cast<uint64_t>(index);
    e = fill_normal_bf16(w.q[si].get(), s.q_elems(), mix_seed(seed_, ci, si, 0), stream_);
    if (e == cudaSuccess) {
      e = fill_normal_bf16(w.k[si].get(), s.kv_elems(), mix_seed(seed_, ci, si, 1), stream_);
    }
    if (e == cudaSuccess) {
      e = fill_normal_bf16(w.v[si].get(), s.kv_elems(), mix_seed(seed_, ci, si, 2), stream_);
    }
  }
  const float scale = softmax_scale_for(s.head_dim);
  if (e == cudaSuccess) {
    e = launch_gpu_reference(
        s, scale, w.q[0].get(), w.k[0].get(), w.v[0].get(), static_cast<float*>(w.ref_o.get()),
        static_cast<float*>(w.ref_lse.get()), static_cast<float*>(w.ref_sigma.get()), stream_);
  }
  HostRef ref;
  ref.o.resize(static_cast<size_t>(s.q_elems()));
  ref.lse.resize(static_cast<size_t>(s.lse_elems()));
  ref.sigma.resize(static_cast<size_t>(s.q_elems()));
  if (e == cudaSuccess) {
    e = cudaMemcpyAsync(ref.o.data(), w.ref_o.get(), ref.o.size() * 4, cudaMemcpyDeviceToHost,
                        stream_);
  }
  if (e == cudaSuccess) {
    e = cudaMemcpyAsync(ref.lse.data(), w.ref_lse.get(), ref.lse.size() * 4, cudaMemcpyDeviceToHost,
                        stream_);
  }
  if (e == cudaSuccess) {
    e = cudaMemcpyAsync(ref.sigma.data(), w.ref_sigma.get(), ref.sigma.size() * 4,
                        cudaMemcpyDeviceToHost, stream_);
  }
  if (e == cudaSuccess) e = cudaStreamSynchronize(stream_);
  if (e != cudaSuccess) {
    res.message = cuda_fail(c, e, "harness: inputs and reference");
    return res;
  }

  // The candidate: correct first, timed only then.
  ErrorStats o_err, lse_err;
  why = check_once(c, candidate, s, w, ref, &o_err, &lse_err);
  add_error_figures("o", o_err, &res.errors);
  add_error_figures("lse", lse_err, &res.errors);
  if (why.empty()) why = time_calls(c, candidate, s, w, ref, &res.samples);
  if (why.empty()) {
    res.correct = true;
    res.value = median(res.samples);
  } else {
    res.message = why;
    res.samples.clear();
  }

  if (baseline != nullptr && !context_lost_) {
    std::string note = prepare_baseline(s);
    if (note.empty()) {
      ErrorStats bo, bl;
      note = check_once(c, *baseline, s, w, ref, &bo, &bl);
      res.errors[baseline_name + "_o_max_abs"] = bo.max_abs;
      res.errors[baseline_name + "_lse_max_abs"] = bl.max_abs;
      std::vector<double> samples;
      if (note.empty()) note = time_calls(c, *baseline, s, w, ref, &samples);
      if (note.empty()) res.baselines[baseline_name] = median(samples);
    }
    if (!note.empty()) {
      if (!res.message.empty()) res.message += "; ";
      res.message += baseline_name + " not measured: " + note;
    }
  }
  return res;
}

}  // namespace avo::attention
