// avo-attention-harness -- the trusted evaluator of the attention task.
//
//   avo-attention-harness --candidate ./candidate.cubin          (as the task's evaluate command)
//       loads the candidate's device code (contract 2, ../include/avo_attention.h), reads
//       $AVO_CONFIGS, writes $AVO_RESULT, and measures cuDNN (with and without the log-sum-exp)
//       too when AVO_BASELINES=1 (docs/attention.md). Inputs are drawn from the judge's own
//       secret randomness for every call (evaluate.h); no seed from outside is used for them.
//   avo-attention-harness --interleaved candidate.cubin   (as the task's interleaved_command)
//       measures several builds side by side in one process, so that they share one GPU state
//       and drift: the configs file lists their directories as "workspaces" (the command's own
//       first), the module of that name in each is loaded and checked as --candidate's, and all
//       are measured interleaved on every config (evaluate.h measure_interleaved). Each config's
//       result gains "interleaved", one record per workspace in order; its top-level figures are
//       workspace 0's, exactly as with --candidate. A module that does not load is one incorrect
//       record; workspace 0's failing fails every config, as with --candidate.
//   --best ../best/candidate.cubin  (with --candidate) the same for two modules, the candidate
//       and the best version, in that order (the paired commit gate).
//   Flags override the environment, for use by hand:
//       --configs FILE  --result FILE (default: print the JSON)  --baselines
//       --reps N (fixed timed calls)  --warmup N
//   --from K  (with --result) be one worker: measure configurations K, K+1, ... in this process,
//       keeping [0, K) of the result file. Without it the harness is the supervisor, which never
//       touches the GPU: it runs workers, a fresh one after a hang, a trap or a crash, so that a
//       fault costs the configuration it happened in (fresh_workers.h). A call still running after
//       its bound (flops.h call_time_bound_s) is a hang.
//   avo-attention-harness --self-test [--seed N]
//       checks the GPU reference against the double-precision CPU reference; exit 0 if it agrees.
//
// The exit status is 0 whenever a result was written, whatever it says; 2 for a bad request or
// command line (no result can be written without knowing the configs); 3 for a worker that
// stopped early after a fault (its configurations so far written).
#include <cuda_runtime_api.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "candidate_impl.h"
#include "config.h"
#include "evaluate.h"
#include "fresh_workers.h"
#include "result_json.h"
#include "self_test.h"
#include "stats.h"

#ifdef AVO_ATTENTION_WITH_CUDNN
#include "cudnn_sdpa.h"
#endif

