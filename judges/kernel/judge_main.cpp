// avo-kernel-judge -- the generic GPU judge of a bring-your-own kernel task (docs/kernel-judge.md,
// issue #27): reads the task's kernel.toml, the request ($AVO_CONFIGS) and the candidate's cubin,
// measures every configuration (kernel_judge.h) and writes the evaluation JSON ($AVO_RESULT),
// whole after every configuration, those not yet measured marked "not measured".
//
//   avo-kernel-judge --task DIR --candidate MODULE.cubin [--configs FILE] [--result FILE]
//                    [--reps N] [--warmup N] [--runner reference_runner.py]
//   avo-kernel-judge --task DIR --interleaved NAME.cubin [...]   NAME.cubin of every workspace
//       the request lists ("workspaces", the task's interleaved_command), measured side by side
//       on each configuration (KernelJudge::measure_interleaved); each record gains
//       "interleaved", one entry per workspace in order, the first repeated at the top level.
// The candidate's avo_kernel_params.h comes from avo-kernel-params (params_main.cpp), which
// needs no GPU.
//
// Exit status: 0 when a result was written (a refused or incorrect candidate included), 2 for
// bad input (one line on stderr naming it), 3 when the result could not be written.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "decl.h"
#include "fresh_workers.h"
#include "kernel_candidate.h"
#include "kernel_judge.h"
#include "kernel_result.h"
#include "reference_process.h"
#include "request.h"
#include "result_file.h"

namespace fs = std::filesystem;
using namespace avo::kernel_judge;

namespace {

struct Options {
  std::string task, candidate, interleaved, configs, result, runner;
  bool baselines = false;
  int worker_from = -1;  // >= 0: a worker (fresh_workers.h) measuring from this configuration
  KernelTiming timing;
};

bool read_file(const std::string& path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  out->assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  return static_cast<bool>(f) || f.eof();
}

int bad_input(const std::string& why) {
  std::fprintf(stderr, "avo-kernel-judge: %s\n", why.c_str());
  return 2;
}

// reference_runner.py: --runner, else beside this program, else in the source tree it was
// built from.
std::string find_runner(const std::string& given) {
  if (!given.empty()) return given;
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec && fs::exists(self.parent_path() / "reference_runner.py"))
    return (self.parent_path() / "reference_runner.py").string();
  return AVO_REFERENCE_RUNNER;
}

const char* env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? v : nullptr;
}

// The builds a request asks for: --candidate, or --interleaved's file in every workspace.
// False with one line when one cannot be read.
bool read_builds(const Options& o, const std::string& request_text,
                 std::vector<std::vector<uint8_t>>* images, std::vector<std::string>* names,
                 std::string* error) {
  std::vector<std::string> paths;
  if (o.interleaved.empty()) {
    paths.push_back(o.candidate);
  } else {
    const nlohmann::json j = nlohmann::json::parse(request_text, nullptr, false);
    const auto ws = j.is_object() ? j.find("workspaces") : j.end();
    if (!j.is_object() || ws == j.end() || !ws->is_array() || ws->empty()) {
      *error = "--interleaved: the request has no \"workspaces\" array";
      return false;
    }
    for (const auto& w : *ws) {
      if (!w.is_string()) {
        *error = "--interleaved: \"workspaces\" must hold paths";
        return false;
      }
      paths.push_back((fs::path(w.get<std::string>()) / o.interleaved).string());
    }
  }
  for (const std::string& p : paths) {
    std::string bytes;
    if (!read_file(p, &bytes)) {
      *error = p + ": cannot be read";
      return false;
    }
    images->emplace_back(bytes.begin(), bytes.end());
    names->push_back(p);
  }
  return true;
}

// The builds of one worker, loaded into its context: a build that does not load keeps its
// reason and fails every configuration with it; the others go on.
struct LoadedBuilds {
  std::vector<std::unique_ptr<KernelCandidate>> owned;
  std::vector<KernelCandidate*> loaded;  // null where refused
  std::vector<std::string> refused;
};

LoadedBuilds load_builds(const std::vector<std::vector<uint8_t>>& images, const KernelDecl& decl) {
  LoadedBuilds b;
  for (const auto& image : images) {
    b.owned.push_back(std::make_unique<KernelCandidate>());
    b.refused.push_back(b.owned.back()->load(image, decl));
    b.loaded.push_back(b.refused.back().empty() ? b.owned.back().get() : nullptr);
  }
  return b;
}

// One configuration: every build side by side, then the baselines when asked for.
void measure_config(const KernelConfig& config, bool baselines, bool interleaved,
                    LoadedBuilds& builds, KernelJudge& judge, ReferenceProcess& reference,
                    const ReferenceSpec& spec, ConfigRecord* record, nlohmann::json* diagnostics) {
  std::vector<KernelMeasurement> got(builds.loaded.size());
  const std::string why = reference.running() ? "" : reference.start(spec, 120);
  if (why.empty()) {
    got = judge.measure_interleaved(config, builds.loaded);
  } else {
    for (KernelMeasurement& m : got) m.message = "the reference could not start: " + why;
  }
  for (size_t b = 0; b < got.size(); ++b) {
    if (!builds.refused[b].empty()) got[b].message = builds.refused[b];
  }
  if (baselines && !judge.context_lost()) {
    std::map<std::string, std::string> errors;
    record->baselines = judge.baselines(config, &errors);
    for (const auto& [name, error] : errors)
      (*diagnostics)["baseline_errors"][record->name + "/" + name] = error;
  }
  record->measurement = got[0];
  if (interleaved) record->interleaved = got;
  record->measured = true;
}

