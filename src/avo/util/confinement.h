// Confinement of a child process with bubblewrap (bwrap), shared by the agent's shell commands
// (agent/sandbox.h) and the task's build and evaluate commands (eval/local_evaluator.h), so the
// rules of what a confined command may touch are written once:
//
//   the whole file system read-only (--ro-bind / /), a fresh /dev with the GPU's device nodes,
//   a fresh /proc, a private /tmp (tmpfs), and only the listed paths writable; its own PID
//   namespace (every process of the command dies with it), its own IPC namespace, a new session
//   (no ioctl on our terminal), no network unless asked, and killed when avo dies.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

struct Confinement {
  std::filesystem::path cwd;                    // the working directory inside
  std::vector<std::filesystem::path> writable;  // bound read-write (must exist)
  // Bound read-only again after the private /tmp is mounted: paths under /tmp would be hidden
  // by it otherwise (the ro root bind already covers every other path). Missing ones are skipped.
  std::vector<std::filesystem::path> readable;
  bool network = false;  // false: --unshare-net (loopback only)
};

// Whether `bwrap` runs and can create its namespaces here: runs `bwrap --version` and a trivial
// confined `true`. The error says why not, starting with "bwrap unavailable: ".
Status ProbeConfinement(const std::string& bwrap = "bwrap");
// ProbeConfinement() of the `bwrap` on PATH, checked once per process.
const Status& ConfinementAvailable();

// argv running `argv` confined as `c` describes (TMPDIR is set to the private /tmp).
std::vector<std::string> ConfinedArgv(const Confinement& c, const std::vector<std::string>& argv);

}  // namespace avo
