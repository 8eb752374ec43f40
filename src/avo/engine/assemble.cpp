#include "avo/engine/assemble.h"

#include <fmt/format.h>

#include "avo/archive/archive.h"
#include "avo/archive/run_state.h"
#include "avo/engine/registry.h"
#include "avo/engine/run.h"
#include "avo/llm/provider.h"
#include "avo/supervisor/llm_reviewer.h"
#include "avo/task/run_paths.h"

namespace avo {
namespace fs = std::filesystem;

Result<RunConfig> FindRunConfig(const std::string& config_flag, const fs::path& run_dir) {
  if (!config_flag.empty()) return LoadRunConfig(config_flag);
  std::error_code ec;
  if (!run_dir.empty() && Run::Exists(run_dir) && fs::exists(RunConfigPath(run_dir), ec))
    return LoadRunConfig(RunConfigPath(run_dir));
  return RunConfig{};
}

Result<std::unique_ptr<Reviewer>> MakeReviewer(const RunConfig& config) {
  if (config.provider && config.supervisor_llm) {
    AVO_ASSIGN_OR_RETURN(auto provider, llm::MakeProvider(*config.provider));
    return std::unique_ptr<Reviewer>(std::make_unique<LlmReviewer>(std::move(provider)));
  }
  return std::unique_ptr<Reviewer>(std::make_unique<HistoryReviewer>());
}

Result<std::unique_ptr<Supervisor>> MakeSupervisor(const RunConfig& config) {
  auto reviewer = MakeReviewer(config);
  if (!reviewer.ok()) return reviewer.status().WithContext("supervisor");
  return std::make_unique<Supervisor>(config.supervisor, std::move(reviewer).value());
}

Status CheckImportedLlm(const RunConfig& c, const std::string& op_name, const fs::path& run_dir) {
  if (!c.provider || !(OperatorUsesLlm(op_name) || c.supervisor_llm) || run_dir.empty() ||
      !Run::Exists(run_dir))
    return Status::Ok();
  AVO_ASSIGN_OR_RETURN(auto archive, Archive::OpenReadOnly(RunPaths(run_dir).archive()));
  AVO_ASSIGN_OR_RETURN(const RunState state, LoadRunState(*archive));
  if (state.llm_pending.empty()) return Status::Ok();
  return Status::InvalidArgument(fmt::format(
      "{}: the [llm] endpoint came with an import and has not been accepted ({}); to use it, "
      "give an avo.toml of your own: `avo evolve {} --config FILE` (or import with --trust-llm)",
      run_dir.string(), state.llm_pending, run_dir.string()));
}

Result<RunParts> AssembleRun(const RunOverrides& overrides, const fs::path& run_dir) {
  RunParts parts;
  AVO_ASSIGN_OR_RETURN(parts.config, FindRunConfig(overrides.config, run_dir));
  RunConfig& c = parts.config;
  if (overrides.op) c.op = *overrides.op;
  parts.op_name = c.op.empty() ? "mutate" : c.op;
  if (overrides.config.empty()) AVO_RETURN_IF_ERROR(CheckImportedLlm(c, parts.op_name, run_dir));
  if (!overrides.exec_command.empty()) c.exec.command = overrides.exec_command;
  OperatorOptions oo;
  if (c.llm) oo.llm = *c.llm;
  oo.exec_command = c.exec.command;
  oo.exec_timeout_s = c.exec.timeout_s;
  oo.agent = c.agent;
  oo.kb_paths = c.kb_paths;
  oo.avo_binary = overrides.avo_binary;
  AVO_ASSIGN_OR_RETURN(parts.op, MakeOperator(parts.op_name, oo));
  parts.op_options = oo;
  AVO_ASSIGN_OR_RETURN(parts.supervisor, MakeSupervisor(c));
  return parts;
}

Status AcceptImportedLlm(Run& run, bool user_config) {
  if (!user_config) return Status::Ok();
  AVO_ASSIGN_OR_RETURN(const RunState state, LoadRunState(run.archive()));
  return state.llm_pending.empty() ? Status::Ok() : SaveLlmPending(run.archive(), "");
}

}  // namespace avo
