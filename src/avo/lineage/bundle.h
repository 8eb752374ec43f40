// A lineage as one git bundle file (`git bundle`, git's own transport format: `git clone
// FILE` reads it), what `avo export` writes and `avo import` loads (engine/run_transfer.h).
// libgit2 has no bundle support, so these run the `git` program.
#pragma once

#include <filesystem>

#include "avo/util/status.h"

namespace avo {

// Writes every ref of the bare repository `git_dir` (refs/heads/main and any tags) with all
// their history to `bundle`. InvalidArgument for an empty lineage (git makes no empty bundle);
// Unavailable when `git` cannot be run; IoError with git's message otherwise.
Status WriteBundle(const std::filesystem::path& git_dir, const std::filesystem::path& bundle);

// Checks `bundle` (`git bundle verify`) and fetches all its refs, under the same names, into
// the existing bare repository `git_dir`. InvalidArgument naming git's message for a file that
// is not a complete bundle.
Status FetchBundle(const std::filesystem::path& bundle, const std::filesystem::path& git_dir);

}  // namespace avo
