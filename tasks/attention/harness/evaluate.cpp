#include "evaluate.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

#include "bf16.h"
#include "call_checks.h"
#include "compare.h"
#include "csprng.h"
#include "cuda_check.h"
#include "device_fill.h"
#include "flops.h"
#include "gpu_reference.h"
#include "input_draw.h"
#include "local_scrub.h"
#include "result_json.h"
#include "sampling.h"
#include "stats.h"
#include "timing_plan.h"
#include "workspace.h"

namespace avo::attention {
using gpu_judge::kBf16QuietNan;

namespace {

struct CudaFree {
  void operator()(void* p) const { cudaFree(p); }
};
using DevPtr = std::unique_ptr<void, CudaFree>;

const char* const kBufferNames[kNumBuffers] = {"q", "k", "v", "o", "lse", "scratch"};

struct EventPair {
  cudaEvent_t start = nullptr, stop = nullptr;
  EventPair() {
    cudaEventCreate(&start);
    cudaEventCreate(&stop);
  }
  ~EventPair() {
    if (start) cudaEventDestroy(start);
    if (stop) cudaEventDestroy(stop);
  }
  EventPair(const EventPair&) = delete;
  EventPair& operator=(const EventPair&) = delete;
};

// A judge-side device buffer and its size.
struct DevBuf {
  DevPtr ptr;
  size_t bytes = 0;
  [[nodiscard]] void* get() const { return ptr.get(); }
};

enum Counter {
  kCountNonfiniteO = 0,
  kCountBadLse,
  kCountInput,                    // + tensor (q, k, v)
  kCountGuard = kCountInput + 3,  // + guard, of the call's own set
  kCounters = kCountGuard + kGuardsPerSet,
};

bool alloc(DevBuf* out, size_t bytes, std::string* error) {
  void* p = nullptr;
  out->bytes = std::max<size_t>(bytes, 256);
  const cudaError_t e = cudaMalloc(&p, out->bytes);
  if (e != cudaSuccess) {
    cudaGetLastError();
    *error = "harness: cannot allocate " + std::to_string(bytes >> 20) +
             " MiB: " + cudaGetErrorString(e);
    return false;
  }
  out->ptr.reset(p);
  return true;
}

// Judge-side memory for the checks, allocated once per measurement and shared by its series.
// Calls run one at a time, and every device buffer here is zeroed before each call (the
// counters after it, before they count), so nothing passes from one module's call to another's
// through it; and N modules measured interleaved do not cost N full references (its fp32 o and
// sigma are 1 GiB on the device, 1.3 GiB with the host copies, at 1x32x32768x128).
struct CheckMemory {
  DevBuf counters;  // unsigned long long[kCounters]
  DevBuf groups;    // SampleGroup[n_groups]
  DevBuf ref_rows_o, ref_rows_sigma, ref_rows_lse, got_rows_o, got_rows_lse;
  DevBuf full_o, full_sigma, full_lse;  // fp32 reference of a whole call
  // Host copies of a full check, kept across calls: zero-filling gigabytes per check would
  // cost more than the check.
  struct {
    std::vector<float> ref_o, ref_sigma, ref_lse, got_lse;
    std::vector<uint16_t> got_o;
  } host;
  int n_groups = 0;

  // "" or why not.
  std::string create(const AttentionShape& s, int sample_groups) {
    std::string why;
    n_groups = sample_groups;
    const size_t rows = static_cast<size_t>(n_groups) * kSampleGroupRows;
    const size_t d = static_cast<size_t>(s.head_dim);
    const size_t nq = static_cast<size_t>(s.q_elems());
    if (!alloc(&counters, kCounters * sizeof(unsigned long long), &why) ||
        !alloc(&groups, n_groups * sizeof(SampleGroup), &why) ||
        !alloc(&ref_rows_o, rows * d * 4, &why) || !alloc(&ref_rows_sigma, rows * d * 4, &why) ||
        !alloc(&ref_rows_lse, rows * 4, &why) || !alloc(&got_rows_o, rows * d * 2, &why) ||
        !alloc(&got_rows_lse, rows * 4, &why) || !alloc(&full_o, 4 * nq, &why) ||
        !alloc(&full_sigma, 4 * nq, &why) ||
        !alloc(&full_lse, 4 * static_cast<size_t>(s.lse_elems()), &why)) {
      return why;
    }
    return "";
  }
};

std::string describe_errors(const std::string& what, const ErrorStats& e, const Tolerance& tol,
                            bool l2) {
  if (!e.elements_ok()) {
    return what + ": " + std::to_string(e.mismatches) + " of " + std::to_string(e.count) +
           " elements outside tolerance (" + std::to_string(e.nonfinite) +
           " NaN/inf); first at index " + std::to_string(e.first_bad) + ": " + e.first_bad_desc;
  }
  if (l2 && e.rel_l2 > tol.max_rel_l2) {
    return what + ": relative L2 error " + std::to_string(e.rel_l2) + " > " +
           std::to_string(tol.max_rel_l2);
  }
  return "";
}

// Keeps the worst figures seen for one key prefix.
void keep_worst(const std::string& prefix, const ErrorStats& e,
                std::map<std::string, double>* errors) {
  std::map<std::string, double> now;
  add_error_figures(prefix, e, &now);
  for (const auto& [k, v] : now) {
    auto it = errors->find(k);
    if (it == errors->end() || v > it->second) (*errors)[k] = v;
  }
}

// What the series of one measurement share: the judge's settings, stream and memory.
struct Shared {
  const Tolerance& tol;
  const TimingOptions& timing;
  const DeviceFacts& device;
  CheckMemory& checks;
  cudaStream_t stream;
  void* flush;
  size_t flush_bytes;
  bool* context_lost;
  const HangHandler& on_hang;
  gpu_judge::GpuMonitor* monitor;  // null when there is none
};

// Polls `ev` until it has completed or `deadline` passed; cudaErrorNotReady then.
cudaError_t wait_event_until(cudaEvent_t ev, std::chrono::steady_clock::time_point deadline) {
  for (;;) {
    const cudaError_t e = cudaEventQuery(ev);
    if (e != cudaErrorNotReady) return e;
    if (std::chrono::steady_clock::now() >= deadline) return cudaErrorNotReady;
    std::this_thread::sleep_for(std::chrono::microseconds(50));
  }
}

// Waits for the work on `stream` for at most `bound_s` seconds; cudaErrorNotReady if it is still
// running then. Spins at first, as cudaStreamSynchronize does on a machine with more cores than
// GPUs, so that the wall time taken around a call stays as tight; sleeps between polls only
// once the call has run far longer than any timed call should.
cudaError_t wait_bounded(cudaStream_t stream, double bound_s) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  const auto spin_until = start + std::chrono::milliseconds(50);
  const auto deadline =
      start + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(bound_s));
  for (;;) {
    const cudaError_t e = cudaStreamQuery(stream);
    if (e != cudaErrorNotReady) return e;
    const auto now = clock::now();
    if (now >= deadline) return cudaErrorNotReady;
    if (now >= spin_until) std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
}

class Run {
 public:
  Run(const AttentionShape& s, Implementation& impl, const Shared& sh)
      : s_(s),
        impl_(impl),
        tol_(sh.tol),
        cb_(sh.checks),
        stream_(sh.stream),
        context_lost_(sh.context_lost),
        on_hang_(sh.on_hang),
        call_bound_s_(call_time_bound_s(attention_flops(s), sh.device.peak_tflops())),
        sm_count_(sh.device.sm_count),
        flush_(sh.flush),
        flush_bytes_(sh.flush_bytes) {}

