// avo-matmul-harness: the trusted evaluator of the matmul task, built by avo's CMake and found on
// PATH by the task's evaluate command, `avo-matmul-harness ./worker`. No candidate code runs in
// this process (docs/task-format.md, "No candidate code in the judge's process"): the candidate's
// kernel runs in ./worker (worker.cpp + kernel.cpp), a child started per configuration without
// privileges or avo's variables, fed through shared memory (protocol.h).
//
// For every configuration of the suite in $AVO_CONFIGS: fresh random inputs from $AVO_SEED for
// every call, C poisoned with NaN before it; the first call checked in full against a float64
// reference with |c - ref| <= atol + rtol * |ref|; then, only if correct, `reps` timed calls
// (default 7), each checked on elements chosen at random after it, the last one in full. Times
// are taken here, from before the inputs reach the worker until it says done. Metric: GFLOPS =
// 2·n³ / seconds / 1e9, the median of the timed calls. A worker that crashes, hangs, exits or
// answers wrong fails its configuration with the reason; a hang (the per-call timeout) also skips
// the configurations after it.
//
// Before the result is written every process below the harness is killed and reaped, so nothing
// of the candidate is alive then; the result ($AVO_RESULT, docs/evaluation-schema.md) is written
// fresh (O_EXCL, no symlink followed) and fsynced.
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "check.h"
#include "process.h"
#include "worker.h"

extern char** environ;

namespace matmul_harness {
namespace {

using json = nlohmann::json;

constexpr int kSamples = 16;  // elements checked after every timed call but the last

struct Settings {
  Tolerance tol;
  WorkerOptions worker;
};

// Random streams: `inputs` from $AVO_SEED (reproducible inputs), `pick` from the kernel's
// entropy (which elements are checked: the worker must not be able to predict them).
struct Streams {
  std::mt19937_64 inputs;
  std::mt19937_64 pick;
};

std::vector<float> Fresh(std::mt19937_64& rng, std::size_t count) {
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  std::vector<float> v(count);
  for (auto& x : v) x = dist(rng);
  return v;
}

json& Fail(json& out, const std::string& message) {
  out["correct"] = false;
  out["value"] = 0;
  out["message"] = message;
  return out;
}

// The correctness call: its result checked in full. False (and `out` says why) if it fails.
bool FirstCall(Worker& worker, int n, const Settings& s, Streams& rng, json& out, Failure* f) {
  const std::size_t nn = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
  const std::vector<float> A = Fresh(rng.inputs, nn), B = Fresh(rng.inputs, nn);
  if (!worker.Call(A, B, f)) {
    Fail(out, f->message);
    return false;
  }
  const std::vector<float> C(worker.C(), worker.C() + nn);  // at once: a snapshot
  const Check check = VerifyAll(A, B, C, n, s.tol);
  out["errors"] = {
      {"max_abs", check.max_abs}, {"max_rel", check.max_rel}, {"tol_ratio", check.tol_ratio}};
  out["correct"] = check.correct;
  if (!check.correct) Fail(out, check.message);
  return check.correct;
}

// `reps` timed calls on fresh inputs (no call sees inputs an earlier one saw, so none can be
// answered from memory), each checked after it. The samples, or nullopt with `out` failed.
std::optional<std::vector<double>> TimedCalls(Worker& worker, int n, int reps, const Settings& s,
                                              Streams& rng, json& out, Failure* f) {
  const std::size_t nn = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
  std::vector<double> samples;
  for (int r = 0; r < reps; ++r) {
    const std::vector<float> A = Fresh(rng.inputs, nn), B = Fresh(rng.inputs, nn);
    const std::optional<double> seconds = worker.Call(A, B, f);
    if (!seconds) {
      Fail(out, "timed call " + std::to_string(r + 1) + ": " + f->message);
      return std::nullopt;
    }
    Check check;
    if (r == reps - 1) {
      const std::vector<float> C(worker.C(), worker.C() + nn);
      check = VerifyAll(A, B, C, n, s.tol);
    } else {
      check = VerifySamples(A, B, TakeSamples(worker.C(), n, kSamples, rng.pick), n, s.tol);
    }
    if (!check.correct) {
      Fail(out, "wrong result in timed call " + std::to_string(r + 1) + ": " + check.message);
      return std::nullopt;
    }
    samples.push_back(2.0 * n * static_cast<double>(n) * n / *seconds / 1e9);
  }
  return samples;
}

// One configuration, in a worker of its own. `hung` is set when the worker timed out.
json RunConfig(const json& cfg, const Settings& s, Streams& rng, bool* hung) {
  const std::string name = cfg.value("name", "");
  json out = {{"name", name}, {"unit", "GFLOPS"}};
  // task.toml's parameters are the task author's to type: a wrong one fails its configuration
  // with one line, never the harness.
  const json params = cfg.value("params", json::object());
  for (const char* key : {"n", "reps"}) {
    if (params.contains(key) && !params[key].is_number_integer())
      return Fail(out, std::string("parameter ") + key + " must be an integer");
  }
  if (!params.contains("n")) return Fail(out, "parameter n is missing");
  const std::int64_t n64 = params["n"].get<std::int64_t>();
  const std::int64_t reps64 = params.value("reps", std::int64_t{7});
  if (n64 < 1 || n64 > 16384 || reps64 < 1 || reps64 > 1000)
    return Fail(out, "parameters out of range: n (1..16384), reps (1..1000)");
  const int n = static_cast<int>(n64);
  const int reps = static_cast<int>(reps64);
  Failure failure;
  std::unique_ptr<Worker> worker = Worker::Start(s.worker, n, &failure);
  std::optional<std::vector<double>> samples;
  if (worker == nullptr) {
    Fail(out, failure.message);
  } else if (FirstCall(*worker, n, s, rng, out, &failure)) {
    samples = TimedCalls(*worker, n, reps, s, rng, out, &failure);
  }
  *hung = failure.timed_out;
  if (!samples) return out;
  std::vector<double> sorted = *samples;
  std::sort(sorted.begin(), sorted.end());
  out["value"] = sorted[sorted.size() / 2];
  out["samples"] = *samples;
  return out;
}

// The worker's environment: the harness's own, without any AVO_ variable (the result's path,
// the seed of the inputs, the configs).
std::vector<std::string> WorkerEnvironment() {
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::strncmp(*e, "AVO_", 4) != 0) env.emplace_back(*e);
  }
  return env;
}

