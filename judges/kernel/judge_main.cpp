// avo-kernel-judge -- the generic GPU judge of a bring-your-own kernel task (docs/kernel-judge.md,
// issue #27): reads the task's kernel.toml, the request ($AVO_CONFIGS) and the candidate's cubin,
// measures every configuration (kernel_judge.h) and writes the evaluation JSON ($AVO_RESULT),
// whole after every configuration, those not yet measured marked "not measured".
//
//   avo-kernel-judge --task DIR --candidate MODULE.cubin [--configs FILE] [--result FILE]
//                    [--reps N] [--warmup N] [--runner reference_runner.py]
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
#include <string>
#include <vector>

#include "decl.h"
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
  std::string task, candidate, configs, result, runner;
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

// Every configuration measured in turn; the result rewritten whole after each one.
int judge(const Options& o, const KernelDecl& decl, const KernelRequest& request,
          const std::vector<uint8_t>& image) {
  std::vector<ConfigRecord> records;
  for (const KernelConfig& c : request.configs) {
    ConfigRecord r;
    r.name = c.name;
    r.measurement.message = "not measured";
    records.push_back(r);
  }
  nlohmann::json diagnostics = {{"candidate", o.candidate}, {"judge", "avo-kernel-judge"}};
  ReferenceProcess reference;
  KernelJudge judge(decl, reference, o.timing);
  auto write = [&] {
    return avo::gpu_judge::write_result_atomically(o.result,
                                                   evaluation_json(records, judge.unit(), diagnostics));
  };
  KernelCandidate candidate;
  std::string why = judge.init();
  if (why.empty()) why = candidate.load(image, decl);
  if (!why.empty()) {
    for (ConfigRecord& r : records) r.measurement.message = why;
    return write() ? 0 : 3;
  }
  ReferenceSpec spec{"python3", find_runner(o.runner), o.task, decl.reference_python,
                     decl.reference_function, decl.reference_framework};
  for (size_t i = 0; i < records.size(); ++i) {
    if (!reference.running()) why = reference.start(spec, 120);
    if (why.empty()) {
      records[i].measurement = judge.measure(request.configs[i], candidate);
    } else {
      records[i].measurement.message = "the reference could not start: " + why;
      why.clear();
    }
    records[i].measured = true;
    if (judge.context_lost()) {
      for (size_t k = i + 1; k < records.size(); ++k)
        records[k].measurement.message =
            "not measured: the CUDA context was lost at " + records[i].name;
      const bool ok = write();
      std::fflush(nullptr);
      _exit(ok ? 0 : 3);  // a hung kernel would block every CUDA teardown
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
  app.add_option("--configs", o.configs, "the request (default $AVO_CONFIGS)");
  app.add_option("--result", o.result, "where the evaluation JSON goes (default $AVO_RESULT)");
  app.add_option("--runner", o.runner, "reference_runner.py");
  app.add_option("--reps", o.timing.fixed_reps, "exactly this many timed calls");
  app.add_option("--warmup", o.timing.warmup, "warm-up calls (checked, not timed)");
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
  if (o.candidate.empty()) return bad_input("--candidate: missing");
  if (o.configs.empty()) return bad_input("no request: set AVO_CONFIGS or pass --configs");
  if (o.result.empty()) return bad_input("no result path: set AVO_RESULT or pass --result");
  if (o.timing.warmup < 1) return bad_input("--warmup: at least 1 (every call is checked)");
  if (!read_file(o.configs, &text)) return bad_input(o.configs + ": cannot be read");
  KernelRequest request;
  if (!parse_kernel_request(text, decl, &request, &why)) return bad_input(o.configs + ": " + why);
  std::string cubin;
  if (!read_file(o.candidate, &cubin)) return bad_input(o.candidate + ": cannot be read");
  return judge(o, decl, request, std::vector<uint8_t>(cubin.begin(), cubin.end()));
}
