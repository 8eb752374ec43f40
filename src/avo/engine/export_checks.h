// What `avo import` takes from an export, checked before and after it is used (run_transfer.h;
// issue #26, "Import as a boundary"). An export comes from someone else: its own checksums
// prove only that it is whole, not that it is honest, so
//   - nothing in it is followed as a symbolic link, and no file is read beyond its bound;
//   - only the run's own refs come in (refs/heads/main, refs/heads/island-<i> for each of its
//     islands, refs/avo/task), and its task snapshot holds only directories and regular files;
//   - the archive agrees with the lineage it claims: every committed attempt's version, scalar
//     score and per-configuration values are those of the commit's avo-score.json, and the
//     commit's Avo- trailers name that attempt, its step, operator and suite.
// And staging directories that a killed export or import left beside its target are removed by
// the next one.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

class Run;

// The largest `name` (a file of an export: "lineage.bundle", "archive.sql", "notes.md", a step's
// "transcript.jsonl", ...) an import reads, in bytes.
std::uint64_t ExportFileCap(const std::string& name);

// `path` as found (lstat, no link followed): a regular file of at most `cap` bytes, or absent
// when `optional`. InvalidArgument naming it otherwise.
Status CheckPlainFile(const std::filesystem::path& path, std::uint64_t cap, bool optional);

// `path` as found: a directory, not a link to one. InvalidArgument naming it otherwise.
Status CheckPlainDirectory(const std::filesystem::path& path);

// Copies the regular file `from` (never through a link, at most `cap` bytes) to `to`, written
// without following a link there either.
Status CopyPlainFile(const std::filesystem::path& from, const std::filesystem::path& to,
                     std::uint64_t cap);

// Every entry under `dir` is a directory or a regular file (no link, device, FIFO or socket).
Status CheckPlainTree(const std::filesystem::path& dir);

// The refs of the bare repository `git_dir` are a run's of `islands` islands.
Status CheckRunRefs(const std::filesystem::path& git_dir, int islands);

// The archive and the lineage of `run` tell the same story (see above). InvalidArgument naming
// the first attempt or version where they differ.
Status CheckClaims(Run& run);

// Removes the hidden staging directories (".NAME.WHAT-PID-RANDOM") beside `target` whose process
// is gone: what a killed export or import left.
void RemoveStaleStaging(const std::filesystem::path& target);

}  // namespace avo