// A worker (fresh_workers.h): the configurations from `from` on, measured in turn (every build
// side by side); those before it as the previous workers left them in the result, which is
// rewritten whole after each configuration.
int judge(const Options& o, const KernelDecl& decl, const KernelRequest& request,
          const std::vector<std::vector<uint8_t>>& images, const std::vector<std::string>& names,
          size_t from) {
  std::vector<ConfigRecord> records;
  for (const KernelConfig& c : request.configs) {
    ConfigRecord r;
    r.name = c.name;
    r.measurement.message = "not measured";
    records.push_back(r);
  }
  nlohmann::json prior;
  if (from > 0) {
    std::ifstream f(o.result);
    prior = nlohmann::json::parse(f, nullptr, false);
  }
  nlohmann::json diagnostics = {{"builds", names}, {"judge", "avo-kernel-judge"}};
  if (prior.is_object() && prior.contains("diagnostics")) diagnostics.update(prior["diagnostics"]);
  ReferenceProcess reference;
  KernelJudge judge(decl, reference, o.timing);
  auto write = [&] {
    nlohmann::json doc = evaluation_json(records, judge.unit(), diagnostics);
    for (size_t k = 0; k < from && prior.is_object() && k < prior["configs"].size(); ++k)
      doc["configs"][k] = prior["configs"][k];
    return avo::gpu_judge::write_result_atomically(o.result, doc);
  };
  if (std::string why = judge.init(); !why.empty()) {
    for (size_t k = from; k < records.size(); ++k) records[k].measurement.message = why;
    return write() ? 0 : 3;
  }
  LoadedBuilds builds = load_builds(images, decl);
  const ReferenceSpec spec{"python3",
                           find_runner(o.runner),
                           o.task,
                           decl.reference_python,
                           decl.reference_function,
                           decl.reference_framework};
  for (size_t i = from; i < records.size(); ++i) {
    measure_config(request.configs[i], request.baselines, !o.interleaved.empty(), builds, judge,
                   reference, spec, &records[i], &diagnostics);
    if (judge.context_lost()) {
      for (size_t k = i + 1; k < records.size(); ++k)
        records[k].measurement.message =
            "not measured: the CUDA context was lost at " + records[i].name;
      const bool ok = write();
      std::fflush(nullptr);
      _exit(ok ? 0 : 3);  // a hung kernel would block every CUDA teardown; a fresh worker goes on
    }
    if (!write()) return 3;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"avo-kernel-judge: the generic GPU judge of a bring-your-own kernel task"};
  app.add_option("--task", o.task, "the task directory (kernel.toml)")->required();
  app.add_option("--candidate", o.candidate, "the candidate's cubin");
  app.add_option("--interleaved", o.interleaved,
                 "this cubin of every workspace the request lists, measured side by side");
  app.add_option("--configs", o.configs, "the request (default $AVO_CONFIGS)");
  app.add_option("--result", o.result, "where the evaluation JSON goes (default $AVO_RESULT)");
  app.add_option("--runner", o.runner, "reference_runner.py");
  app.add_flag("--baselines", o.baselines, "also time kernel.toml's [[baseline]]s");
  app.add_option("--reps", o.timing.fixed_reps, "exactly this many timed calls");
  app.add_option("--warmup", o.timing.warmup, "warm-up calls (checked, not timed)");
  app.add_option(kWorkerFlag, o.worker_from)->group("");  // fresh_workers.h
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  std::string text, why;
  const std::string toml = (fs::path(o.task) / "kernel.toml").string();
  if (!read_file(toml, &text)) return bad_input(toml + ": cannot be read");
  KernelDecl decl;
  if (!parse_kernel_decl(text, toml, &decl, &why)) return bad_input(why);
  if (o.configs.empty() && env("AVO_CONFIGS")) o.configs = env("AVO_CONFIGS");
  if (o.result.empty() && env("AVO_RESULT")) o.result = env("AVO_RESULT");
  const char* baselines = env("AVO_BASELINES");
  if (o.candidate.empty() == o.interleaved.empty())
    return bad_input("give --candidate or --interleaved (one of them)");
  if (!o.interleaved.empty() && fs::path(o.interleaved).is_absolute())
    return bad_input("--interleaved needs a path relative to each workspace, not " + o.interleaved);
  if (o.configs.empty()) return bad_input("no request: set AVO_CONFIGS or pass --configs");
  if (o.result.empty()) return bad_input("no result path: set AVO_RESULT or pass --result");
  if (o.timing.warmup < 1) return bad_input("--warmup: at least 1 (every call is checked)");
  if (!read_file(o.configs, &text)) return bad_input(o.configs + ": cannot be read");
  KernelRequest request;
  if (!parse_kernel_request(text, decl, &request, &why)) return bad_input(o.configs + ": " + why);
  request.baselines =
      request.baselines || o.baselines || (baselines && std::string(baselines) == "1");
  std::vector<std::vector<uint8_t>> images;
  std::vector<std::string> names;
  if (!read_builds(o, text, &images, &names, &why)) return bad_input(why);
  if (o.worker_from < 0)
    return run_in_workers(std::vector<std::string>(argv, argv + argc), o.result);
  if (static_cast<size_t>(o.worker_from) >= request.configs.size())
    return bad_input(std::string(kWorkerFlag) + ": no such configuration");
  return judge(o, decl, request, images, names, static_cast<size_t>(o.worker_from));
}
