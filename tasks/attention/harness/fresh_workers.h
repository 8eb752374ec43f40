// fresh_workers.h -- measures a request's configurations in worker processes, a fresh one after
// any that stops early, so that a fault costs the configuration it happened in and not every
// configuration after it (docs/attention.md, "Faults"). A hung call cannot be cancelled inside
// its CUDA context, and after a sticky error (a trap, an illegal address) the context can run
// nothing more: only a new process gets a usable GPU back.
//
// The protocol between the supervising harness and a worker (the same binary with --from K):
//   - the result file (schema avo.evaluation.v1) exists before the first worker starts, every
//     configuration "not measured";
//   - a worker keeps configurations [0, K) of the file as they are, measures K, K+1, ... and
//     rewrites the file whole (temporary file, rename) after each one, those it has not measured
//     yet with a message starting "not measured";
//   - after a hang or a sticky error a worker writes the configuration it failed in, with the
//     reason, and exits with kWorkerStoppedEarly at once; any other exit of a worker whose file
//     still lists configurations "not measured" (a crash, a signal) fails the first of them for
//     that reason, and the next worker starts after it.
// At most one worker per configuration is started, so a request always ends.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace avo::attention {

// The exit status of a worker that stopped after a fault left its CUDA context unusable.
inline constexpr int kWorkerStoppedEarly = 3;

// The message prefix of a configuration no worker has measured yet.
inline constexpr const char* kNotMeasured = "not measured";

// The index of the first configuration of `result` (the JSON text of an evaluation) whose
// message starts with kNotMeasured; the number of configurations when none does; -1 when the
// text is not an evaluation with a "configs" array.
long first_not_measured(const std::string& result);

// Writes to `path` (whole: a temporary file, then a rename) an evaluation whose configurations,
// named `names` in order, are all "not measured". False when it cannot be written.
bool write_unmeasured(const std::string& path, const std::vector<std::string>& names);

// How one worker process ended.
struct WorkerExit {
  int exit_code = -1;  // when it exited
  int signal = 0;      // when a signal ended it
  [[nodiscard]] std::string describe() const;
};

// Runs `worker_argv` with "--from K" appended for K = 0 and then wherever the previous worker
// stopped, until every configuration of `result_path` is measured or failed. The file must
// already list the request's configurations (write_unmeasured). Returns 0 when the result is
// whole; 2, with `error` set, when a worker could not be started or the result file became
// unreadable; a worker's own exit status 2 (a bad request) is returned as is.
int run_in_fresh_workers(const std::vector<std::string>& worker_argv,
                         const std::string& result_path, std::string* error);

}  // namespace avo::attention
