// A task: what is evolved, how it is built and judged. Parsed from a directory's task.toml
// (format documented in docs/task-format.md, version 1).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

enum class Direction { kHigher, kLower };

// One named benchmark configuration of a suite (not a setting of avo itself, unlike the
// *Config types beside it).
struct BenchConfig {
  std::string name;
  nlohmann::json params;  // every key of the configuration's table except "name"
};

struct Suite {
  std::string name;
  std::string description;
  std::vector<BenchConfig> configs;
  // `held_out = true`: configurations the search never sees. Operators cannot evaluate it (nor
  // read it in their brief); the judge measures each new version on it beside its predecessor
  // and records the ratio (engine/held_out.h), so overfitting the search suite shows.
  bool held_out = false;
};

struct TaskCommand {
  std::string command;  // run by /bin/sh -c in the candidate's workspace
  int timeout_s = 0;
  bool pass_seed = false;  // [evaluate] only: hand AVO_SEED (a fresh seed) to the command
  // [evaluate] only: a command that measures several builds side by side in one process
  // (docs/task-format.md, "Interleaved measurement"); empty: the evaluator alternates runs of
  // `command` over rounds instead.
  std::string interleaved_command;
  // [evaluate] only: what the evaluator needs of the machine ("an NVIDIA Hopper GPU and its
  // driver"), said when one of avo's trusted programs cannot even start here.
  std::string needs;
  // [build] only: the address space (RLIMIT_AS) each build process may take, in MiB; 0 =
  // unlimited. A compiler told to `#include "/dev/zero"` grows until this stops it, so builds
  // have a bound by default even where [limits] memory_mb is 0 (CUDA evaluators need that).
  std::uint64_t memory_mb = 0;
};

// The default of [build] memory_mb: nvcc compiles the attention kernel in under 2 GiB.
inline constexpr std::uint64_t kDefaultBuildMemoryMb = 8192;

// How the build and evaluate commands are confined ([sandbox]; eval/local_evaluator.h).
struct SandboxConfig {
  bool enabled = true;           // false: run unconfined (the task says it cannot be confined)
  bool network = false;          // true: keep the network (no --unshare-net)
  std::vector<std::string> env;  // variables passed through beyond the allow-list
};

struct Knob {
  std::string name;
  std::string file;                 // an editable file holding the `avo:knob NAME` marker
  std::vector<std::string> values;  // allowed values, as written in the source
};

struct Limits {
  std::uint64_t memory_mb = 0;  // RLIMIT_AS per process, 0 = unlimited
  std::uint64_t cpu_s = 0;      // RLIMIT_CPU per process, 0 = unlimited
  std::uint64_t output_kb = 256;
  std::uint64_t file_mb = 1024;  // RLIMIT_FSIZE: no file written larger than this
};

struct GateConfig {
  double min_gain = 0.0;  // commit only if scalar >= best * (1 + min_gain)
  bool paired = false;    // measure candidate and best interleaved; decide on the interval
  // Paired gate (score/paired.h): rounds per configuration, the interval's confidence, and how
  // much worse one configuration may clearly be (its interval's upper bound below
  // 1 - max_config_loss rejects).
  int rounds = 10;
  double confidence = 0.95;
  double max_config_loss = 0.02;
};

struct TaskSpec {
  static constexpr int kFormat = 1;

  std::filesystem::path dir;  // absolute
  std::string name;
  std::string description;
  std::vector<std::string> editable;  // globs relative to dir
  std::optional<TaskCommand> build;
  TaskCommand evaluate;
  Limits limits;
  SandboxConfig sandbox;
  std::string metric_name;
  std::string unit;
  Direction direction = Direction::kHigher;
  double atol = 0;
  double rtol = 0;
  nlohmann::json tolerance =
      nlohmann::json::object();  // the whole [tolerance] table (atol, rtol and any
                                 // task-specific figures), handed to the evaluator
  GateConfig gate;
  std::string default_suite;
  std::map<std::string, Suite> suites;
  std::vector<Knob> knobs;

  // nullptr when no such suite; the empty name means default_suite.
  [[nodiscard]] const Suite* FindSuite(const std::string& name) const;
  [[nodiscard]] std::vector<std::string> SuiteNames() const;
  // The suites operators may see and evaluate, and the held-out ones (Suite::held_out).
  [[nodiscard]] std::vector<std::string> SearchSuiteNames() const;
  [[nodiscard]] std::vector<std::string> HeldOutSuiteNames() const;
  // Ok when `name` is a suite the search may use (the gate's suite, an operator's evaluation);
  // InvalidArgument naming the search suites when there is no such suite, or saying it is held
  // out. Held-out suites are refused as missing ones are: what operators are told names none.
  [[nodiscard]] Status CheckSearchSuite(const std::string& name) const;
};

// Loads dir/task.toml (or the file itself when given a path to it) and checks it, including that
// the editable patterns match files and that every knob marker is found. Errors name the file, the
// key and what was expected, e.g.
//   tasks/x/task.toml: key 'evaluate.timeout_s': expected a positive integer, got "soon"
Result<TaskSpec> LoadTask(const std::filesystem::path& path);

// True when `better` is strictly better than `worse` in the task's direction.
bool IsBetter(Direction d, double better, double worse);

}  // namespace avo
