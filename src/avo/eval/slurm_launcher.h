// SlurmLauncher: each command of an evaluation (the task's build, its evaluate) runs as one Slurm
// job, submitted with `sbatch --parsable`. The workspace lies in the run directory, which the
// cluster's nodes share, so the job works on the same files a local evaluation would.
//
// A job's files, in RUN/scratch/slurm/<job dir>/:
//   job.sh     the batch script: runs the command (argv, environment, rlimits as ProcessOptions
//              say) with its output in out/err, and writes `exit` last
//   started    written when the job begins: the command's timeout counts from here, so time in
//              the queue is never charged to the candidate
//   heartbeat  touched by avo while it waits; a job whose heartbeat goes stale (avo was killed)
//              cancels itself, so no job outlives the avo that submitted it for long
//   exit       "<status> <start> <end>": the sentinel avo waits for. Completion is read from it,
//              not from squeue (jobs vanish from squeue minutes after they end) nor from sacct
//              alone (some sites disable accounting); squeue, then sacct, are asked only whether
//              a job that wrote no sentinel is still alive
//   jobid      the Slurm job id, so that a resumed run cancels what a killed avo left queued
//
// A job that times out while the cluster says it runs is cancelled (scancel) and reported as
// timed out, as a local command would be (so is one that Slurm's own time limit ended); so is
// one running when avo is asked to stop. A job the cluster ends without a sentinel (node
// failure, a cancel from outside) or cannot account for at its deadline is lost: Unavailable,
// an infra error, not the candidate's failure. A requeued job's time back in the queue is not
// counted. A job's directory is removed once its result is read.
#pragma once

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include "avo/eval/launcher.h"

namespace avo {

// avo.toml [eval] with backend = "slurm" (engine/run_config.h).
struct SlurmSettings {
  std::string partition;                 // sbatch --partition; empty: the cluster's default
  std::string account;                   // sbatch --account
  std::string gres;                      // sbatch --gres, e.g. "gpu:h100:1"
  std::string time;                      // sbatch --time; empty: the command's timeout + 2 min
  std::vector<std::string> sbatch_args;  // further sbatch arguments, as given
  double poll_s = 0.5;                   // seconds between looks at a job's files
  double heartbeat_s = 120;        // a job ends itself when avo has not touched it for this long
  double queue_timeout_s = 86400;  // longest wait in the queue before it is an infra error
  double lost_grace_s = 30;        // after Slurm says a job ended, how long its sentinel may lag
                                   // (shared file systems are not instant)
};

class SlurmLauncher final : public Launcher {
 public:
  // `jobs_dir` holds the job directories (RUN/scratch/slurm); it must be on the shared file
  // system.
  SlurmLauncher(SlurmSettings settings, std::filesystem::path jobs_dir);
  Result<ProcessResult> Run(const ProcessOptions& options, const std::string& label) override;
  [[nodiscard]] std::string Describe() const override;

 private:
  // The sbatch argv for the job in `dir` with `timeout_s` of command time.
  [[nodiscard]] std::vector<std::string> SbatchArgv(const std::filesystem::path& dir,
                                                    const std::string& label,
                                                    double timeout_s) const;
  // A fresh job directory with its script, heartbeat and stdin.
  Result<std::filesystem::path> PrepareJob(const ProcessOptions& options);
  // The job id sbatch gave; Unavailable when it refused.
  [[nodiscard]] Result<std::string> Submit(const std::filesystem::path& dir,
                                           const std::string& label, double timeout_s) const;
  // Waits for the job's sentinel, its timeout, a cancellation or its loss.
  [[nodiscard]] Result<ProcessResult> Wait(const ProcessOptions& options,
                                           const std::filesystem::path& dir,
                                           const std::string& id) const;
  // The job's output, cut as RunProcess cuts it.
  static ProcessResult Collect(const ProcessOptions& options, const std::filesystem::path& dir);

  SlurmSettings settings_;
  std::filesystem::path jobs_dir_;
  std::atomic<int> counter_{0};
};

// The batch script that runs `options` with its files in `dir` (exposed for tests).
std::string SlurmJobScript(const ProcessOptions& options, const std::filesystem::path& dir,
                           double heartbeat_s);

// Cancels the jobs a killed avo left in `jobs_dir` (those that wrote no sentinel); returns how
// many it asked Slurm to cancel. Best effort: a cluster that cannot be reached cancels nothing,
// and each job ends itself once its heartbeat is stale.
int CancelLeftoverJobs(const std::filesystem::path& jobs_dir);

}  // namespace avo