namespace {

using namespace avo::attention;

struct Options {
  std::string candidate, best, interleaved, configs, result;
  bool have_seed = false;
  uint64_t seed = 0;
  long from = -1;  // >= 0: a worker (fresh_workers.h), measuring configs from this index on
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
  std::fprintf(
      stderr,
      "avo-attention-harness: %s\nusage: avo-attention-harness --candidate MODULE.cubin "
      "[--best MODULE.cubin] [OPTIONS]\n       avo-attention-harness --interleaved "
      "NAME.cubin [OPTIONS]   (NAME in each of the configs file's \"workspaces\")\n"
      "       avo-attention-harness --self-test [--seed N]\nOPTIONS: [--configs FILE] "
      "[--result FILE] [--baselines] [--reps N] [--warmup N] [--sustained | --burst] [--from K]\n",
      why);
  return 2;
}

// Which modules the flags ask for: --candidate (with --best) or --interleaved.
bool check_modules(const Options& o, std::string* error) {
  if (!o.interleaved.empty()) {
    if (!o.candidate.empty() || !o.best.empty()) {
      *error = "--interleaved replaces --candidate and --best; give one or the other";
      return false;
    }
    // Joined to every workspace: an absolute path would name one file N times.
    if (std::filesystem::path(o.interleaved).is_absolute()) {
      *error = "--interleaved needs a path relative to each workspace, not " + o.interleaved;
      return false;
    }
    return true;
  }
  if (o.candidate.empty()) {
    *error =
        o.best.empty() ? "--candidate or --interleaved is required" : "--best needs --candidate";
    return false;
  }
  return true;
}

bool parse_args(int argc, char** argv, Options* o, std::string* error) {
  static const std::set<std::string> kFlags = {
      "--candidate", "--best",      "--interleaved", "--configs", "--result",
      "--seed",      "--baselines", "--self-test",   "--reps",    "--warmup",
      "--from",      "--burst",     "--sustained"};
  std::set<std::string> seen;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (kFlags.count(a) == 0) {
      *error = "unknown argument " + a;
      return false;
    }
    // A second value would silently replace the first: which module was meant?
    if (!seen.insert(a).second) {
      *error = a + " given twice";
      return false;
    }
    auto value = [&](std::string* out) {
      if (i + 1 >= argc || *argv[i + 1] == '\0') {
        *error = a + " needs a value";
        return false;
      }
      *out = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--candidate") {
      if (!value(&o->candidate)) return false;
    } else if (a == "--best") {
      if (!value(&o->best)) return false;
    } else if (a == "--interleaved") {
      if (!value(&o->interleaved)) return false;
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
    } else if (a == "--from") {
      uint64_t k = 0;
      if (!value(&v) || !parse_u64(v.c_str(), &k) || k > 100000) {
        *error = "--from needs a configuration index";
        return false;
      }
      o->from = static_cast<long>(k);
    } else if (a == "--baselines") {
      o->baselines = true;
    } else if (a == "--self-test") {
      o->self_test = true;
    } else if (a == "--burst" || a == "--sustained") {
      if (seen.count(a == "--burst" ? "--sustained" : "--burst") != 0) {
        *error = "--burst and --sustained are two timing regimes; give one";
        return false;
      }
      o->timing.sustained = a == "--sustained";
    } else if (a == "--reps" || a == "--warmup") {
      uint64_t n = 0;
      if (!value(&v) || !parse_u64(v.c_str(), &n) || n < 1 || n > 10000) {
        *error = a + " needs an integer in [1, 10000]";
        return false;
      }
      (a == "--reps" ? o->timing.fixed_reps : o->timing.warmup) = static_cast<int>(n);
    }
  }
  // The environment fills in what the flags left open.
  if (o->configs.empty() && env("AVO_CONFIGS")) o->configs = env("AVO_CONFIGS");
  if (o->result.empty() && env("AVO_RESULT")) o->result = env("AVO_RESULT");
  if (!o->baselines && env("AVO_BASELINES"))
    o->baselines = std::string(env("AVO_BASELINES")) == "1";
  if (!o->have_seed) {
    std::random_device rd;
    o->seed = (static_cast<uint64_t>(rd()) << 32) ^ rd();
  }
  return true;
}

std::string version_string(int v) {  // CUDA's 1000 * major + 10 * minor
  return std::to_string(v / 1000) + "." + std::to_string((v % 1000) / 10);
}

std::map<std::string, std::string> diagnostics(const EvalRequest& r, const DeviceFacts& facts,
                                               const TimingOptions& timing,
                                               const avo::gpu_judge::GpuMonitor* monitor) {
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
  d["harness"] = "avo-attention-harness contract " + std::to_string(AVO_ATTENTION_CONTRACT_VERSION);
  d["sm_clock_mhz"] = std::to_string(facts.clock_khz / 1000);
  d["bf16_dense_peak_tflops"] = std::to_string(facts.peak_tflops());
  d["suite"] = r.suite;
  std::ostringstream tol;
  tol << "o: |x-ref| <= " << r.tolerance.atol << " + " << r.tolerance.rtol
      << "*(|ref|+sigma) and rel_l2 <= " << r.tolerance.max_rel_l2
      << "; lse: |x-ref| <= " << r.tolerance.lse_atol << " + " << r.tolerance.lse_rtol << "*|ref|";
  d["tolerance"] = tol.str();
  d["timing"] =
      timing.sustained
          ? "sustained: median over timed calls run back to back in batches (inputs of the "
            "batch drawn first, an L2 flush before each call), as a busy GPU runs them; CUDA "
            "events around each launch, their sum per batch cross-checked against wall time; "
            "figures above the BF16 peak refused"
          : "burst: median over timed calls; CUDA events around each launch on an idle GPU "
            "after an L2 flush; event sum cross-checked against wall time; figures above the "
            "BF16 peak refused";
  d["gpu_monitor"] = monitor == nullptr     ? "off: the GPU was not initialised"
                     : monitor->available() ? "on (NVML)"
                                            : "off: " + monitor->why();
  d["checks"] =
      "every call on fresh inputs in a buffer set of its own, outputs NaN-poisoned: poison scan, "
      "inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs "
      "fp32 reference; the candidate's first call and 2 random timed calls checked in full";
  return d;
}

// One module to measure: the candidate, the best version, or one workspace's build.
struct Module {
  std::string label;  // in the summary: "candidate", "best", "ws3"
  std::string path;
  CandidateImpl impl;
  std::string load_error;  // "" once loaded
};
using Modules = std::vector<std::unique_ptr<Module>>;