  // The implementation's own `sets` buffer sets, sized for its scratch (after prepare).
  std::string setup(int sets) {
    std::string why;
    if (!ws_.create(s_, impl_.scratch_bytes(), sets, stream_, &why)) return why;
    draws_.assign(static_cast<size_t>(ws_.sets()), InputDraw{});
    return sync("harness: setting up buffers");
  }
  [[nodiscard]] int sets() const { return ws_.sets(); }
  [[nodiscard]] double call_bound_s() const { return call_bound_s_; }
  [[nodiscard]] cudaStream_t stream() const { return stream_; }
  // When the last launch() recorded its first event.
  [[nodiscard]] std::chrono::steady_clock::time_point launched_at() const { return launched_at_; }

  // New inputs for the next call on `set`, drawn now: before the call's batch runs.
  std::string stage(int set) {
    BufferSet& bs = ws_.set(set);
    InputDraw& draw = draws_[static_cast<size_t>(set)];
    draw.seed = gpu_judge::secure_random_u64();
    draw.head_dim = s_.head_dim;
    // |mean| in [0.5, 1.5], either sign.
    const double u = gpu_judge::secure_random_unit();
    draw.v_mean = static_cast<float>((u < 0.5 ? -1.0 : 1.0) * (0.5 + 2.0 * std::fmod(u, 0.5)));
    const int64_t n[3] = {s_.q_elems(), s_.kv_elems(), s_.kv_elems()};
    cudaError_t e = cudaSuccess;
    for (int t = 0; t < 3 && e == cudaSuccess; ++t) {
      e = fill_input(draw, t, bs.buf[kBufQ + t], n[t], stream_);
    }
    return e == cudaSuccess ? "" : fail(e, "harness: drawing inputs");
  }

  // The call on `set`, enqueued: o and lse poisoned, the scratch and the judge's check memory
  // cleared, the implementation bound, L2 flushed, then the launch between two events. All of it
  // runs just before the call, so nothing an earlier call of the batch left there survives.
  // `idle` (burst timing): the stream is synchronised before the first event, so the call
  // starts on an idle GPU.
  std::string launch(int set, EventPair& ev, bool idle) {
    BufferSet& bs = ws_.set(set);
    cudaError_t e = fill_u16(bs.buf[kBufO], s_.q_elems(), kBf16QuietNan, stream_);
    if (e == cudaSuccess) {
      e = fill_f32(static_cast<float*>(bs.buf[kBufLse]), s_.lse_elems(), NAN, stream_);
    }
    if (e == cudaSuccess && bs.buf[kBufScratch] != nullptr) {
      // To the guard after it: the up to 3 bytes past an odd size are neither guarded nor
      // anyone's, and must not carry anything from one call to the next.
      e = cudaMemsetAsync(bs.buf[kBufScratch], 0, (bs.buf_bytes[kBufScratch] + 3) / 4 * 4, stream_);
    }
    // Judge memory a kernel could find by address and use to keep state across calls is
    // cleared before each call: only the zeroed scratch may be anything's state.
    for (const DevBuf* p :
         {&cb_.full_o, &cb_.full_sigma, &cb_.full_lse, &cb_.ref_rows_o, &cb_.ref_rows_sigma,
          &cb_.ref_rows_lse, &cb_.got_rows_o, &cb_.got_rows_lse, &cb_.groups}) {
      if (e == cudaSuccess) e = cudaMemsetAsync(p->get(), 0, p->bytes, stream_);
    }
    if (e != cudaSuccess) return fail(e, "harness: preparing a call");
    CallBuffers b;
    b.q = bs.buf[kBufQ];
    b.k = bs.buf[kBufK];
    b.v = bs.buf[kBufV];
    b.o = bs.buf[kBufO];
    b.lse = static_cast<float*>(bs.buf[kBufLse]);
    b.scratch = bs.buf[kBufScratch];
    if (std::string why = impl_.bind(s_, b); !why.empty()) return why;
    if (std::string why = impl_.restore(stream_); !why.empty()) return why;
    if (impl_.local_window_bytes() > 0) {
      e = gpu_judge::scrub_local_memory(impl_.local_window_bytes(), sm_count_, stream_);
      if (e != cudaSuccess) return fail(e, "harness: clearing local memory");
    }
    if (std::string why = flush(); !why.empty()) return why;
    if (idle) {
      if (std::string why = sync("harness: before the call"); !why.empty()) return why;
    }
    launched_at_ = std::chrono::steady_clock::now();
    cudaEventRecord(ev.start, stream_);
    std::string why = impl_.enqueue(stream_);
    cudaEventRecord(ev.stop, stream_);
    if (std::string copy = impl_.snapshot_after(stream_, set); why.empty()) why = copy;
    return why;
  }

