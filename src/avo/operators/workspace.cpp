#include "avo/operators/workspace.h"

namespace avo {
namespace fs = std::filesystem;

Result<Workspace> Workspace::Create(const fs::path& root, const TaskSpec& task,
                                    const FileSet& parent_files) {
  std::error_code ec;
  fs::remove_all(root, ec);
  if (ec) return Status::IoError("workspace: cannot clear " + root.string() + ": " + ec.message());
  AVO_RETURN_IF_ERROR(CopyTree(task.dir, root).WithContext("workspace"));
  AVO_RETURN_IF_ERROR(WriteFileSet(root, parent_files).WithContext("workspace"));
  Workspace w;
  w.root_ = fs::weakly_canonical(fs::absolute(root), ec);
  if (ec) return Status::IoError("workspace: " + root.string() + ": " + ec.message());
  w.editable_ = task.editable;
  return w;
}

std::string Workspace::Normal(const std::string& rel) {
  std::string n = fs::path(rel).lexically_normal().generic_string();
  while (n.size() > 1 && n.back() == '/') n.pop_back();
  if (n == ".") n.clear();
  return n;
}

Result<fs::path> Workspace::Resolve(const std::string& rel) const {
  if (rel.empty())
    return Status::InvalidArgument("path is empty; give a path relative to the workspace");
  const fs::path p(rel);
  if (p.is_absolute()) {
    return Status::InvalidArgument("'" + rel +
                                   "' is absolute; paths are relative to the workspace root");
  }
  for (const auto& part : p) {
    if (part == "..")
      return Status::InvalidArgument("'" + rel + "' leaves the workspace ('..' is not allowed)");
  }
  const fs::path full = (root_ / p).lexically_normal();
  // Follow symlinks as far as they exist: a link pointing out of the workspace is an escape.
  std::error_code ec;
  const fs::path real = fs::weakly_canonical(full, ec);
  if (ec) return Status::InvalidArgument("'" + rel + "': " + ec.message());
  const std::string r = real.generic_string();
  const std::string base = root_.generic_string();
  if (r != base && r.rfind(base + "/", 0) != 0) {
    return Status::InvalidArgument("'" + rel +
                                   "' resolves outside the workspace (through a symbolic link)");
  }
  return full;
}

bool Workspace::IsEditable(const std::string& rel) const {
  const std::string n = Normal(rel);
  for (const auto& pattern : editable_) {
    if (GlobMatch(pattern, n)) return true;
  }
  return false;
}

Result<FileSet> Workspace::EditableFiles() const { return ReadFileSet(root_, editable_); }

Result<StepStart> StartFromBest(const Lineage& lineage, const TaskSpec& task, const fs::path& root,
                                const std::string& who) {
  AVO_ASSIGN_OR_RETURN(auto versions, lineage.Versions());
  if (versions.empty()) return Status::Internal(who + ": the lineage is empty");
  AVO_ASSIGN_OR_RETURN(FileSet parent_files, lineage.Files(versions.back().commit));
  AVO_ASSIGN_OR_RETURN(Workspace ws, Workspace::Create(root, task, parent_files));
  return StepStart{std::move(versions), std::move(parent_files), std::move(ws)};
}

}  // namespace avo