// The candidate first, then the builds it is measured with.
Modules module_list(const Options& o, const EvalRequest& r) {
  Modules out;
  auto add = [&](std::string label, std::string path) {
    out.push_back(std::make_unique<Module>());
    out.back()->label = std::move(label);
    out.back()->path = std::move(path);
  };
  if (o.interleaved.empty()) {
    add("candidate", o.candidate);
    if (!o.best.empty()) add("best", o.best);
    return out;
  }
  for (size_t k = 0; k < r.workspaces.size(); ++k) {
    add(k == 0 ? "candidate" : "ws" + std::to_string(k),
        (std::filesystem::path(r.workspaces[k]) / o.interleaved).string());
  }
  return out;
}

// The modules that loaded, measured interleaved; one Measurement per module, those that did not
// load carrying why.
std::vector<Measurement> measure_modules(Harness& harness, const AttentionShape& s,
                                         const Modules& modules) {
  std::vector<Implementation*> loaded;
  for (const auto& m : modules) {
    if (m->load_error.empty()) loaded.push_back(&m->impl);
  }
  std::vector<Measurement> got = harness.measure_interleaved(s, loaded);
  std::vector<Measurement> out;
  size_t next = 0;
  for (const auto& m : modules) {
    if (m->load_error.empty()) {
      out.push_back(std::move(got[next++]));
    } else {
      out.emplace_back().message = m->load_error;
    }
  }
  return out;
}

ConfigMeasurement::Module figures(const Measurement& m) {
  ConfigMeasurement::Module f;
  f.correct = m.correct;
  f.value = m.value;
  f.samples = m.samples;
  f.errors = m.errors;
  f.errors["calls_checked"] = m.calls;
  f.errors["calls_checked_in_full"] = m.full_checks;
  f.message = m.message;
  return f;
}

// A figure this far above the same-process cuDNN is more likely a judge bug than a kernel.
constexpr double kFlagRatio = 1.25;

void add_baselines(Harness& harness, const NamedConfig& config,
                   const std::vector<std::unique_ptr<Implementation>>& baselines,
                   ConfigMeasurement* res) {
  for (const auto& b : baselines) {
    if (harness.context_lost()) break;
    // The baselines are trusted code: every call sampled-checked like the candidate's, none in
    // full (that time goes to the candidate's full checks).
    const Measurement bm = harness.measure(config.shape, *b, /*trusted=*/true);
    if (bm.correct) {
      res->baselines[b->name()] = bm.value;
    } else {
      if (!res->message.empty()) res->message += "; ";
      res->message += b->name() + " not measured: " + bm.message;
    }
  }
  if (auto it = res->baselines.find("cudnn"); res->correct && it != res->baselines.end()) {
    const double ratio = res->value / it->second;
    if (ratio > kFlagRatio) {
      char buf[160];
      std::snprintf(buf, sizeof buf,
                    "%.2fx the same-process cuDNN (above %.2fx): check this figure by hand", ratio,
                    kFlagRatio);
      res->flags.emplace_back(buf);
    }
  }
}

// The candidate's figures at the top level; with `interleaved`, every module's in the list too.
ConfigMeasurement measure_config(Harness& harness, const NamedConfig& config,
                                 const Modules& modules, bool interleaved,
                                 const std::vector<std::unique_ptr<Implementation>>& baselines) {
  ConfigMeasurement res;
  res.name = config.name;
  avo::gpu_judge::GpuConditions c_gpu;
  for (const Measurement& m : measure_modules(harness, config.shape, modules)) {
    res.interleaved.push_back(figures(m));
    if (c_gpu.samples == 0) c_gpu = m.gpu;
  }
  const ConfigMeasurement::Module& c = res.interleaved.front();
  res.correct = c.correct;
  res.value = c.value;
  res.samples = c.samples;
  res.errors = c.errors;
  res.message = c.message;
  res.gpu = c_gpu;
  if (!interleaved) res.interleaved.clear();
  add_baselines(harness, config, baselines, &res);
  return res;
}

std::vector<std::unique_ptr<Implementation>> make_baselines(Harness& harness, bool wanted) {
  std::vector<std::unique_ptr<Implementation>> out;
#ifdef AVO_ATTENTION_WITH_CUDNN
  if (!wanted) return out;
  for (bool with_lse : {true, false}) {
    auto cudnn = std::make_unique<CudnnSdpa>(with_lse);
    std::string error;
    if (!cudnn->init(harness.stream(), &error)) {
      std::fprintf(stderr, "cuDNN unavailable: %s\n", error.c_str());
      break;
    }
    out.push_back(std::move(cudnn));
  }
#else
  (void)harness;
  if (wanted) std::fprintf(stderr, "cuDNN baseline not built into this harness\n");
#endif
  return out;
}