  // Waits at most `bound_s` for what was launched; a call still running then is a hang, which
  // ends the process (hung()).
  std::string wait(double bound_s) {
    cudaError_t e = wait_bounded(stream_, bound_s);
    if (e == cudaErrorNotReady) hung(bound_s);
    if (e == cudaSuccess) e = cudaGetLastError();
    return e == cudaSuccess ? "" : fail(e, "running");
  }

  // After the call on `set` has completed: its event time, then every check on its outputs
  // and its set (full: every element too). Returns "" when it passed.
  std::string verify(int set, bool full, const EventPair& ev, double* event_ms,
                     std::map<std::string, double>* errors) {
    float ms = 0;
    cudaEventElapsedTime(&ms, ev.start, ev.stop);
    *event_ms = ms;
    if (std::string w = impl_.check_after(set); !w.empty()) return w;
    BufferSet& bs = ws_.set(set);
    if (std::string w = check_integrity(set); !w.empty()) return w;
    if (std::string w = check_sampled(bs, errors); !w.empty()) return w;
    if (full) return check_full(bs, errors);
    return "";
  }

  // Every guard region of every buffer set unchanged: a write out of one call's buffers may
  // land in another set's guards.
  std::string check_guards() {
    auto* c = static_cast<unsigned long long*>(cb_.counters.get());
    for (int si = 0; si < ws_.sets(); ++si) {
      if (std::string w = count_guards(si, c); !w.empty()) return w;
      unsigned long long host[kGuardsPerSet] = {};
      cudaError_t e = cudaMemcpyAsync(host, c, sizeof host, cudaMemcpyDeviceToHost, stream_);
      if (e == cudaSuccess) e = cudaStreamSynchronize(stream_);
      if (e != cudaSuccess) return fail(e, "harness: guard checks");
      if (std::string w = guard_message(si, -1, host); !w.empty()) return w;
    }
    return "";
  }

  // A call of this implementation is still running past its bound: nothing on this context can
  // go on.
  [[noreturn]] void hung(double bound_s) {
    *context_lost_ = true;
    char why[240];
    std::snprintf(why, sizeof why,
                  "hang: the call was still running after %.1f s (the bound of the calls waited "
                  "for: 1000x each one's time at the GPU's BF16 peak, plus 1 s)",
                  bound_s);
    if (on_hang_) on_hang_(impl_, why);
    std::fprintf(stderr, "avo-attention-harness: %s\n", why);
    std::fflush(stderr);
    std::_Exit(3);
  }

 private:
  std::string fail(cudaError_t e, const char* what) {
    if (gpu_judge::cuda_error_is_sticky(e)) *context_lost_ = true;
    return gpu_judge::cuda_message(e, what);
  }
  std::string sync(const char* what) {
    const cudaError_t e = cudaStreamSynchronize(stream_);
    return e == cudaSuccess ? "" : fail(e, what);
  }
  std::string flush() {
    flush_value_ = (flush_value_ + 1) & 0xff;
    const cudaError_t e = cudaMemsetAsync(flush_, flush_value_, flush_bytes_, stream_);
    return e == cudaSuccess ? "" : fail(e, "harness: flushing L2");
  }

  // Poison left, inputs changed, guards of the call's own set written.
  std::string check_integrity(int set) {
    BufferSet& bs = ws_.set(set);
    const InputDraw& draw = draws_[static_cast<size_t>(set)];
    auto* c = static_cast<unsigned long long*>(cb_.counters.get());
    cudaError_t e = cudaMemsetAsync(c, 0, kCounters * sizeof(unsigned long long), stream_);
    if (e == cudaSuccess)
      e = count_nonfinite_bf16(bs.buf[kBufO], s_.q_elems(), c + kCountNonfiniteO, stream_);
    if (e == cudaSuccess && impl_.writes_lse()) {
      e = count_bad_lse(static_cast<const float*>(bs.buf[kBufLse]), s_.lse_elems(),
                        c + kCountBadLse, stream_);
    }
    const int64_t n[3] = {s_.q_elems(), s_.kv_elems(), s_.kv_elems()};
    for (int t = 0; t < 3 && e == cudaSuccess; ++t) {
      e = count_input_changes(draw, t, bs.buf[kBufQ + t], n[t], c + kCountInput + t, stream_);
    }
    if (e != cudaSuccess) return fail(e, "harness: integrity checks");
    if (std::string w = count_guards(set, c + kCountGuard); !w.empty()) return w;
    unsigned long long host[kCounters] = {};
    e = cudaMemcpyAsync(host, c, sizeof host, cudaMemcpyDeviceToHost, stream_);
    if (e == cudaSuccess) e = cudaStreamSynchronize(stream_);
    if (e != cudaSuccess) return fail(e, "harness: integrity checks");
    if (host[kCountNonfiniteO] != 0) {
      return "o: " + std::to_string(host[kCountNonfiniteO]) +
             " elements NaN or infinite after the call (poison not overwritten, or a broken "
             "output)";
    }
    if (host[kCountBadLse] != 0) {
      return "lse: " + std::to_string(host[kCountBadLse]) +
             " elements NaN or +infinity after the call (poison not overwritten)";
    }
    for (int t = 0; t < 3; ++t) {
      if (host[kCountInput + t] != 0) {
        return std::string("input ") + kBufferNames[t] +
               " was modified: " + std::to_string(host[kCountInput + t]) +
               " elements differ from what was drawn";
      }
    }
    return guard_message(set, set, host + kCountGuard);
  }

