// The processes below the harness: the worker started without privileges, and every descendant
// ended before the result is written. The harness is a child subreaper (main.cpp), so whatever
// the worker forks, daemonized or not, ends up its child once its parent is gone.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace matmul_harness {

// Starts `path` with no arguments and the environment `env` ("NAME=value"), with `shm_fd` as
// matmul_protocol::kShmFd and no other descriptor but 0-2, in a process group of its own, killed
// when the harness dies (PR_SET_PDEATHSIG), without capabilities or a way to gain them
// (PR_SET_NO_NEW_PRIVS), and unable to trace or read the memory of other processes (seccomp).
// Returns its pid, or -1 with `error` saying why it could not start.
pid_t SpawnWorker(const std::string& path, int shm_fd, const std::vector<std::string>& env,
                  std::string* error);

// Kills the process group `group` (if > 0) and every child of the harness, again and again, and
// reaps them, until the harness has no child left. False when some remain after `limit_s`.
bool KillAllDescendants(pid_t group, double limit_s);

// A wait status in words: "exited with status 3", "was killed by signal 11 (Segmentation fault)".
std::string DescribeStatus(int status);

}  // namespace matmul_harness
