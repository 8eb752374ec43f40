// The files a run trusts to judge candidates, hashed (SHA-256) when the run is created and checked
// before every evaluation: the task snapshot's non-editable files (task.toml with its tolerances,
// the harness sources, references) and the programs the task's commands name that are found in
// avo's tool directories (such as avo-attention-harness). Candidate code once rewrote a task's
// tolerance; confinement (util/confinement.h) keeps task commands from writing these files, and
// this check catches whatever else changes them between evaluations (stored as RUN/trusted.json).
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "avo/task/task.h"
#include "avo/util/status.h"

namespace avo {

struct TrustedFile {
  std::string path;    // absolute, as shown in messages
  std::string sha256;  // hex
};

// Keyed "task/<relative path>" for task files and "tool/<name>" for programs, so a tool found at
// another path later (avo moved) is compared by content, not by where it lies.
using TrustedFiles = std::map<std::string, TrustedFile>;

// Hashes the trusted files of `task` (whose dir is the run's snapshot) as resolved now.
Result<TrustedFiles> HashTrustedFiles(const TaskSpec& task,
                                      const std::vector<std::filesystem::path>& tool_dirs);

// Ok when `now` holds exactly the files of `was` with the same hashes; else one line naming the
// first file that differs:
//   trusted file changed since the run was created: /r/task/task.toml (sha256 was 1f.., now 9c..)
Status CompareTrustedFiles(const TrustedFiles& was, const TrustedFiles& now);

// HashTrustedFiles, then CompareTrustedFiles against `was`.
Status VerifyTrustedFiles(const TrustedFiles& was, const TaskSpec& task,
                          const std::vector<std::filesystem::path>& tool_dirs);

// trusted.json: {"format": 1, "files": {"task/task.toml": {"path": ..., "sha256": ...}, ...}},
// written atomically.
Status WriteTrustedFiles(const std::filesystem::path& file, const TrustedFiles& files);
Result<TrustedFiles> ReadTrustedFiles(const std::filesystem::path& file);

}  // namespace avo
