// Where an evaluation's commands run. The evaluator (local_evaluator.h) prepares each workspace,
// confines each command and reads its result the same way whatever runs it; a Launcher only
// carries one command to its end:
//   LocalLauncher  a child process of avo on this machine (util/process.h);
//   SlurmLauncher  a Slurm job on a cluster whose nodes share the run directory
//                  (slurm_launcher.h, `[eval] backend = "slurm"` in avo.toml).
#pragma once

#include <string>

#include "avo/util/process.h"
#include "avo/util/status.h"

namespace avo {

class Launcher {
 public:
  virtual ~Launcher() = default;
  // Runs `options` (argv, working directory, environment, rlimits, timeout, cancellation) to
  // its end and returns how it ended, as RunProcess does. `label` names the evaluation in the
  // scheduler ("attempt-12"). An error Status is the machinery's failure, never the command's:
  // Unavailable when the machine or the cluster could not run it or lost it (an infra error:
  // it says nothing about the candidate), IoError when it could not be started here.
  virtual Result<ProcessResult> Run(const ProcessOptions& options, const std::string& label) = 0;
  // "local", "slurm:gpu-partition": in logs and in the evaluator's Describe().
  [[nodiscard]] virtual std::string Describe() const = 0;
};

class LocalLauncher final : public Launcher {
 public:
  Result<ProcessResult> Run(const ProcessOptions& options, const std::string& label) override;
  [[nodiscard]] std::string Describe() const override { return "local"; }
};

}  // namespace avo
