// The candidate's workspace: RUN/steps/N/workspace, where an operator's edits happen.
//
// It is a full copy of the run's task snapshot (RUN/task) with the parent version's editable files
// written over it, so builds, tests and the task's own scripts work there as in the task. Only
// the editable files (TaskSpec::editable globs) may be written and only they are submitted; the
// rest is there to be read and run.
//
// Confinement (every agent tool goes through Resolve): a path is relative to the workspace root;
// absolute paths, '..' components and anything that resolves (through symlinks) outside the root
// are refused with a one-line reason the model can act on.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "avo/lineage/lineage.h"
#include "avo/task/task.h"
#include "avo/util/fs.h"
#include "avo/util/status.h"

namespace avo {

class Workspace {
 public:
  // Creates (or recreates) `root` from `task` (its directory is copied) and `parent_files`.
  static Result<Workspace> Create(const std::filesystem::path& root, const TaskSpec& task,
                                  const FileSet& parent_files);

  [[nodiscard]] const std::filesystem::path& root() const { return root_; }
  [[nodiscard]] const std::vector<std::string>& editable() const { return editable_; }

  // The absolute path of a workspace-relative `rel` (normalised, '/' separators accepted).
  // InvalidArgument: empty, absolute, '..', or escaping the root through a symlink.
  [[nodiscard]] Result<std::filesystem::path> Resolve(const std::string& rel) const;
  // `rel` normalised ("./a//b" -> "a/b"); call after Resolve succeeded.
  [[nodiscard]] static std::string Normal(const std::string& rel);
  // True when `rel` matches one of the task's editable patterns.
  [[nodiscard]] bool IsEditable(const std::string& rel) const;
  // The editable files as they are now: what a submission carries.
  [[nodiscard]] Result<FileSet> EditableFiles() const;

 private:
  std::filesystem::path root_;
  std::vector<std::string> editable_;
};

// Where a step of an editing operator (agent, exec) starts: the lineage as it is, and a workspace
// holding its best version (the newest: the lineage is monotone), the parent of the step's
// candidates. `who` names the operator in errors.
struct StepStart {
  std::vector<Version> versions;
  FileSet parent_files;  // the editable files of parent(), as written into the workspace
  Workspace workspace;
  [[nodiscard]] const Version& parent() const { return versions.back(); }
};
Result<StepStart> StartFromBest(const Lineage& lineage, const TaskSpec& task,
                                const std::filesystem::path& root, const std::string& who);

}  // namespace avo
