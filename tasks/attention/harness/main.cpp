// avo-attention-harness -- the trusted evaluator of the attention task.
//
//   avo-attention-harness --candidate ./libcandidate.so          (as the task's evaluate command)
//       reads $AVO_CONFIGS, writes $AVO_RESULT, draws inputs from $AVO_SEED, and measures cuDNN
//       too when AVO_BASELINES=1 (docs/attention.md).
//   Flags override the environment, for use by hand:
//       --configs FILE  --result FILE (default: print the JSON)  --seed N  --baselines
//       --reps N (fixed timed calls)  --warmup N
//   avo-attention-harness --self-test
//       checks the GPU reference against the double-precision CPU reference; exit 0 if it agrees.
//
// The exit status is 0 whenever a result was written, whatever it says; 2 for a bad request or
// command line (no result can be written without knowing the configs).
#include <cuda_runtime_api.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "candidate.h"
#include "config.h"
#include "evaluate.h"
#include "result_json.h"
#include "self_test.h"
#include "stats.h"

#ifdef AVO_ATTENTION_WITH_CUDNN
#include "cudnn_sdpa.h"
#endif

namespace {

using namespace avo::attention;

struct Options {
  std::string candidate, configs, result;
  bool have_seed = false;
  uint64_t seed = 0;
  bool baselines = false;
  bool self_test = false;
  TimingOptions timing;
};

const char* env(const char* name) {
  const char* v = std::getenv(name);
  return (v != nullptr && *v != '\0') ? v : nullptr;
}

bool parse_u64(const char* s, uint64_t* out) {
  char* end = nullptr;
  errno = 0;
  const unsigned long long v = std::strtoull(s, &end, 0);
  if (errno != 0 || end == s || *end != '\0') return false;
  *out = v;
  return true;
}

int usage(const char* why) {
  std::fprintf(stderr,
               "avo-attention-harness: %s\nusage: avo-attention-harness --candidate LIB.so "
               "[--configs FILE] [--result FILE] [--seed N] [--baselines] [--reps N] "
               "[--warmup N]\n       avo-attention-harness --self-test [--seed N]\n",
               why);
  return 2;
}

bool parse_args(int argc, char** argv, Options* o, std::string* error) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) {
        *error = a + " needs a value";
        return false;
      }
      *out = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--candidate") {
      if (!value(&o->candidate)) return false;
    } else if (a == "--configs") {
      if (!value(&o->configs)) return false;
    } else if (a == "--result") {
      if (!value(&o->result)) return false;
    } else if (a == "--seed") {
      if (!value(&v) || !parse_u64(v.c_str(), &o->seed)) {
        *error = "--seed needs an unsigned integer";
        return false;
      }
      o->have_seed = true;
    } else if (a == "--baselines") {
      o->baselines = true;
    } else if (a == "--self-test") {
      o->self_test = true;
    } else if (a == "--reps" || a == "--warmup") {
      uint64_t n = 0;
      if (!value(&v) || !parse_u64(v.c_str(), &n) || n < 1 || n > 10000) {
        *error = a + " needs an integer in [1, 10000]";
        return false;
      }
      (a == "--reps" ? o->timing.fixed_reps : o->timing.warmup) = static_cast<int>(n);
    } else {
      *error = "unknown argument " + a;
      return false;
    }
  }
  // The environment fills in what the flags left open.
  if (o->configs.empty() && env("AVO_CONFIGS")) o->configs = env("AVO_CONFIGS");
  if (o->result.empty() && env("AVO_RESULT")) o->result = env("AVO_RESULT");
  if (!o->baselines && env("AVO_BASELINES"))
    o->baselines = std::string(env("AVO_BASELINES")) == "1";
  if (!o->have_seed && env("AVO_SEED")) {
    if (!parse_u64(env("AVO_SEED"), &o->seed)) {
      *error = "AVO_SEED is not an unsigned integer";
      return false;
    }
    o->have_seed = true;
  }
  if (!o->have_seed) {
    std::random_device rd;
    o->seed = (static_cast<uint64_t>(rd()) << 32) ^ rd();
  }
  return true;
}

std::string version_string(int v) {  // CUDA's 1000 * major + 10 * minor
  return std::to_string(v / 1000) + "." + std::to_string((v % 1000) / 10);
}

std::map<std::string, std::string> diagnostics(const Options& o, const EvalRequest& r) {
  std::map<std::string, std::string> d;
  int dev = 0, drv = 0, rt = 0;
  cudaDeviceProp prop{};
  if (cudaGetDevice(&dev) == cudaSuccess && cudaGetDeviceProperties(&prop, dev) == cudaSuccess) {
    d["device"] = prop.name;
    d["compute_capability"] = std::to_string(prop.major) + "." + std::to_string(prop.minor);
    d["sm_count"] = std::to_string(prop.multiProcessorCount);
    d["l2_mib"] = std::to_string(prop.l2CacheSize >> 20);
  }
  cudaDriverGetVersion(&drv);
  cudaRuntimeGetVersion(&rt);
  d["cuda_driver_api"] = version_string(drv);
  d["cuda_runtime"] = version_string(rt);
#ifdef AVO_ATTENTION_WITH_CUDNN
  d["cudnn"] = CudnnSdpa::version();
#else
  d["cudnn"] = "not built in";
#endif
  d["harness"] = "avo-attention-harness abi " + std::to_string(AVO_ATTENTION_ABI_VERSION);
  d["seed"] = std::to_string(o.seed);
  d["suite"] = r.suite;
  std::ostringstream tol;
  tol << "o: |x-ref| <= " << r.tolerance.atol << " + " << r.tolerance.rtol
      << "*(|ref|+sigma) and rel_l2 <= " << r.tolerance.max_rel_l2
      << "; lse: |x-ref| <= " << r.tolerance.lse_atol << " + " << r.tolerance.lse_rtol << "*|ref|";
  d["tolerance"] = tol.str();
  d["timing"] =
      "median over timed calls, CUDA events per call, L2 flushed before each, inputs "
      "rotated over 3-8 sets";
  return d;
}