  // Counts the changed words of set `si`'s guards into counters c[0..kNumBuffers] (enqueued).
  std::string count_guards(int si, unsigned long long* c) {
    BufferSet& g = ws_.set(si);
    cudaError_t e = cudaSuccess;
    if (c != static_cast<unsigned long long*>(cb_.counters.get()) + kCountGuard) {
      e = cudaMemsetAsync(c, 0, kGuardsPerSet * sizeof(unsigned long long), stream_);
    }
    for (int gi = 0; gi < kGuardsPerSet && e == cudaSuccess; ++gi) {
      if (g.guard_words[gi] == 0) continue;  // a buffer of 0 bytes has none
      e = count_guard_changes(g.guard[gi], g.guard_words[gi],
                              mix_seed(g.guard_seed, static_cast<uint64_t>(gi)), c + gi, stream_);
    }
    return e == cudaSuccess ? "" : fail(e, "harness: guard checks");
  }

  // "" when set `si`'s guard counts are all zero; else which guard changed. `call_set`: the set
  // of the call being checked, or -1 for a check of every set after a batch.
  static std::string guard_message(int si, int call_set, const unsigned long long* counts) {
    for (int gi = 0; gi < kGuardsPerSet; ++gi) {
      const unsigned long long bad = counts[gi];
      if (bad == 0) continue;
      const std::string where =
          std::string(gi % 2 == 0 ? "before " : "after ") + kBufferNames[gi / 2];
      const std::string whose = call_set < 0     ? ", checked after the batch"
                                : si == call_set ? ", this call's"
                                                 : ", another call's";
      return "write out of bounds: " + std::to_string(bad) + " words of the guard region " + where +
             " (buffer set " + std::to_string(si) + whose + ") changed";
    }
    return "";
  }

  // Outputs of one check against their reference (host copies).
  struct Compared {
    const uint16_t* o;  // bf16 bits
    const float* ref_o;
    const float* sigma;
    int64_t n_o;
    const float* lse;
    const float* ref_lse;
    int64_t n_lse;
  };

  // The correctness rule (compare.h) on o and, when the implementation writes it, lse. The worst
  // figures are kept under "<key>o_..." and "<key>lse_..."; a failure reads "<what>, o: ...".
  std::string judge(const Compared& c, const std::string& what, const std::string& key,
                    std::map<std::string, double>* errors) {
    const ErrorStats eo = compare_bf16(c.o, c.ref_o, c.sigma, c.n_o, {tol_.atol, tol_.rtol});
    keep_worst(key + "o", eo, errors);
    if (std::string w = describe_errors(what + ", o", eo, tol_, true); !w.empty()) {
      return w;
    }
    if (!impl_.writes_lse()) return "";
    const ErrorStats el =
        compare_f32(c.lse, c.ref_lse, nullptr, c.n_lse, {tol_.lse_atol, tol_.lse_rtol});
    keep_worst(key + "lse", el, errors);
    return describe_errors(what + ", lse", el, tol_, false);
  }

