#include "avo/eval/trusted_files.h"

#include <fmt/format.h>
#include <unistd.h>

#include <set>

#include "avo/util/fs.h"
#include "avo/util/sha256.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

constexpr int kFormat = 1;

// The words of a shell command that could name a program: split at blanks, quotes and the
// shell's operators. Over-approximate on purpose: a word that is not a program matches no file.
std::set<std::string> CommandWords(const std::string& command) {
  std::set<std::string> words;
  std::string w;
  for (char ch : command + " ") {
    if (std::string(" \t\n;|&()<>`'\"=$").find(ch) != std::string::npos) {
      if (!w.empty()) words.insert(w);
      w.clear();
    } else {
      w += ch;
    }
  }
  return words;
}

bool IsEditable(const TaskSpec& task, const std::string& rel) {
  for (const auto& p : task.editable) {
    if (GlobMatch(p, rel)) return true;
  }
  return false;
}

}  // namespace

Result<TrustedFiles> HashTrustedFiles(const TaskSpec& task,
                                      const std::vector<fs::path>& tool_dirs) {
  TrustedFiles out;
  for (const auto& rel : ListFiles(task.dir)) {
    if (IsEditable(task, rel)) continue;
    const fs::path p = task.dir / rel;
    AVO_ASSIGN_OR_RETURN(std::string sha, Sha256File(p));
    out["task/" + rel] = {p.string(), sha};
  }
  std::string commands = task.evaluate.command;
  if (task.build) commands += "\n" + task.build->command;
  for (const auto& word : CommandWords(commands)) {
    if (word.find('/') != std::string::npos) continue;
    // The first tool directory holding it, as PATH lookup would find it.
    for (const auto& dir : tool_dirs) {
      const fs::path p = dir / word;
      std::error_code ec;
      if (!fs::is_regular_file(p, ec) || access(p.c_str(), X_OK) != 0) continue;
      AVO_ASSIGN_OR_RETURN(std::string sha, Sha256File(p));
      out["tool/" + word] = {p.string(), sha};
      break;
    }
  }
  return out;
}

Status CompareTrustedFiles(const TrustedFiles& was, const TrustedFiles& now) {
  constexpr const char* kChanged = "trusted file changed since the run was created: ";
  for (const auto& [key, file] : was) {
    auto it = now.find(key);
    if (it == now.end()) {
      return Status::InvalidArgument(
          fmt::format("{}{} (sha256 was {}, now missing)", kChanged, file.path, file.sha256));
    }
    if (it->second.sha256 != file.sha256) {
      return Status::InvalidArgument(fmt::format("{}{} (sha256 was {}, now {})", kChanged,
                                                 it->second.path, file.sha256, it->second.sha256));
    }
  }
  for (const auto& [key, file] : now) {
    if (was.count(key) == 0) {
      return Status::InvalidArgument(
          fmt::format("{}{} (sha256 was none, now {})", kChanged, file.path, file.sha256));
    }
  }
  return Status::Ok();
}

Status VerifyTrustedFiles(const TrustedFiles& was, const TaskSpec& task,
                          const std::vector<fs::path>& tool_dirs) {
  auto now = HashTrustedFiles(task, tool_dirs);
  if (!now.ok()) return now.status().WithContext("trusted files");
  return CompareTrustedFiles(was, *now);
}

Status WriteTrustedFiles(const fs::path& file, const TrustedFiles& files) {
  nlohmann::json j = {{"format", kFormat}, {"files", nlohmann::json::object()}};
  for (const auto& [key, f] : files) j["files"][key] = {{"path", f.path}, {"sha256", f.sha256}};
  return WriteFileAtomic(file, j.dump(2) + "\n");
}

Result<TrustedFiles> ReadTrustedFiles(const fs::path& file) {
  AVO_ASSIGN_OR_RETURN(std::string text, ReadFile(file));
  auto j = nlohmann::json::parse(text, nullptr, false);
  auto bad = [&] {
    return Status::InvalidArgument(file.string() + ": not a trusted-files list of format " +
                                   std::to_string(kFormat));
  };
  if (!j.is_object() || j.value("format", 0) != kFormat || !j.contains("files") ||
      !j["files"].is_object())
    return bad();
  TrustedFiles out;
  for (const auto& [key, f] : j["files"].items()) {
    if (!f.is_object() || !f.contains("path") || !f["path"].is_string() || !f.contains("sha256") ||
        !f["sha256"].is_string())
      return bad();
    out[key] = {f["path"].get<std::string>(), f["sha256"].get<std::string>()};
  }
  return out;
}

}  // namespace avo
