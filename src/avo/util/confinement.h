// Confinement of a child process with bubblewrap (bwrap), shared by the agent's shell commands
// (agent/sandbox.h) and the task's build and evaluate commands (eval/local_evaluator.h), so the
// rules of what a confined command may touch are written once:
//
//   an allow-list of paths read-only (the system's toolchain directories, a few files of /etc,
//   the user's toolchain prefixes from PATH and LD_LIBRARY_PATH and $AVO_SANDBOX_READ, and the
//   caller's `readable`): no home, no /root, no /var or the rest of /etc; a fresh /dev with the
//   GPU's device nodes, a fresh /proc showing only the command's own processes, a private /tmp
//   (tmpfs) with HOME an empty /tmp/home in it, and only the listed paths writable; its own PID
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

// The user's toolchain directories a confined command may read, from PATH, LD_LIBRARY_PATH and
// an extra list (all colon-separated): each existing absolute entry outside the system roots,
// a PATH entry ending in bin/, sbin/ or shims/ replaced by its prefix (a conda or pyenv prefix
// holds the interpreter's libraries beside its bin/), never `home` itself or /; an entry inside
// another is dropped.
std::vector<std::filesystem::path> ToolchainDirs(const std::string& path,
                                                 const std::string& ld_library_path,
                                                 const std::string& extra,
                                                 const std::filesystem::path& home);

// argv running `argv` confined as `c` describes (TMPDIR is the private /tmp, HOME /tmp/home).
std::vector<std::string> ConfinedArgv(const Confinement& c, const std::vector<std::string>& argv);

}  // namespace avo