  // Rows drawn now, after the call, against the fp32 reference for just those rows.
  std::string check_sampled(BufferSet& bs, std::map<std::string, double>* errors) {
    const std::vector<SampleGroup> groups =
        draw_sample_groups(s_, cb_.n_groups, [] { return gpu_judge::secure_random_u64(); });
    const size_t rows = groups.size() * kSampleGroupRows;
    const size_t d = static_cast<size_t>(s_.head_dim);
    auto* g_dev = static_cast<SampleGroup*>(cb_.groups.get());
    cudaError_t e = cudaMemcpyAsync(g_dev, groups.data(), groups.size() * sizeof(SampleGroup),
                                    cudaMemcpyHostToDevice, stream_);
    if (e == cudaSuccess) {
      e = launch_sampled_reference(s_, softmax_scale_for(s_.head_dim), bs.buf[kBufQ], bs.buf[kBufK],
                                   bs.buf[kBufV], g_dev, cb_.n_groups,
                                   static_cast<float*>(cb_.ref_rows_o.get()),
                                   static_cast<float*>(cb_.ref_rows_lse.get()),
                                   static_cast<float*>(cb_.ref_rows_sigma.get()), stream_);
    }
    if (e == cudaSuccess) {
      e = gather_sampled_rows(s_, bs.buf[kBufO], static_cast<const float*>(bs.buf[kBufLse]), g_dev,
                              cb_.n_groups, static_cast<uint16_t*>(cb_.got_rows_o.get()),
                              static_cast<float*>(cb_.got_rows_lse.get()), stream_);
    }
    std::vector<float> ref_o(rows * d), ref_sigma(rows * d), ref_lse(rows), got_lse(rows);
    std::vector<uint16_t> got_o(rows * d);
    auto d2h = [&](void* dst, const DevBuf& src, size_t bytes) {
      if (e == cudaSuccess) {
        e = cudaMemcpyAsync(dst, src.get(), bytes, cudaMemcpyDeviceToHost, stream_);
      }
    };
    d2h(ref_o.data(), cb_.ref_rows_o, ref_o.size() * 4);
    d2h(ref_sigma.data(), cb_.ref_rows_sigma, ref_sigma.size() * 4);
    d2h(ref_lse.data(), cb_.ref_rows_lse, ref_lse.size() * 4);
    d2h(got_o.data(), cb_.got_rows_o, got_o.size() * 2);
    d2h(got_lse.data(), cb_.got_rows_lse, got_lse.size() * 4);
    if (e == cudaSuccess) e = cudaStreamSynchronize(stream_);
    if (e != cudaSuccess) return fail(e, "harness: sampled rows");
    // Only the valid rows: compact them.
    std::vector<float> ro, rs, rl, gl;
    std::vector<uint16_t> go;
    for (size_t g = 0; g < groups.size(); ++g) {
      for (int r = 0; r < kSampleGroupRows; ++r) {
        if (groups[g].rows[r] < 0) continue;
        const size_t i = g * kSampleGroupRows + static_cast<size_t>(r);
        ro.insert(ro.end(), ref_o.begin() + static_cast<std::ptrdiff_t>(i * d),
                  ref_o.begin() + static_cast<std::ptrdiff_t>((i + 1) * d));
        rs.insert(rs.end(), ref_sigma.begin() + static_cast<std::ptrdiff_t>(i * d),
                  ref_sigma.begin() + static_cast<std::ptrdiff_t>((i + 1) * d));
        go.insert(go.end(), got_o.begin() + static_cast<std::ptrdiff_t>(i * d),
                  got_o.begin() + static_cast<std::ptrdiff_t>((i + 1) * d));
        rl.push_back(ref_lse[i]);
        gl.push_back(got_lse[i]);
      }
    }
    return judge({go.data(), ro.data(), rs.data(), static_cast<int64_t>(ro.size()), gl.data(),
                  rl.data(), static_cast<int64_t>(rl.size())},
                 "sampled rows", "sampled_", errors);
  }

  // Every element against the full fp32 reference of this call's inputs.
  std::string check_full(BufferSet& bs, std::map<std::string, double>* errors) {
    cudaError_t e = launch_gpu_reference(
        s_, softmax_scale_for(s_.head_dim), bs.buf[kBufQ], bs.buf[kBufK], bs.buf[kBufV],
        static_cast<float*>(cb_.full_o.get()), static_cast<float*>(cb_.full_lse.get()),
        static_cast<float*>(cb_.full_sigma.get()), stream_);
    const size_t nq = static_cast<size_t>(s_.q_elems()), nl = static_cast<size_t>(s_.lse_elems());
    std::vector<float>& ref_o = cb_.host.ref_o;
    std::vector<float>& ref_sigma = cb_.host.ref_sigma;
    std::vector<float>& ref_lse = cb_.host.ref_lse;
    std::vector<float>& got_lse = cb_.host.got_lse;
    std::vector<uint16_t>& got_o = cb_.host.got_o;
    ref_o.resize(nq);
    ref_sigma.resize(nq);
    ref_lse.resize(nl);
    got_lse.resize(nl);
    got_o.resize(nq);
    auto d2h = [&](void* dst, const void* src, size_t bytes) {
      if (e == cudaSuccess) e = cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToHost, stream_);
    };
    d2h(ref_o.data(), cb_.full_o.get(), nq * 4);
    d2h(ref_sigma.data(), cb_.full_sigma.get(), nq * 4);
    d2h(ref_lse.data(), cb_.full_lse.get(), nl * 4);
    d2h(got_o.data(), bs.buf[kBufO], nq * 2);
    d2h(got_lse.data(), bs.buf[kBufLse], nl * 4);
    if (e == cudaSuccess) e = cudaStreamSynchronize(stream_);
    if (e != cudaSuccess) return fail(e, "harness: full check");
    return judge({got_o.data(), ref_o.data(), ref_sigma.data(), static_cast<int64_t>(nq),
                  got_lse.data(), ref_lse.data(), static_cast<int64_t>(nl)},
                 "full check", "", errors);
  }

  const AttentionShape& s_;
  Implementation& impl_;
  const Tolerance& tol_;
  CheckMemory& cb_;
  cudaStream_t stream_;
  bool* context_lost_;
  const HangHandler& on_hang_;
  const double call_bound_s_;
  const int sm_count_;
  Workspace ws_;
  std::vector<InputDraw> draws_;  // what each set's inputs were drawn from
  std::chrono::steady_clock::time_point launched_at_;
  void* const flush_;
  const size_t flush_bytes_;
  int flush_value_ = 0;
};

}  // namespace

double DeviceFacts::peak_tflops() const { return bf16_dense_peak_tflops(sm_count, clock_khz); }

Harness::~Harness() {
  if (flush_) cudaFree(flush_);
  if (stream_) cudaStreamDestroy(stream_);
}

bool Harness::init(std::string* error) {
  int dev = 0;
  cudaDeviceProp prop{};
  cudaError_t e = cudaGetDevice(&dev);
  if (e == cudaSuccess) e = cudaGetDeviceProperties(&prop, dev);
  if (e == cudaSuccess) e = cudaDeviceGetAttribute(&device_.clock_khz, cudaDevAttrClockRate, dev);
  if (e == cudaSuccess) e = cudaStreamCreateWithFlags(&stream_, cudaStreamNonBlocking);
  if (e != cudaSuccess) {
    *error = gpu_judge::cuda_message(e, "harness: CUDA initialisation");
    return false;
  }
  monitor_ = std::make_unique<gpu_judge::GpuMonitor>(dev);
  device_.name = prop.name;
  device_.sm_count = prop.multiProcessorCount;
  device_.l2_bytes = static_cast<size_t>(prop.l2CacheSize);
  flush_bytes_ = std::max<size_t>(2 * device_.l2_bytes, size_t{64} << 20);
  e = cudaMalloc(&flush_, flush_bytes_);
  if (e != cudaSuccess) {
    *error = gpu_judge::cuda_message(e, "harness: allocating the L2 flush buffer");
    return false;
  }
  return true;
}