void print_line(const ConfigResult& c) {
  std::fprintf(stderr, "%-24s %-9s %9.1f TFLOPS", c.name.c_str(),
               c.correct ? "correct" : "INCORRECT", c.value);
  if (auto it = c.baselines.find("cudnn"); it != c.baselines.end()) {
    std::fprintf(stderr, "  cudnn %7.1f  ratio %.3f", it->second, c.value / it->second);
  }
  if (!c.message.empty()) std::fprintf(stderr, "  [%s]", c.message.c_str());
  std::fprintf(stderr, "\n");
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  std::string error;
  if (!parse_args(argc, argv, &opt, &error)) return usage(error.c_str());
  if (opt.self_test) return run_self_test(opt.seed) ? 0 : 1;
  if (opt.candidate.empty()) return usage("--candidate is required");
  if (opt.configs.empty()) return usage("no configs: set AVO_CONFIGS or pass --configs");

  EvalRequest request;
  {
    std::ifstream in(opt.configs);
    if (!in) return usage(("cannot read " + opt.configs).c_str());
    nlohmann::json j;
    try {
      in >> j;
    } catch (const std::exception& e) {
      return usage((opt.configs + ": " + e.what()).c_str());
    }
    if (!parse_request(j, &request, &error)) return usage((opt.configs + ": " + error).c_str());
  }
  if (opt.baselines) request.baselines = true;

  std::vector<ConfigResult> results;
  auto fail_all = [&](const std::string& why) {  // every config incorrect, with the reason
    results.clear();
    for (const auto& c : request.configs) {
      ConfigResult r;
      r.name = c.name;
      r.message = why;
      results.push_back(r);
    }
  };

  CandidateLibrary lib;
  Evaluator evaluator(request.tolerance, opt.timing, opt.seed);
  if (!lib.open(opt.candidate, &error)) {
    fail_all(error);
  } else if (!evaluator.init(&error)) {
    fail_all(error);
  } else {
    const cudaStream_t stream = evaluator.stream();
    const avo_attention_forward_fn fn = lib.forward();
    ForwardFn candidate = [fn, stream](const AttentionShape& s, const void* q, const void* k,
                                       const void* v, void* o, float* lse) -> std::string {
      const int rc = fn(q, k, v, o, lse, s.batch, s.heads_q, s.heads_kv, s.seqlen_q, s.seqlen_k,
                        s.head_dim, s.causal ? 1 : 0, softmax_scale_for(s.head_dim), stream);
      return rc == AVO_ATTN_OK ? "" : "candidate returned error code " + std::to_string(rc);
    };
    ForwardFn baseline;
    std::function<std::string(const AttentionShape&)> prepare;
    const ForwardFn* baseline_ptr = nullptr;
#ifdef AVO_ATTENTION_WITH_CUDNN
    CudnnSdpa cudnn;
    if (request.baselines) {
      if (cudnn.init(stream, &error)) {
        baseline = [&cudnn](const AttentionShape&, const void* q, const void* k, const void* v,
                            void* o, float* lse) -> std::string {
          std::string why;
          return cudnn.run(q, k, v, o, lse, &why) ? "" : why;
        };
        prepare = [&cudnn](const AttentionShape& s) -> std::string {
          std::string why;
          return cudnn.prepare(s, softmax_scale_for(s.head_dim), &why) ? "" : why;
        };
        baseline_ptr = &baseline;
      } else {
        std::fprintf(stderr, "cuDNN unavailable: %s\n", error.c_str());
      }
    }
#else
    if (request.baselines) std::fprintf(stderr, "cuDNN baseline not built into this harness\n");
#endif
    for (size_t i = 0; i < request.configs.size(); ++i) {
      results.push_back(evaluator.evaluate(static_cast<int>(i), request.configs[i], candidate,
                                           baseline_ptr, "cudnn", prepare));
      print_line(results.back());
    }
  }

  const nlohmann::json out = evaluation_to_json(results, diagnostics(opt, request));
  std::vector<double> values;
  for (const auto& r : results) values.push_back(r.correct ? r.value : 0.0);
  std::fprintf(stderr, "geomean %.1f TFLOPS over %zu configs\n", geomean(values), values.size());
  if (opt.result.empty()) {
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  std::ofstream f(opt.result);
  f << out.dump(2) << "\n";
  if (!f) {
    std::fprintf(stderr, "avo-attention-harness: cannot write %s\n", opt.result.c_str());
    return 2;
  }
  return 0;
}
