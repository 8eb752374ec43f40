// The run configuration for LLM-driven operators: `avo.toml`, passed by `avo evolve --config FILE`
// and kept as RUN/avo.toml so that a resumed run goes on with the same settings.
//
//   operator = "agent"                  # optional: the operator when --operator is not given
//   [llm]        llm::ProviderConfig, keys as in docs/llm.md (the API key is read only from the
//                environment variable named by api_key_env, never from this file)
//   [supervisor] thresholds of SupervisorConfig, and use_llm (LLM reviewer when [llm] is set)
//   [agent]      per-step budgets and loop settings (agent::AgentSettings, agent/agent_settings.h)
//   [exec]       command, timeout_s: the external coding agent (ExecSettings, operators/exec_operator.h)
//   [kb]         paths: the knowledge base K (files and directories indexed into RUN/kb.db)
//   [budget]     tokens, usd, wall_s: the whole run's limits (RunBudget, engine/run_budget.h);
//                the run stops cleanly between steps once one is reached
//   [eval]       backend = "local" (default) or "slurm"; for slurm: partition, account, gres,
//                time, sbatch_args, poll_s, heartbeat_s, queue_timeout_s, lost_grace_s
//                (SlurmSettings, eval/slurm_launcher.h)
//
// Why [llm] is converted to JSON: ProviderConfigFromJson is the one parser of [llm] (also used
// by tests and reports), so the table is handed to it unchanged; the other tables are read with
// TomlReader (task/toml_reader.h), as task.toml is. Every error is one line that names the file
// and the key: "avo.toml: key 'agent.max_turns': expected a positive integer".
// Unknown keys are errors: a typo must not silently change a multi-day run.
//
// Each table's type belongs to the module that uses it; this file only parses (it is in engine/,
// the layer that knows every module).
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/agent/agent_settings.h"
#include "avo/engine/run_budget.h"
#include "avo/eval/slurm_launcher.h"
#include "avo/llm/config.h"
#include "avo/operators/exec_operator.h"
#include "avo/supervisor/supervisor.h"
#include "avo/util/status.h"

namespace avo {

struct RunConfig {
  std::filesystem::path file;                   // where it was read from; empty = defaults
  std::string op;                               // top-level `operator`; empty = not set
  std::optional<nlohmann::json> llm;            // the [llm] table as JSON (validated)
  std::optional<llm::ProviderConfig> provider;  // parsed [llm]
  SupervisorConfig supervisor;
  bool supervisor_llm = true;  // use LlmReviewer when [llm] is configured
  agent::AgentSettings agent;
  ExecSettings exec;
  std::vector<std::filesystem::path>
      kb_paths;  // absolute; relative entries resolved against the file
  RunBudget budget;
  std::string eval_backend = "local";  // [eval] backend: "local" or "slurm"
  SlurmSettings slurm;                 // [eval] for backend = "slurm"
};

// Parses an avo.toml. NotFound when the file does not exist; InvalidArgument naming file and key.
Result<RunConfig> LoadRunConfig(const std::filesystem::path& file);
// Parses TOML text (tests); `name` appears in errors, relative kb paths resolve against `base`.
Result<RunConfig> ParseRunConfig(const std::string& text, const std::string& name,
                                 const std::filesystem::path& base);

// The run's own copy: RUN/avo.toml.
std::filesystem::path RunConfigPath(const std::filesystem::path& run_dir);
// Writes `config.file`'s content to RUN/avo.toml (atomically), with [kb] paths made absolute so
// the copy means the same thing wherever it is read from, and with `op` and `exec.command` where
// they differ from the file's (the command line chose them: a resumed run must not forget them).
// Ok and nothing written when nothing was chosen and the config came from RUN/avo.toml itself or
// from no file.
Status SaveRunConfig(const RunConfig& config, const std::filesystem::path& run_dir);

}  // namespace avo