namespace {

// One implementation's calls on one configuration: warm-up, timed calls, the final checks.
class Series {
 public:
  Series(const AttentionShape& s, Implementation& impl, const Shared& sh)
      : s_(s),
        impl_(impl),
        timing_(sh.timing),
        device_(sh.device),
        run_(s, impl, sh),
        monitor_(sh.monitor),
        flops_(attention_flops(s)) {}

  // Prepares the implementation and its buffer sets. `series`: how many implementations are
  // measured together, sharing `free_bytes` of the GPU's memory (read before any was set up).
  // False with m.message set.
  bool start(int series, size_t free_bytes) {
    if (std::string why = impl_.prepare(s_); !why.empty()) return failed(why, "prepare");
    int sets = Workspace::kMinSets;
    if (timing_.sustained) {
      sets = gpu_judge::sets_for(timing_.max_reps, series,
                                 Workspace::set_bytes(s_, impl_.scratch_bytes()), free_bytes);
    }
    if (std::string why = run_.setup(sets); !why.empty()) return failed(why, "setup");
    for (int i = 0; i < run_.sets(); ++i) ev_.push_back(std::make_unique<EventPair>());
    return true;
  }
  [[nodiscard]] int sets() const { return run_.sets(); }
  [[nodiscard]] double call_bound_s() const { return run_.call_bound_s(); }

  // Warm-up calls, each alone on an idle GPU (a fault is its own); the first is checked in full
  // before anything is timed. Returns the mean event time of a call, or a negative value on
  // failure.
  double warm_up(bool first_full) {
    const int warmup = std::max(1, timing_.warmup);
    double total = 0;
    for (int i = 0; i < warmup; ++i) {
      if (!alone(first_full && i == 0, "warm-up", false)) return -1;
      total += event_ms_;
    }
    return std::max(1e-3, total / warmup);
  }

  // Decides before the timed calls how many of them get a full check.
  void plan(int reps, int full_checks) {
    reps_ = reps;
    full_left_ = std::min(full_checks, reps);
    timed_ = 0;
  }

  // Burst timing: one timed call alone on an idle GPU, checked. False on failure.
  bool timed_call() { return alone(draw_full(), "timed", true); }

  // Sustained timing, a batch of back-to-back calls: begin_batch(), stage() each round's
  // inputs, launch() them all, wait for the stream, then verify() each round that was launched
  // and check_guards(). Round r of a batch runs on the set after the last one used, so no two
  // calls in a row share pointers. False on failure.
  void begin_batch() {
    batch_base_ = next_slot_;
    launched_ = 0;
  }
  void end_batch(int rounds) { next_slot_ += rounds; }
  bool stage(int r) { return ok(run_.stage(slot(r)), "timed"); }
  bool launch(int r) {
    ++m.calls;
    if (!ok(run_.launch(slot(r), round_events(r), false), "timed")) return false;
    ++launched_;
    return true;
  }
  // Rounds 0..launched()-1 of this batch were launched and have events.
  [[nodiscard]] int launched() const { return launched_; }
  [[nodiscard]] const EventPair& events(int r) const { return *ev_[static_cast<size_t>(slot(r))]; }
  [[nodiscard]] double event_ms(int r) const {
    float ms = 0;
    const EventPair& ev = events(r);
    return cudaEventElapsedTime(&ms, ev.start, ev.stop) == cudaSuccess ? ms : 0.0;
  }
  bool verify(int r) {
    const bool full = draw_full();
    m.full_checks += full ? 1 : 0;
    return ok(run_.verify(slot(r), full, events(r), &event_ms_, &m.errors), "timed") &&
           record(event_ms_, 0);
  }
  bool check_guards() { return ok(run_.check_guards(), "timed"); }
  Run& run() { return run_; }

  // Burst timing: the events bracket each launch on an idle GPU, so their sum can neither
  // exceed the host's wall time around them nor miss most of it (launch overhead: well under
  // 0.5 ms a call). Sustained timing checks the same per batch (measure_interleaved).
  bool finish() {
    if (timing_.sustained) return succeeded();
    if (std::string bad = gpu_judge::timing_inconsistency(m.event_ms, m.wall_ms, m.samples.size());
        !bad.empty()) {
      return failed(bad, "timed");
    }
    return succeeded();
  }

  // Ends a series that has not failed on its own: another's failure lost the context.
  void abandon() {
    if (!ended_) {
      end("stopped after " + std::to_string(m.calls) +
          " calls: another module's failure left the CUDA context unusable");
    }
  }
  bool failed(const std::string& why, const char* phase) {
    end("call " + std::to_string(m.calls) + " (" + phase + "): " + why);
    return false;
  }

  Measurement m;

 private:
  // Selection sampling (Knuth, TAOCP vol. 2, 3.4.2, Algorithm S) from fresh secret randomness:
  // exactly full_left_ of the remaining timed calls, each equally likely. Drawn only after the
  // call ran, so the kernel cannot observe it.
  bool draw_full() {
    const bool full =
        full_left_ > 0 && gpu_judge::secure_random_unit() * (reps_ - timed_) < full_left_;
    ++timed_;
    if (full) --full_left_;
    return full;
  }

