#include "avo/kb/run_knowledge.h"

#include <nlohmann/json.hpp>

#include "avo/task/run_paths.h"
#include "avo/util/fs.h"

namespace avo::kb {
namespace fs = std::filesystem;

fs::path KbPath(const fs::path& run_dir) { return RunPaths(run_dir).kb(); }

std::vector<fs::path> KbPathsFor(const fs::path& run_dir, const TaskSpec& task,
                                 const std::vector<fs::path>& configured) {
  if (!configured.empty()) return configured;
  std::vector<fs::path> out;
  std::error_code ec;
  auto add = [&](const fs::path& p) {
    if (fs::is_directory(p, ec)) out.push_back(fs::weakly_canonical(p, ec));
  };
  add(task.dir / "kb");
  auto meta = ReadFile(RunPaths(run_dir).run_json());
  if (meta.ok()) {
    auto j = nlohmann::json::parse(*meta, nullptr, false);
    if (j.is_object() && j.contains("task_source") && j["task_source"].is_string()) {
      const fs::path source = j["task_source"].get<std::string>();
      if (task.name == "attention")
        add(source.parent_path().parent_path() / "kb" / "hopper-attention");
    }
  }
  return out;
}

Result<std::unique_ptr<KnowledgeBase>> OpenRunKnowledge(const fs::path& run_dir,
                                                        const std::vector<fs::path>& paths) {
  std::error_code ec;
  const fs::path db = KbPath(run_dir);
  if (paths.empty() && !fs::exists(db, ec)) return std::unique_ptr<KnowledgeBase>();
  AVO_ASSIGN_OR_RETURN(auto base, KnowledgeBase::Open(db));
  if (!paths.empty()) {
    auto stats = base->Add(paths);
    if (!stats.ok()) return stats.status().WithContext("knowledge base");
  }
  return base;
}

}  // namespace avo::kb
