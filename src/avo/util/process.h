// Running a child process with a deadline, resource limits and bounded output.
//
// Every build, evaluation and agent shell command goes through RunProcess. The child gets its own
// session and process group (setsid), so on timeout the whole group is sent SIGTERM, then SIGKILL
// after a grace period; descendants that escaped into their own session are reaped through the
// child-subreaper mechanism (prctl PR_SET_CHILD_SUBREAPER, enabled by EnableOrphanReaping) and
// killed too. The parent never blocks on a child without a deadline: pipes are polled, waitpid is
// non-blocking, and output beyond the cap is read and dropped so a chatty child cannot stall.
//
// The direct child is a guard that forks the command into its group and waits for it: when avo
// itself dies (kill -9, a second Ctrl-C), the kernel signals the guard (PR_SET_PDEATHSIG) and the
// guard kills the whole group, so no command outlives avo. Processes that left the group by
// setsid are out of the guard's reach; confined commands (util/confinement.h) run in their own
// PID namespace, where bubblewrap's --die-with-parent ends them all.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

struct ProcessOptions {
  // argv[0] is looked up on PATH when it has no '/'. Use ShellCommand() for a command string.
  std::vector<std::string> argv;
  std::filesystem::path cwd;                    // empty: inherit
  std::map<std::string, std::string> env;       // added to (or overriding) the parent's env
  std::vector<std::string> env_remove;          // names removed from the inherited env
  bool inherit_env = true;                      // false: the child's environment is `env` alone
  std::chrono::milliseconds timeout{60'000};    // wall clock, whole process group
  std::chrono::milliseconds kill_grace{2'000};  // between SIGTERM and SIGKILL
  std::size_t output_cap_bytes = std::size_t{256} * 1024;  // per stream, kept as head + tail
  std::uint64_t memory_limit_bytes = 0;                    // RLIMIT_AS; 0 = unlimited
  std::uint64_t cpu_limit_s = 0;                           // RLIMIT_CPU; 0 = unlimited
  std::uint64_t file_size_limit_bytes = 0;                 // RLIMIT_FSIZE; 0 = unlimited
  // CPU cores the command (and what it starts) may run on (sched_setaffinity); empty = any.
  // An evaluation slot's share of the machine (eval/slots.h).
  std::vector<int> cpus;
  std::optional<std::string> stdin_data;  // written to stdin, then closed; else /dev/null
  // Polled about every 20 ms while the command runs; once true, the command is stopped as at its
  // deadline (SIGTERM to the group, SIGKILL after kill_grace). Lets Ctrl-C end an agent's shell
  // command at once instead of after its timeout.
  std::function<bool()> cancelled;
};

struct ProcessResult {
  int exit_code = -1;           // valid when exited normally
  int term_signal = 0;          // the signal that ended it, 0 if it exited
  bool timed_out = false;       // killed because the deadline passed (or, with cancelled, asked)
  bool cancelled = false;       // stopped because ProcessOptions::cancelled said so
  std::string out;              // captured stdout (head and tail when truncated)
  std::string err;              // captured stderr (likewise)
  std::uint64_t out_bytes = 0;  // total bytes the child wrote to stdout
  std::uint64_t err_bytes = 0;
  double wall_s = 0;
  int orphans_killed = 0;  // escaped descendants found and killed after the child ended

  [[nodiscard]] bool ok() const { return !timed_out && term_signal == 0 && exit_code == 0; }
  // "exit 2", "killed by SIGSEGV", "timed out after 5.0 s".
  [[nodiscard]] std::string Describe() const;
};

// The last line of a command's output that is not blank: its one-line reason (a loader's, a
// shell's, git's "fatal: ..."), for error messages.
std::string LastLine(std::string output);

// argv for `/bin/sh -c command`.
std::vector<std::string> ShellCommand(const std::string& command);

// Starts the child, waits at most options.timeout (+ kill_grace), returns what happened. An error
// Status only when the child could not be started at all.
Result<ProcessResult> RunProcess(const ProcessOptions& options);

// Makes this process the reaper of orphaned descendants, so RunProcess can kill children that
// escaped their process group (double fork + setsid). Call once at start-up; idempotent.
void EnableOrphanReaping();

}  // namespace avo