  [[nodiscard]] int slot(int r) const { return (batch_base_ + r) % run_.sets(); }
  EventPair& round_events(int r) { return *ev_[static_cast<size_t>(slot(r))]; }

  // One call alone: inputs, launch after the stream is idle, bounded wait, every check.
  bool alone(bool full, const char* phase, bool timed) {
    const int slot = next_slot_++ % run_.sets();
    ++m.calls;
    m.full_checks += full ? 1 : 0;
    EventPair& ev = *ev_[static_cast<size_t>(slot)];
    if (!ok(run_.stage(slot), phase)) return false;
    if (monitor_ != nullptr && timed) monitor_->timing(true);
    const bool launched = ok(run_.launch(slot, ev, true), phase);
    const auto t0 = run_.launched_at();
    const bool done = launched && ok(run_.wait(run_.call_bound_s()), phase);
    if (monitor_ != nullptr) monitor_->timing(false);
    if (!done) return false;
    wall_ms_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (!ok(run_.verify(slot, full, ev, &event_ms_, &m.errors), phase) ||
        !ok(run_.check_guards(), phase)) {
      return false;
    }
    return !timed || record(event_ms_, wall_ms_);
  }

  // A timed call's figure, refused when impossible.
  bool record(double event_ms, double wall_ms) {
    const double t = tflops(flops_, event_ms);
    // A non-finite figure would not survive into the JSON and would break the alignment of
    // interleaved samples by round.
    if (!std::isfinite(t) || t <= 0) {
      return failed("impossible timing: " + std::to_string(event_ms) + " ms gives no figure",
                    "timed");
    }
    if (std::string bad = implausible_reason(t, device_.sm_count, device_.clock_khz);
        !bad.empty()) {
      return failed(bad, "timed");
    }
    m.samples.push_back(t);
    m.event_ms += event_ms;
    m.wall_ms += wall_ms;
    return true;
  }

  bool ok(const std::string& why, const char* phase) { return why.empty() || failed(why, phase); }
  bool succeeded() {
    m.correct = true;
    m.value = gpu_judge::median(m.samples);
    return true;
  }
  void end(std::string message) {
    ended_ = true;
    m.message = std::move(message);
    m.samples.clear();
    m.correct = false;
  }

  const AttentionShape& s_;
  Implementation& impl_;
  const TimingOptions& timing_;
  const DeviceFacts& device_;
  Run run_;
  gpu_judge::GpuMonitor* monitor_;              // null when there is none
  std::vector<std::unique_ptr<EventPair>> ev_;  // one pair per buffer set
  int next_slot_ = 0;                           // the set the next call uses (modulo the sets)
  int batch_base_ = 0;                          // next_slot_ when the current batch began
  int launched_ = 0;                            // rounds of the current batch launched
  double flops_;
  double event_ms_ = 0, wall_ms_ = 0;
  int reps_ = 0, full_left_ = 0, timed_ = 0;
  bool ended_ = false;
};

// One step of every live series, in index order or reversed; a series that fails leaves
// `live`. A lost context ends them all: nothing more can run on it.
template <class Step>
void step_all(std::vector<Series*>* live, bool reversed, const bool& context_lost, Step step) {
  std::vector<Series*> kept;
  const size_t n = live->size();
  for (size_t i = 0; i < n && !context_lost; ++i) {
    Series* sr = (*live)[reversed ? n - 1 - i : i];
    if (step(*sr)) kept.push_back(sr);
  }
  if (context_lost) {
    for (Series* sr : *live) sr->abandon();
    kept.clear();
  }
  if (reversed) std::reverse(kept.begin(), kept.end());
  *live = std::move(kept);
}

// At most this many rounds of a sustained batch are in flight: each call is some 17 stream
// operations, and past CUDA's launch queue the host would block inside an enqueue, beyond the
// reach of the hang bound.
constexpr int kRoundsInFlight = 16;

// The calls of a sustained batch in launch order, with what to wait for and whom to blame.
class BatchCalls {
 public:
  void add(Series* sr, int r) { calls_.push_back({sr, r}); }
  // Waits for the calls of round `r` (every series), each within the sum of the bounds of the
  // calls launched up to it, counted from `start`. A call still running then is a hang of the
  // series that launched it: hung() ends the process.
  void wait_round(int r, std::chrono::steady_clock::time_point start) const {
    double bound_s = 0;
    for (const Call& c : calls_) {
      bound_s += c.series->call_bound_s();
      if (c.round != r) continue;
      const auto deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                        std::chrono::duration<double>(bound_s));
      if (wait_event_until(c.series->events(r).stop, deadline) == cudaErrorNotReady) {
        c.series->run().hung(bound_s);
      }
    }
  }
  // Waits for all of them; on a hang blames the first call in launch order that has not ended.
  std::string wait_all(std::chrono::steady_clock::time_point start) const {
    if (calls_.empty()) return "";
    double bound_s = 0;
    for (const Call& c : calls_) {
      bound_s += c.series->call_bound_s();
      const auto deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                        std::chrono::duration<double>(bound_s));
      const cudaError_t e = wait_event_until(c.series->events(c.round).stop, deadline);
      if (e == cudaErrorNotReady) c.series->run().hung(bound_s);
      if (e != cudaSuccess) break;  // a fault: the stream's status says which
    }
    // What follows the last call on the stream (its constant snapshot) is a copy of a few KiB.
    return calls_.back().series->run().wait(calls_.back().series->call_bound_s());
  }
  [[nodiscard]] size_t size() const { return calls_.size(); }

 private:
  struct Call {
    Series* series;
    int round;
  };
  std::vector<Call> calls_;
};