void print_line(const ConfigMeasurement& c, const Modules& modules) {
  std::fprintf(stderr, "%-24s %-9s %9.1f TFLOPS", c.name.c_str(),
               c.correct ? "correct" : "INCORRECT", c.value);
  if (auto it = c.baselines.find("cudnn"); it != c.baselines.end()) {
    std::fprintf(stderr, "  cudnn %7.1f  ratio %.3f", it->second, c.value / it->second);
  }
  if (auto it = c.baselines.find("cudnn_nolse"); it != c.baselines.end()) {
    std::fprintf(stderr, "  cudnn_nolse %7.1f", it->second);
  }
  for (const auto& f : c.flags) std::fprintf(stderr, "  FLAG: %s", f.c_str());
  if (!c.message.empty()) std::fprintf(stderr, "  [%s]", c.message.c_str());
  std::fprintf(stderr, "\n");
  // The others measured with the candidate, one line each, with the candidate's ratio over them.
  for (size_t k = 1; k < c.interleaved.size(); ++k) {
    const ConfigMeasurement::Module& m = c.interleaved[k];
    const char* label = modules[k]->label.c_str();
    std::fprintf(stderr, "  %-22s %-9s %9.1f TFLOPS", label, m.correct ? "correct" : "INCORRECT",
                 m.value);
    if (c.correct && m.correct && m.value > 0) {
      std::fprintf(stderr, "  candidate/%s %.4f", label, c.value / m.value);
    }
    if (!m.message.empty()) std::fprintf(stderr, "  [%s]", m.message.c_str());
    std::fprintf(stderr, "\n");
  }
}

// The request the configs file holds, with the flags applied; false with `error` set when it
// cannot be read or does not fit the flags.
bool read_request(const Options& opt, EvalRequest* request, std::string* error) {
  std::ifstream in(opt.configs);
  if (!in) {
    *error = "cannot read " + opt.configs;
    return false;
  }
  nlohmann::json j;
  try {
    in >> j;
  } catch (const std::exception& e) {
    *error = opt.configs + ": " + e.what();
    return false;
  }
  if (!parse_request(j, request, error)) {
    *error = opt.configs + ": " + *error;
    return false;
  }
  if (opt.baselines) request->baselines = true;
  if (!opt.interleaved.empty() && request->workspaces.empty()) {
    *error = "--interleaved needs \"workspaces\" in " + opt.configs;
    return false;
  }
  return true;
}

