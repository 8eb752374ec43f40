// The unprivileged user a confined command runs as when avo runs as root (LandlockConfiner,
// confinement.h; the avo-confine helper). Landlock restricts paths, not identities: a root
// command with no capabilities still owns every root-owned file's write bit, /proc/sys and
// /proc/sysrq-trigger included. CUDA's initialisation, though, must write under /proc (it names
// its threads through /proc/self/task/TID/comm; refused, cudaErrorOperatingSystem), and a rule
// cannot name a child's /proc/PID before it exists. So under Landlock a root avo hands the
// command's writable paths to an unprivileged uid, runs it as that uid, and allows /proc writes,
// which the file modes then limit to the command's own entries.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

struct UserIds {
  uid_t uid = 65534;  // "nobody" on Debian and most distributions
  gid_t gid = 65534;
};

// "UID:GID" (decimal, neither 0) -> ids; nullopt for anything else.
std::optional<UserIds> ParseUserIds(const std::string& text);

// $AVO_CONFINE_USER ("UID:GID") when set and valid, else 65534:65534.
UserIds UnprivilegedUser();

// The first of `paths` that `u` cannot reach: a directory on the way that it may not search, or
// the path itself that it may not read (and search, for a directory). Judged from the modes and
// owners as they are now; missing paths are skipped. nullopt when every path is reachable.
std::optional<std::filesystem::path> FirstUnreachable(
    const std::vector<std::filesystem::path>& paths, UserIds u);

// Gives `tree` and everything beneath it to `u` (lchown, links not followed). A regular file
// with more than one hard link is left alone: it may be another place's file.
Status GiveTo(const std::filesystem::path& tree, UserIds u);

// Becomes `u` for good: no supplementary groups, real, effective and saved ids all u's (which
// also empties the permitted and effective capabilities). Only root can; the error names why.
Status BecomeUser(UserIds u);

}  // namespace avo
