// Confinement of a child process, shared by the agent's shell commands (agent/sandbox.h) and the
// task's build and evaluate commands (eval/local_evaluator.h), so the rules of what a confined
// command may touch are written once. Two confiners implement them:
//
//   BwrapConfiner (bubblewrap): an allow-list of paths read-only (the system's toolchain
//   directories, a few files of /etc, the user's toolchain prefixes from PATH and
//   LD_LIBRARY_PATH and $AVO_SANDBOX_READ, and the caller's `readable`): no home, no /root, no
//   /var or the rest of /etc; a fresh /dev with the GPU's device nodes, a fresh /proc showing
//   only the command's own processes, a private /tmp (tmpfs) with HOME an empty /tmp/home in
//   it, and only the listed paths writable; its own PID namespace (every process of the command
//   dies with it), its own IPC namespace, a new session (no ioctl on our terminal), no network
//   unless asked, no capabilities, and killed when avo dies.
//
//   LandlockConfiner (Landlock, through the avo-confine helper; landlock.h): for machines where
//   bwrap cannot create namespaces (containers, the GPU machines). The same allow-list, enforced
//   by the kernel on every access rather than by a mount view: a path outside it exists but
//   cannot be opened ("Permission denied"). /dev gives only null, zero, full, random, urandom
//   and the GPU's nodes; /proc is readable, but another process's environ, memory, maps and
//   file descriptors are not (Landlock scopes ptrace's access check to the command's own
//   processes), nor can it signal them; TMPDIR and HOME are empty directories under the
//   caller's `private_dir`; no TCP unless asked (kernels with Landlock ABI 4 and later); no
//   capabilities, even run by root. Run by root, the command runs as an unprivileged uid
//   (65534, or $AVO_CONFINE_USER="UID:GID"; unprivileged.h) that is given the writable paths,
//   and may write its own /proc entries (CUDA needs that); where a path the command needs is
//   not reachable by that uid, it runs as root without capabilities and /proc stays read-only
//   (avo says so once on stderr).
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
  // An empty directory of the caller's, writable, for confiners without a private /tmp
  // (Landlock): TMPDIR and HOME are made inside it. Required there; bwrap ignores it.
  std::filesystem::path private_dir;
};

// One way of confining a command as a Confinement describes.
class Confiner {
 public:
  virtual ~Confiner() = default;
  [[nodiscard]] virtual std::string Name() const = 0;  // "bwrap", "landlock"
  // Whether it works here: Ok, or Unavailable saying why not in one line.
  [[nodiscard]] virtual Status Probe() const = 0;
  // The argv that runs `argv` confined as `c` describes.
  [[nodiscard]] virtual std::vector<std::string> Argv(
      const Confinement& c, const std::vector<std::string>& argv) const = 0;
};

class BwrapConfiner final : public Confiner {
 public:
  explicit BwrapConfiner(std::string bwrap = "bwrap") : bwrap_(std::move(bwrap)) {}
  [[nodiscard]] std::string Name() const override { return "bwrap"; }
  [[nodiscard]] Status Probe() const override;
  [[nodiscard]] std::vector<std::string> Argv(const Confinement& c,
                                              const std::vector<std::string>& argv) const override;

 private:
  std::string bwrap_;
};

class LandlockConfiner final : public Confiner {
 public:
  // `helper`: the avo-confine program; empty: the one beside this program, else on PATH (looked
  // up once, here).
  explicit LandlockConfiner(std::filesystem::path helper = {});
  [[nodiscard]] std::string Name() const override { return "landlock"; }
  [[nodiscard]] Status Probe() const override;
  // Also makes `c.private_dir`/tmp and /home, and run by root, gives the writable paths to the
  // unprivileged uid.
  [[nodiscard]] std::vector<std::string> Argv(const Confinement& c,
                                              const std::vector<std::string>& argv) const override;

 private:
  std::filesystem::path helper_;
};

// Whether `bwrap` runs and can create its namespaces here: runs `bwrap --version` and a trivial
// confined `true`. The error says why not, starting with "bwrap unavailable: ".
Status ProbeConfinement(const std::string& bwrap = "bwrap");

// The confiner commands get here: $AVO_CONFINE names one ("bwrap" or "landlock"); otherwise
// bwrap where it can create its namespaces, else Landlock. nullptr when the one asked for, or
// both, do not work; ConfinementAvailable() says why. Each is probed once per process.
const Confiner* ChosenConfiner();
// Ok when ChosenConfiner() has one; else why not, in one line ("bwrap unavailable: ...").
Status ConfinementAvailable();

// The user's toolchain directories a confined command may read, from PATH, LD_LIBRARY_PATH and
// an extra list (all colon-separated): each existing absolute entry outside the system roots,
// a PATH entry ending in bin/, sbin/ or shims/ replaced by its prefix (a conda or pyenv prefix
// holds the interpreter's libraries beside its bin/), never `home` itself or /; an entry inside
// another is dropped.
std::vector<std::filesystem::path> ToolchainDirs(const std::string& path,
                                                 const std::string& ld_library_path,
                                                 const std::string& extra,
                                                 const std::filesystem::path& home);

// The line saying why a confiner could not set up the confinement, when a confined command's
// exit status and standard error say so (avo-confine's status 125 and its "avo-confine: "
// line); nothing was run then, so it is the machine's failure, not the command's. "" otherwise.
std::string ConfinerFailure(int exit_code, const std::string& err);

// argv running `argv` confined as `c` describes by ChosenConfiner() (bwrap's when none works:
// it then fails to start, which callers check first with ConfinementAvailable()).
std::vector<std::string> ConfinedArgv(const Confinement& c, const std::vector<std::string>& argv);

}  // namespace avo
