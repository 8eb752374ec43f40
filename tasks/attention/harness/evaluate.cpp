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
#include "result_json.h"
#include "sampling.h"
#include "stats.h"
#include "workspace.h"

namespace avo::attention {
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
  kCountGuard = kCountInput + 3,  // + set * (kNumBuffers + 1) + guard
  kCounters = kCountGuard + Workspace::kSets * (kNumBuffers + 1),
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
};

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
        flush_(sh.flush),
        flush_bytes_(sh.flush_bytes) {}

  // The implementation's own buffer sets, sized for its scratch (after prepare).
  std::string setup() {
    std::string why;
    if (!ws_.create(s_, impl_.scratch_bytes(), stream_, &why)) return why;
    return sync("harness: setting up buffers");
  }

  // One call on buffer set `set`, checked; full: every element too. *event_ms, *wall_ms: its
  // times. Returns "" when it passed.
  std::string call(int set, bool full, EventPair& ev, double* event_ms, double* wall_ms,
                   std::map<std::string, double>* errors) {
    BufferSet& bs = ws_.set(set);
    draw_.seed = secure_random_u64();
    draw_.head_dim = s_.head_dim;
    // |mean| in [0.5, 1.5], either sign.
    const double u = secure_random_unit();
    draw_.v_mean = static_cast<float>((u < 0.5 ? -1.0 : 1.0) * (0.5 + 2.0 * std::fmod(u, 0.5)));
    const int64_t n[3] = {s_.q_elems(), s_.kv_elems(), s_.kv_elems()};
    cudaError_t e = cudaSuccess;
    for (int t = 0; t < 3 && e == cudaSuccess; ++t) {
      e = fill_input(draw_, t, bs.buf[kBufQ + t], n[t], stream_);
    }
    if (e == cudaSuccess) e = fill_u16(bs.buf[kBufO], s_.q_elems(), kBf16QuietNan, stream_);
    if (e == cudaSuccess) {
      e = fill_f32(static_cast<float*>(bs.buf[kBufLse]), s_.lse_elems(), NAN, stream_);
    }
    if (e == cudaSuccess && bs.buf[kBufScratch] != nullptr) {
      e = cudaMemsetAsync(bs.buf[kBufScratch], 0, bs.buf_bytes[kBufScratch], stream_);
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
    if (std::string why = flush(); !why.empty()) return why;
    if (std::string why = sync("harness: before the call"); !why.empty()) return why;

    const auto t0 = std::chrono::steady_clock::now();
    cudaEventRecord(ev.start, stream_);
    std::string why = impl_.enqueue(stream_);
    cudaEventRecord(ev.stop, stream_);
    e = wait_bounded(stream_, call_bound_s_);
    const auto t1 = std::chrono::steady_clock::now();
    if (e == cudaErrorNotReady) hung();
    if (!why.empty()) return why;
    if (e == cudaSuccess) e = cudaGetLastError();
    if (e != cudaSuccess) return fail(e, "running");
    float ms = 0;
    cudaEventElapsedTime(&ms, ev.start, ev.stop);
    *event_ms = ms;
    *wall_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();

    if (std::string w = check_integrity(set); !w.empty()) return w;
    if (std::string w = check_sampled(bs, errors); !w.empty()) return w;
    if (full) return check_full(bs, errors);
    return "";
  }

 private:
  std::string fail(cudaError_t e, const char* what) {
    if (cuda_error_is_sticky(e)) *context_lost_ = true;
    return cuda_message(e, what);
  }
  // The call is still running past its bound: nothing on this context can go on.
  [[noreturn]] void hung() {
    *context_lost_ = true;
    char why[200];
    std::snprintf(why, sizeof why,
                  "hang: the call was still running after %.1f s (its bound: 1000x its time at "
                  "the GPU's BF16 peak, plus 1 s)",
                  call_bound_s_);
    if (on_hang_) on_hang_(impl_, why);
    std::fprintf(stderr, "avo-attention-harness: %s\n", why);
    std::fflush(stderr);
    std::_Exit(3);
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

  // Poison left, inputs changed, guards written.
  std::string check_integrity(int set) {
    BufferSet& bs = ws_.set(set);
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
      e = count_input_changes(draw_, t, bs.buf[kBufQ + t], n[t], c + kCountInput + t, stream_);
    }
    for (int si = 0; si < Workspace::kSets; ++si) {
      BufferSet& g = ws_.set(si);
      for (int gi = 0; gi <= kNumBuffers && e == cudaSuccess; ++gi) {
        e = count_guard_changes(
            g.guard[gi], g.guard_words[gi], mix_seed(g.guard_seed, static_cast<uint64_t>(gi)),
            c + kCountGuard + static_cast<std::ptrdiff_t>(si) * (kNumBuffers + 1) + gi, stream_);
      }
    }
    unsigned long long host[kCounters] = {};
    if (e == cudaSuccess) {
      e = cudaMemcpyAsync(host, c, sizeof host, cudaMemcpyDeviceToHost, stream_);
    }
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
    for (int si = 0; si < Workspace::kSets; ++si) {
      for (int gi = 0; gi <= kNumBuffers; ++gi) {
        const unsigned long long bad = host[kCountGuard + si * (kNumBuffers + 1) + gi];
        if (bad == 0) continue;
        const std::string where = gi < kNumBuffers
                                      ? std::string("before ") + kBufferNames[gi]
                                      : std::string("after ") + kBufferNames[kNumBuffers - 1];
        return "write out of bounds: " + std::to_string(bad) + " words of the guard region " +
               where + " (buffer set " + std::to_string(si) +
               (si == set ? ", this call's" : ", the other") + ") changed";
      }
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
        draw_sample_groups(s_, cb_.n_groups, [] { return secure_random_u64(); });
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
  Workspace ws_;
  InputDraw draw_;
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
    *error = cuda_message(e, "harness: CUDA initialisation");
    return false;
  }
  device_.name = prop.name;
  device_.sm_count = prop.multiProcessorCount;
  device_.l2_bytes = static_cast<size_t>(prop.l2CacheSize);
  flush_bytes_ = std::max<size_t>(2 * device_.l2_bytes, size_t{64} << 20);
  e = cudaMalloc(&flush_, flush_bytes_);
  if (e != cudaSuccess) {
    *error = cuda_message(e, "harness: allocating the L2 flush buffer");
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
        flops_(attention_flops(s)) {}

  // Prepares the implementation and its buffers. False with m.message set.
  bool start() {
    if (std::string why = impl_.prepare(s_); !why.empty()) return failed(why, "prepare");
    if (std::string why = run_.setup(); !why.empty()) return failed(why, "setup");
    return true;
  }

  // Warm-up calls; the first is checked in full before anything is timed. Returns the mean
  // event time of a call, or a negative value on failure.
  double warm_up(bool first_full) {
    const int warmup = std::max(1, timing_.warmup);
    double total = 0;
    for (int i = 0; i < warmup; ++i) {
      if (!one(first_full && i == 0, "warm-up")) return -1;
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

  // One timed call. False on failure (m.message set).
  bool timed_call() {
    // Selection sampling (Knuth, TAOCP vol. 2, 3.4.2, Algorithm S) from fresh secret randomness:
    // exactly full_left_ of the remaining calls, each equally likely. The decision is acted on
    // only after the call returned, so the kernel cannot observe it.
    const bool full = full_left_ > 0 && secure_random_unit() * (reps_ - timed_) < full_left_;
    ++timed_;
    if (full) --full_left_;
    if (!one(full, "timed")) return false;
    const double t = tflops(flops_, event_ms_);
    // A non-finite figure would not survive into the JSON and would break the alignment of
    // interleaved samples by round.
    if (!std::isfinite(t) || t <= 0) {
      return failed("impossible timing: " + std::to_string(event_ms_) + " ms gives no figure",
                    "timed");
    }
    if (std::string bad = implausible_reason(t, device_.sm_count, device_.clock_khz);
        !bad.empty()) {
      return failed(bad, "timed");
    }
    m.samples.push_back(t);
    m.event_ms += event_ms_;
    m.wall_ms += wall_ms_;
    return true;
  }

  // The events bracket the launch on an idle GPU, so their sum can neither exceed the host's
  // wall time around them nor miss most of it (launch overhead: well under 0.5 ms a call).
  bool finish() {
    const double n = static_cast<double>(m.samples.size());
    if (m.event_ms > m.wall_ms * 1.01 + 0.05) {
      return failed("timing inconsistent: CUDA events sum to " + std::to_string(m.event_ms) +
                        " ms, more than the " + std::to_string(m.wall_ms) +
                        " ms of wall time around them",
                    "timed");
    }
    if (m.wall_ms > 1.5 * m.event_ms + 0.5 * n) {
      return failed("timing inconsistent: " + std::to_string(m.wall_ms) +
                        " ms of wall time around the calls, but CUDA events saw only " +
                        std::to_string(m.event_ms) + " ms",
                    "timed");
    }
    m.correct = true;
    m.value = median(m.samples);
    return true;
  }

  // Ends a series that has not failed on its own: another's failure lost the context.
  void abandon() {
    if (!ended_) {
      end("stopped after " + std::to_string(m.calls) +
          " calls: another module's failure left the CUDA context unusable");
    }
  }

  Measurement m;

 private:
  bool one(bool full, const char* phase) {
    std::string why =
        run_.call(m.calls % Workspace::kSets, full, ev_, &event_ms_, &wall_ms_, &m.errors);
    ++m.calls;
    m.full_checks += full ? 1 : 0;
    return why.empty() || failed(why, phase);
  }
  bool failed(const std::string& why, const char* phase) {
    end("call " + std::to_string(m.calls) + " (" + phase + "): " + why);
    return false;
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
  EventPair ev_;
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
  const Shared sh{tol_,   timing_,      device_,        checks,  stream_,
                  flush_, flush_bytes_, &context_lost_, on_hang_};
  std::vector<std::unique_ptr<Series>> series;
  std::vector<Series*> live;
  for (Implementation* impl : impls) {
    series.push_back(std::make_unique<Series>(s, *impl, sh));
    live.push_back(series.back().get());
  }
  step_all(&live, false, context_lost_, [](Series& sr) { return sr.start(); });
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
    // Round r in order 0..N-1, round r + 1 in order N-1..0: a drift linear in time falls on
    // all alike over every two rounds.
    for (int r = 0; r < reps && !live.empty(); ++r) {
      step_all(&live, r % 2 == 1, context_lost_, [](Series& sr) { return sr.timed_call(); });
    }
    for (Series* sr : live) sr->finish();
  }
  for (size_t k = 0; k < impls.size(); ++k) out[k] = std::move(series[k]->m);
  return out;
}

}  // namespace avo::attention
