// A lineage as one git bundle file (`git bundle`, git's own transport format: `git clone
// FILE` reads it), what `avo export` writes and `avo import` loads (engine/run_transfer.h).
// libgit2 has no bundle support, so these run the `git` program.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

// The ref under which a bundle carries a directory beside the lineage (the run's task snapshot),
// as one commit whose tree is the directory: git stores it once, compressed, and `git show
// avo/task:task.toml` reads it from a clone of the bundle.
inline constexpr const char* kTaskRef = "refs/avo/task";

// Writes every ref of the bare repository `git_dir` (refs/heads/main and any tags) with all
// their history to `bundle`, plus, when `tree` is not empty, the directory `tree` as the commit
// of kTaskRef (made in a scratch copy: `git_dir` is only read). InvalidArgument for an empty
// lineage (git makes no empty bundle); Unavailable when `git` cannot be run; IoError with git's
// message otherwise.
Status WriteBundle(const std::filesystem::path& git_dir, const std::filesystem::path& bundle,
                   const std::filesystem::path& tree = {});

// Writes the files of `ref`'s tree in the bare repository `git_dir` into the new directory `out`
// (modes kept). NotFound when the repository has no such ref.
Status ExtractTree(const std::filesystem::path& git_dir, const std::string& ref,
                   const std::filesystem::path& out);

// The full names of every ref of the bare repository `git_dir` ("refs/heads/main", ...), sorted.
Result<std::vector<std::string>> ListRefs(const std::filesystem::path& git_dir);

// Checks `bundle` (`git bundle verify`) and fetches all its refs, under the same names, into
// the existing bare repository `git_dir`. InvalidArgument naming git's message for a file that
// is not a complete bundle (a bad header, or a pack cut short).
Status FetchBundle(const std::filesystem::path& bundle, const std::filesystem::path& git_dir);

}  // namespace avo