// No usable GPU says nothing about the candidate: an infra error, never an incorrect score.
int report_infra_error(const std::string& error, const std::string& result_path) {
  const std::string why = error + "; the attention task needs an NVIDIA Hopper GPU (sm_90a)";
  std::fprintf(stderr, "avo-attention-harness: %s\n", why.c_str());
  nlohmann::json out = {
      {"schema", "avo.evaluation.v1"}, {"infra_error", why}, {"configs", nlohmann::json::array()}};
  if (result_path.empty()) {
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  return write_result_atomically(result_path, out) ? 0 : 2;
}

// Every config incorrect for `why`; with interleaved modules, the others' records say `others`.
std::vector<ConfigMeasurement> fail_all(const EvalRequest& request, const Modules& modules,
                                        bool interleaved, const std::string& why,
                                        const std::string& others) {
  std::vector<ConfigMeasurement> results;
  for (const auto& c : request.configs) {
    ConfigMeasurement r;
    r.name = c.name;
    r.message = why;
    if (interleaved) {
      r.interleaved.resize(modules.size());
      for (auto& m : r.interleaved) m.message = others;
      r.interleaved.front().message = why;
    }
    results.push_back(r);
  }
  return results;
}

// The result of this process's configurations [from, ...) joined to the `prefix` an earlier
// worker measured (fresh_workers.h), the configurations not yet measured failed as such. It is
// written after each configuration, so that a harness killed on a hang or a timeout leaves what
// it measured (avo reads it beside the failure, docs/task-format.md), and at the end.
class PartialResult {
 public:
  PartialResult(const EvalRequest& request, const Harness& harness, std::string path, size_t from,
                nlohmann::json prefix)
      : request_(request),
        harness_(harness),
        path_(std::move(path)),
        from_(from),
        prefix_(std::move(prefix)) {}
  [[nodiscard]] nlohmann::json whole(const std::vector<ConfigMeasurement>& done) const {
    std::vector<ConfigMeasurement> all = done;
    for (size_t i = from_ + done.size(); i < request_.configs.size(); ++i) {
      ConfigMeasurement r;
      r.name = request_.configs[i].name;
      r.message = std::string(kNotMeasured) + ": the harness stopped before this configuration";
      all.push_back(r);
    }
    nlohmann::json out = evaluation_to_json(
        all, diagnostics(request_, harness_.device(), harness_.timing(), harness_.monitor()));
    nlohmann::json configs = prefix_;
    for (auto& c : out["configs"]) configs.push_back(std::move(c));
    out["configs"] = std::move(configs);
    return out;
  }
  void write(const std::vector<ConfigMeasurement>& done) const {
    if (!path_.empty()) write_result_atomically(path_, whole(done));
  }
  [[nodiscard]] size_t from() const { return from_; }

 private:
  const EvalRequest& request_;
  const Harness& harness_;
  std::string path_;
  size_t from_;
  nlohmann::json prefix_;
};

// The record of a configuration in which a call of `hung` hung: that module failed for `why`,
// the others measured beside it not measured.
ConfigMeasurement hung_config(const NamedConfig& config, const Modules& modules, bool interleaved,
                              const Implementation& hung, const std::string& why) {
  ConfigMeasurement r;
  r.name = config.name;
  for (const auto& m : modules) {
    ConfigMeasurement::Module rec;
    rec.message = &m->impl == &hung ? why : "not run: another build hung in this configuration";
    r.interleaved.push_back(rec);
  }
  r.message = r.interleaved.front().message;
  if (!interleaved) r.interleaved.clear();
  return r;
}

// Writes what this worker measured and ends it at once, without freeing anything: after a hang
// the kernel still runs, and any CUDA call that waits for it would never return.
[[noreturn]] void stop_early(const PartialResult& partial,
                             const std::vector<ConfigMeasurement>& results) {
  partial.write(results);
  std::fflush(stderr);
  std::_Exit(kWorkerStoppedEarly);
}

// Loads the modules and measures every config; the candidate's module failing to load fails
// every config, another's only its own records.
std::vector<ConfigMeasurement> measure_all(Harness& harness, const EvalRequest& request,
                                           const Modules& modules, bool interleaved,
                                           const PartialResult& partial) {
  std::string error;
  if (!modules.front()->impl.load(modules.front()->path, &error)) {
    return fail_all(request, modules, interleaved, "candidate module " + error,
                    "not measured: the candidate's module did not load");
  }
  for (size_t k = 1; k < modules.size(); ++k) {
    Module& m = *modules[k];
    if (!m.impl.load(m.path, &error)) m.load_error = m.label + " module " + error;
  }
  std::vector<ConfigMeasurement> results;
  const auto baselines = make_baselines(harness, request.baselines);
  for (size_t i = partial.from(); i < request.configs.size(); ++i) {
    const NamedConfig& config = request.configs[i];
    harness.on_hang([&](const Implementation& impl, const std::string& why) {
      results.push_back(hung_config(config, modules, interleaved, impl, why));
      print_line(results.back(), modules);
      stop_early(partial, results);
    });
    results.push_back(measure_config(harness, config, modules, interleaved, baselines));
    print_line(results.back(), modules);
    partial.write(results);
    // Nothing more can run in this process: the next worker goes on from the next config.
    if (harness.context_lost()) stop_early(partial, results);
  }
  return results;
}

// The worker's last write: every configuration from its first on, and the prefix before it.
int report(const std::vector<ConfigMeasurement>& results, const PartialResult& partial,
           const std::string& result_path) {
  if (!write_result_atomically(result_path, partial.whole(results))) {
    std::fprintf(stderr, "avo-attention-harness: cannot write %s\n", result_path.c_str());
    return 2;
  }
  return 0;
}

// The configurations an earlier worker wrote to `path`: [0, from). False when it holds fewer.
bool read_prefix(const std::string& path, size_t from, nlohmann::json* prefix) {
  std::ifstream in(path);
  nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
  *prefix = nlohmann::json::array();
  if (!doc.is_object() || !doc["configs"].is_array() || doc["configs"].size() < from) return false;
  for (size_t i = 0; i < from; ++i) prefix->push_back(doc["configs"][i]);
  return true;
}

// One worker: measures configurations [from, ...) in this process (fresh_workers.h).
int run_worker(const Options& opt, const EvalRequest& request) {
  const bool interleaved = !opt.interleaved.empty() || !opt.best.empty();
  const Modules modules = module_list(opt, request);
  const size_t from = static_cast<size_t>(opt.from);
  nlohmann::json prefix;
  if (from > request.configs.size() || (from > 0 && !read_prefix(opt.result, from, &prefix))) {
    return usage(("--from " + std::to_string(from) + ": " + opt.result +
                  " does not hold the configurations before it")
                     .c_str());
  }
  Harness harness(request.tolerance, opt.timing, CheckOptions{});
  std::string error;
  const bool ready = harness.init(&error);
  const PartialResult partial(request, harness, opt.result, from, prefix);
  if (!ready && from == 0) return report_infra_error(error, opt.result);
  if (!ready) {
    // The GPU worked for the configurations before: what a fault there left behind is the
    // candidate's doing, not the machine's.
    std::vector<ConfigMeasurement> rest =
        fail_all(request, modules, interleaved,
                 "not run: the GPU could not be used again after the fault before: " + error,
                 "not run: the GPU could not be used again");
    rest.erase(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(from));
    return report(rest, partial, opt.result);
  }
  partial.write({});
  const std::vector<ConfigMeasurement> results =
      measure_all(harness, request, modules, interleaved, partial);
  return report(results, partial, opt.result);
}

std::string self_executable() {
  std::error_code ec;
  const std::filesystem::path p = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.string();
}

// Prints the geomean line of the whole result (every worker's configurations).
void print_geomean(const std::string& path) {
  std::ifstream in(path);
  const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
  if (!doc.is_object() || !doc["configs"].is_array() || doc["configs"].empty()) return;
  std::vector<double> values;
  for (const auto& c : doc["configs"]) {
    values.push_back(c.value("correct", false) ? c.value("value", 0.0) : 0.0);
  }
  std::fprintf(stderr, "geomean %.1f TFLOPS over %zu configs\n", avo::gpu_judge::geomean(values),
               values.size());
}

// The supervisor: no CUDA here; the configurations are measured by workers, a fresh one after
// any fault (fresh_workers.h). Without a result path the result goes to a temporary file and is
// printed at the end.
int supervise(int argc, char** argv, const Options& opt, const EvalRequest& request) {
  std::string path = opt.result;
  const bool temporary = path.empty();
  if (temporary) {
    const char* dir = env("TMPDIR") != nullptr ? env("TMPDIR") : "/tmp";
    std::string templ = std::string(dir) + "/avo-attention-result.XXXXXX";
    const int fd = mkstemp(templ.data());
    if (fd < 0)
      return usage(("cannot make a temporary result file in " + std::string(dir)).c_str());
    close(fd);
    path = templ;
  }
  std::vector<std::string> names;
  for (const NamedConfig& c : request.configs) names.push_back(c.name);
  const std::string self = self_executable();
  if (self.empty() || !write_unmeasured(path, names)) {
    return usage(("cannot " + std::string(self.empty() ? "find this program's path" : "write ") +
                  (self.empty() ? "" : path))
                     .c_str());
  }
  std::vector<std::string> worker = {self};
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--result") {
      ++i;  // the workers get the path decided here
      continue;
    }
    worker.emplace_back(argv[i]);
  }
  worker.insert(worker.end(), {"--result", path});
  std::string error;
  const int rc = run_in_fresh_workers(worker, path, &error);
  if (rc != 0 && !error.empty()) std::fprintf(stderr, "avo-attention-harness: %s\n", error.c_str());
  if (rc == 0) print_geomean(path);
  if (temporary) {
    if (rc == 0) {
      std::ifstream in(path);
      std::printf("%s", std::string(std::istreambuf_iterator<char>(in), {}).c_str());
    }
    std::remove(path.c_str());
  }
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  std::string error;
  if (!parse_args(argc, argv, &opt, &error)) return usage(error.c_str());
  if (opt.self_test) return run_self_test(opt.seed) ? 0 : 1;
  if (!check_modules(opt, &error)) return usage(error.c_str());
  if (opt.configs.empty()) return usage("no configs: set AVO_CONFIGS or pass --configs");
  EvalRequest request;
  if (!read_request(opt, &request, &error)) return usage(error.c_str());
  if (opt.from < 0) return supervise(argc, argv, opt, request);
  if (opt.result.empty()) return usage("--from needs --result (or AVO_RESULT)");
  return run_worker(opt, request);
}
