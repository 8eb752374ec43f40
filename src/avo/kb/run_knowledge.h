// Which knowledge base K a run's operators get (AVO §2), and opening its index RUN/kb.db. Here in
// kb/ rather than with one operator because the agent, the exec operator's brief, `avo step` and
// `avo kb` all make the same choice.
//
// The paths come from avo.toml's [kb] paths. Without them, defaults are looked up next to the
// task: a `kb/` directory inside the task, and for the attention task the repository's
// kb/hopper-attention pack (found from the task's source directory recorded in RUN/run.json, i.e.
// <repo>/tasks/attention -> <repo>/kb/hopper-attention).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "avo/kb/knowledge_base.h"
#include "avo/task/task.h"
#include "avo/util/status.h"

namespace avo::kb {

// The run's index file.
std::filesystem::path KbPath(const std::filesystem::path& run_dir);

// The configured paths, or the defaults described above (existing directories only; may be empty).
std::vector<std::filesystem::path> KbPathsFor(const std::filesystem::path& run_dir,
                                              const TaskSpec& task,
                                              const std::vector<std::filesystem::path>& configured);

// Opens RUN/kb.db and (re)indexes `paths` into it (incremental: unchanged files are not read).
// Null with no error when `paths` is empty and no index exists. Errors name the path.
Result<std::unique_ptr<KnowledgeBase>> OpenRunKnowledge(
    const std::filesystem::path& run_dir, const std::vector<std::filesystem::path>& paths);

}  // namespace avo::kb