// Whatever is at `path` (a forged file, a symlink, a directory the worker made) is removed, and
// the result is created anew: O_EXCL and O_NOFOLLOW, so nothing there is written through.
bool WriteResult(const std::string& path, const std::string& text) {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) {
    std::cerr << "harness: cannot create " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t w = write(fd, text.data() + done, text.size() - done);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) break;
    done += static_cast<std::size_t>(w);
  }
  const bool ok = done == text.size() && fsync(fd) == 0;
  if (close(fd) != 0 || !ok) {
    std::cerr << "harness: cannot write " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  return true;
}

struct Args {
  std::string worker;
  double call_timeout_s = 30;
};

std::optional<Args> ParseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--call-timeout-s" && i + 1 < argc) {
      a.call_timeout_s = std::strtod(argv[++i], nullptr);
    } else if (a.worker.empty() && !arg.empty() && arg[0] != '-') {
      a.worker = arg;
    } else {
      return std::nullopt;
    }
  }
  if (a.worker.empty() || !(a.call_timeout_s > 0)) return std::nullopt;
  return a;
}

int Main(int argc, char** argv) {
  // The worker runs as the same user: without this it could read this process's memory and
  // environment (/proc/PID/mem, environ) or attach to it.
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  // Every orphan below the harness becomes its child, so none escapes the final kill.
  prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
  const std::optional<Args> args = ParseArgs(argc, argv);
  const char* configs_path = std::getenv("AVO_CONFIGS");
  const char* result_path = std::getenv("AVO_RESULT");
  const char* seed = std::getenv("AVO_SEED");
  if (!args || configs_path == nullptr || result_path == nullptr) {
    std::cerr << "usage: avo-matmul-harness [--call-timeout-s S] WORKER, with AVO_CONFIGS and "
                 "AVO_RESULT set (run me through avo)\n";
    return 2;
  }
  json doc = json::parse(std::ifstream(configs_path), nullptr, false);
  if (doc.is_discarded()) {
    std::cerr << "harness: " << configs_path << " is not JSON\n";
    return 2;
  }
  Settings s;
  s.tol = {doc["tolerance"].value("atol", 1e-3), doc["tolerance"].value("rtol", 1e-3)};
  s.worker = {args->worker, WorkerEnvironment(), args->call_timeout_s};
  Streams rng{
      std::mt19937_64(seed != nullptr ? std::strtoull(seed, nullptr, 10) : 1),
      std::mt19937_64((std::uint64_t{std::random_device{}()} << 32) ^ std::random_device{}())};
  json result = {{"schema", "avo.evaluation.v1"}, {"configs", json::array()}};
  bool hung = false;
  for (const auto& cfg : doc.at("configs")) {
    if (!hung) {
      result["configs"].push_back(RunConfig(cfg, s, rng, &hung));
    } else {
      json skipped = {{"name", cfg.at("name")}, {"unit", "GFLOPS"}};
      result["configs"].push_back(Fail(skipped, "not run: the worker hung in an earlier one"));
    }
  }
  if (!KillAllDescendants(-1, 10)) {
    std::cerr << "harness: a process of the worker could not be ended; no result written\n";
    return 2;
  }
  return WriteResult(result_path, result.dump(2) + "\n") ? 0 : 2;
}

}  // namespace
}  // namespace matmul_harness

int main(int argc, char** argv) { return matmul_harness::Main(argc, argv); }
