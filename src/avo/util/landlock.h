// Landlock (Linux 5.13+, Documentation/userspace-api/landlock.rst): an unprivileged process
// restricts itself, and every process it starts, to an allow-list of paths. avo uses it to
// confine task commands where bubblewrap cannot create namespaces (containers, the GPU
// machines): see confinement.h, LandlockConfiner, and the avo-confine helper that applies these
// rules and then runs the command.
//
// What a process holds once RestrictSelf returns (and cannot undo):
//   - files: read and execute under `read`; every file access under `write`; read, write and
//     ioctl on the device nodes in `devices` (a CUDA program needs ioctl on /dev/nvidia*);
//     nothing anywhere else. Mounts and pivot_root are refused too.
//   - TCP: no bind and no connect unless `network` (ABI 4 and later kernels).
//   - signals and abstract UNIX sockets: only towards processes of the same domain (ABI 6+).
//   - ptrace, and /proc files guarded by ptrace's access check (environ, mem, maps, fd, root),
//     only towards processes of the same domain.
//   - no capabilities, also across exec when it runs as root (the bounding set is emptied),
//     and no_new_privs (set-user-ID programs gain nothing).
#pragma once

#include <filesystem>
#include <vector>

#include "avo/util/status.h"

namespace avo {

struct LandlockRules {
  std::vector<std::filesystem::path> read;     // read and execute, whole hierarchies
  std::vector<std::filesystem::path> write;    // every access, whole hierarchies
  std::vector<std::filesystem::path> devices;  // read, write and ioctl on these files
  bool network = false;                        // TCP bind and connect allowed
};

// The Landlock ABI version of the running kernel: 0 where Landlock is missing or disabled.
int LandlockAbi();

// Drops every capability this process holds or could regain by exec, sets no_new_privs and
// enforces `rules` on this thread (call it single-threaded, just before exec). A path that does
// not exist is skipped. Unavailable when the kernel has no Landlock or when this process runs
// as root and cannot empty its capability bounding set; InvalidArgument for a path that cannot
// be opened for another reason. The error names what failed.
Status RestrictSelf(const LandlockRules& rules);

}  // namespace avo