// Sustained timing: `rounds` rounds of every live series back to back on the judge's stream,
// each call on inputs drawn before the batch, then the checks of every call. Round r runs the
// series in order when r is even, reversed when odd, as burst timing does.
void sustained_batch(std::vector<Series*>* live, int first_round, int rounds,
                     const bool& context_lost, gpu_judge::GpuMonitor* monitor) {
  auto order = [&](int r) { return (first_round + r) % 2 == 1; };
  for (Series* sr : *live) sr->begin_batch();
  std::vector<Series*> batch = *live;
  step_all(live, false, context_lost, [&](Series& sr) {
    for (int r = 0; r < rounds; ++r) {
      if (!sr.stage(r)) return false;
    }
    return true;
  });
  // The draws are done before the first call's event, so the batch times only calls; and no
  // buffer is freed while its draw may still run.
  if (cudaStreamSynchronize(batch[0]->run().stream()) != cudaSuccess) cudaGetLastError();
  BatchCalls calls;
  if (monitor != nullptr) monitor->timing(true);
  const auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds && !live->empty(); ++r) {
    if (r >= kRoundsInFlight) calls.wait_round(r - kRoundsInFlight, t0);
    step_all(live, order(r), context_lost, [&](Series& sr) {
      const bool ok = sr.launch(r);
      if (sr.launched() > r) calls.add(&sr, r);
      return ok;
    });
  }
  // A fault cannot be told apart between the batch's calls: it is every series' that ran.
  const std::string why = calls.wait_all(t0);
  const double wall_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (monitor != nullptr) monitor->timing(false);
  for (Series* sr : batch) sr->end_batch(rounds);
  if (!why.empty()) {
    for (Series* sr : *live) sr->failed("a call of this back-to-back batch: " + why, "timed");
    live->clear();
    return;
  }
  double event_ms = 0;
  for (Series* sr : batch) {
    for (int r = 0; r < sr->launched(); ++r) event_ms += sr->event_ms(r);
  }
  const std::string bad = gpu_judge::timing_inconsistency(event_ms, wall_ms, calls.size());
  for (int r = 0; r < rounds; ++r) {
    step_all(live, order(r), context_lost,
             [&](Series& sr) { return bad.empty() ? sr.verify(r) : sr.failed(bad, "timed"); });
  }
  step_all(live, false, context_lost, [](Series& sr) { return sr.check_guards(); });
}

}  // namespace

int Harness::reps_for(double per_call_ms) const {
  if (timing_.fixed_reps > 0) return timing_.fixed_reps;
  const int reps = static_cast<int>(std::ceil(timing_.target_ms / per_call_ms));
  return std::clamp(reps, timing_.min_reps, timing_.max_reps);
}

Measurement Harness::measure(const AttentionShape& s, Implementation& impl, bool trusted) {
  return measure_interleaved(s, {&impl}, trusted).front();
}

std::vector<Measurement> Harness::measure_interleaved(const AttentionShape& s,
                                                      const std::vector<Implementation*>& impls,
                                                      bool trusted) {
  std::vector<Measurement> out(impls.size());
  auto none = [&](const std::string& why) {
    for (Measurement& m : out) m.message = why;
    return out;
  };
  if (context_lost_) return none("not run: an earlier failure left the CUDA context unusable");
  CheckMemory checks;
  if (std::string why = checks.create(s, checks_.sample_groups); !why.empty()) {
    return none("call 0 (setup): " + why);
  }
  const Shared sh{tol_,   timing_,      device_,        checks,   stream_,
                  flush_, flush_bytes_, &context_lost_, on_hang_, monitor_.get()};
  std::vector<std::unique_ptr<Series>> series;
  std::vector<Series*> live;
  for (Implementation* impl : impls) {
    series.push_back(std::make_unique<Series>(s, *impl, sh));
    live.push_back(series.back().get());
  }
  const int n = static_cast<int>(impls.size());
  // Free memory read once, before any series allocates: each gets an even share.
  size_t free_bytes = 0, total_bytes = 0;
  if (cudaMemGetInfo(&free_bytes, &total_bytes) != cudaSuccess) cudaGetLastError();
  step_all(&live, false, context_lost_,
           [n, free_bytes](Series& sr) { return sr.start(n, free_bytes); });
  double per_call = 0;
  step_all(&live, false, context_lost_, [&](Series& sr) {
    const double ms = sr.warm_up(!trusted);
    per_call = std::max(per_call, ms);
    return ms >= 0;
  });
  if (!live.empty()) {
    // All get the same number of calls, as many as the slowest needs.
    const int reps = reps_for(per_call);
    for (Series* sr : live) sr->plan(reps, trusted ? 0 : checks_.full_checks);
    if (monitor_) monitor_->begin();
    if (timing_.sustained) {
      int sets = gpu_judge::kMaxSets;
      for (Series* sr : live) sets = std::min(sets, sr->sets());
      int round = 0;
      for (int rounds : gpu_judge::batch_sizes(reps, sets)) {
        if (live.empty()) break;
        sustained_batch(&live, round, rounds, context_lost_, monitor_.get());
        round += rounds;
      }
    } else {
      // Round r in order 0..N-1, round r + 1 in order N-1..0: a drift linear in time falls on
      // all alike over every two rounds.
      for (int r = 0; r < reps && !live.empty(); ++r) {
        step_all(&live, r % 2 == 1, context_lost_, [](Series& sr) { return sr.timed_call(); });
      }
    }
    const gpu_judge::GpuConditions gpu = monitor_ ? monitor_->end() : gpu_judge::GpuConditions{};
    for (Series* sr : live) {
      sr->finish();
      sr->m.gpu = gpu;
    }
  }
  for (size_t k = 0; k < impls.size(); ++k) out[k] = std::move(series[k]->m);
  return out;
}

}  // namespace avo::attention
