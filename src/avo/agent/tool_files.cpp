// read_file, write_file, edit_file, list_files, search: the agent's hands on the workspace.
// Every path goes through Workspace::Resolve (confinement); writes only to editable files.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include "avo/agent/prompt_text.h"
#include "avo/agent/tool.h"
#include "avo/util/utf8.h"

namespace avo::agent {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::string cur;
  for (char c : text) {
    if (c == '\n') {
      lines.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) lines.push_back(cur);
  return lines;
}

std::string Numbered(const std::vector<std::string>& lines, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t i = first; i <= last && i <= lines.size(); ++i)
    out += fmt::format("{:>5}| {}\n", i, lines[i - 1]);
  return out;
}

// Resolves a path argument and reads the file, or says why not.
Result<std::string> ReadWorkspaceFile(const ToolEnv& env, const std::string& rel, fs::path* full) {
  AVO_ASSIGN_OR_RETURN(*full, env.workspace->Resolve(rel));
  std::error_code ec;
  if (fs::is_directory(*full, ec))
    return Status::InvalidArgument("'" + rel + "' is a directory; use list_files");
  if (!fs::exists(*full, ec))
    return Status::NotFound("'" + rel + "' does not exist; use list_files to see the files");
  return ReadFile(*full);
}

Status CheckWritable(const ToolEnv& env, const std::string& rel) {
  if (!env.workspace->IsEditable(rel)) {
    std::string pats;
    for (const auto& p : env.workspace->editable()) pats += (pats.empty() ? "" : ", ") + p;
    return Status::InvalidArgument("'" + rel +
                                   "' is not an editable file of this task (editable: " + pats +
                                   "); only editable files may be written");
  }
  return Status::Ok();
}

class ReadFileTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"read_file", std::string(text::kReadFileTool),
            ObjectSchema(
                {{"path", {{"type", "string"}, {"description", "path relative to the workspace"}}},
                 {"start_line",
                  {{"type", "integer"}, {"description", "first line, 1-based (default 1)"}}},
                 {"end_line",
                  {{"type", "integer"}, {"description", "last line, inclusive (default: end)"}}}},
                {"path"})};
  }
  Result<ToolOutput> Call(const json& j, ToolEnv& env) override {
    Args a(j);
    AVO_ASSIGN_OR_RETURN(std::string path, a.String("path"));
    AVO_ASSIGN_OR_RETURN(std::int64_t start, a.Int("start_line", 1));
    AVO_ASSIGN_OR_RETURN(std::int64_t end, a.Int("end_line", 0));
    fs::path full;
    AVO_ASSIGN_OR_RETURN(std::string content, ReadWorkspaceFile(env, path, &full));
    if (content.find('\0') != std::string::npos)
      return Status::InvalidArgument("'" + path + "' is a binary file");
    const auto lines = SplitLines(content);
    if (lines.empty()) return ToolOutput::Ok("(" + path + " is empty)");
    const std::int64_t n = static_cast<std::int64_t>(lines.size());
    std::int64_t first = std::max<std::int64_t>(1, start);
    std::int64_t last = end <= 0 ? n : std::min(end, n);
    if (first > n) {
      return Status::InvalidArgument(
          fmt::format("start_line {} is past the end ({} has {} lines)", first, path, n));
    }
    if (last < first)
      return Status::InvalidArgument(
          fmt::format("end_line {} is before start_line {}", last, first));
    std::string header =
        fmt::format("{} (lines {}-{} of {}{})\n", path, first, last, n,
                    env.workspace->IsEditable(path) ? ", editable" : ", read-only");
    return ToolOutput::Ok(
        header + Numbered(lines, static_cast<std::size_t>(first), static_cast<std::size_t>(last)));
  }
};

class WriteFileTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"write_file", std::string(text::kWriteFileTool),
            ObjectSchema(
                {{"path", {{"type", "string"}, {"description", "path relative to the workspace"}}},
                 {"content", {{"type", "string"}, {"description", "the complete new content"}}}},
                {"path", "content"})};
  }
  Result<ToolOutput> Call(const json& j, ToolEnv& env) override {
    Args a(j);
    AVO_ASSIGN_OR_RETURN(std::string path, a.String("path"));
    AVO_ASSIGN_OR_RETURN(std::string content, a.String("content"));
    AVO_ASSIGN_OR_RETURN(fs::path full, env.workspace->Resolve(path));
    AVO_RETURN_IF_ERROR(CheckWritable(env, path));
    AVO_RETURN_IF_ERROR(WriteFile(full, content));
    return ToolOutput::Ok(fmt::format("wrote {} ({} lines, {} bytes)", Workspace::Normal(path),
                                      SplitLines(content).size(), content.size()));
  }
};

// Where an exact replacement missed, the closest window of lines, to show the model its mistake.
std::string NearestMatch(const std::vector<std::string>& lines, const std::string& old) {
  const auto want = SplitLines(old);
  if (want.empty() || lines.empty()) return "";
  auto trim = [](const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    const auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  };
  // Similarity of two lines: the length of their common prefix and suffix after trimming, which
  // finds "same line, one token changed" well and costs O(n) per pair.
  auto similarity = [&](const std::string& x, const std::string& y) {
    const std::string a = trim(x), b = trim(y);
    if (a == b) return static_cast<double>(a.size()) + 1;
    std::size_t p = 0;
    while (p < a.size() && p < b.size() && a[p] == b[p]) ++p;
    std::size_t s = 0;
    while (s < a.size() - p && s < b.size() - p && a[a.size() - 1 - s] == b[b.size() - 1 - s]) ++s;
    return static_cast<double>(p + s) /
           static_cast<double>(std::max<std::size_t>(1, std::max(a.size(), b.size()))) *
           static_cast<double>(a.size());
  };
  double best = -1;
  std::size_t best_at = 0;
  for (std::size_t i = 0; i + 1 <= lines.size(); ++i) {
    double score = 0;
    for (std::size_t k = 0; k < want.size() && i + k < lines.size(); ++k)
      score += similarity(lines[i + k], want[k]);
    if (score > best) {
      best = score;
      best_at = i;
    }
  }
  if (best <= 0) return "";
  const std::size_t first = best_at + 1;
  const std::size_t last = std::min(lines.size(), best_at + want.size());
  bool whitespace_only = last - first + 1 == want.size();
  for (std::size_t k = 0; whitespace_only && k < want.size(); ++k)
    whitespace_only = trim(lines[best_at + k]) == trim(want[k]);
  return fmt::format("the nearest text is at lines {}-{}{}:\n{}", first, last,
                     whitespace_only ? " (it differs only in whitespace)" : "",
                     Numbered(lines, first, last));
}

// Where `old` starts in `text`, every occurrence, without overlaps.
std::vector<std::size_t> Occurrences(const std::string& text, const std::string& old) {
  std::vector<std::size_t> at;
  for (std::size_t p = text.find(old); p != std::string::npos; p = text.find(old, p + old.size()))
    at.push_back(p);
  return at;
}

std::int64_t LineAt(const std::string& text, std::size_t pos) {
  return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n');
}

// Why an edit cannot be applied (no match, or several without replace_all), or OK.
Status CheckMatches(const std::vector<std::size_t>& at, bool all, const std::string& text,
                    const std::string& old, const std::string& path) {
  if (at.empty()) {
    std::string near = NearestMatch(SplitLines(text), old);
    return Status::NotFound(
        "old_text was not found in " + path + "; nothing changed. " +
        (near.empty() ? std::string("Read the file again to see its current text.") : near));
  }
  if (at.size() > 1 && !all) {
    std::string where;
    for (std::size_t p : at) where += fmt::format(" {}", LineAt(text, p));
    return Status::InvalidArgument(
        fmt::format("old_text occurs {} times in {} (at lines{}); nothing changed. Add surrounding "
                    "lines to make it unique, or set replace_all",
                    at.size(), path, where));
  }
  return Status::Ok();
}

class EditFileTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {
        "edit_file", std::string(text::kEditFileTool),
        ObjectSchema(
            {{"path", {{"type", "string"}}},
             {"old_text", {{"type", "string"}, {"description", "the exact text to replace"}}},
             {"new_text", {{"type", "string"}, {"description", "the replacement"}}},
             {"replace_all",
              {{"type", "boolean"}, {"description", "replace every occurrence (default false)"}}}},
            {"path", "old_text", "new_text"})};
  }
  Result<ToolOutput> Call(const json& j, ToolEnv& env) override {
    Args a(j);
    AVO_ASSIGN_OR_RETURN(std::string path, a.String("path"));
    AVO_ASSIGN_OR_RETURN(std::string old_text, a.String("old_text"));
    AVO_ASSIGN_OR_RETURN(std::string new_text, a.String("new_text"));
    AVO_ASSIGN_OR_RETURN(bool all, a.Bool("replace_all", false));
    if (old_text.empty())
      return Status::InvalidArgument("old_text is empty; use write_file to replace a whole file");
    fs::path full;
    AVO_ASSIGN_OR_RETURN(std::string content, ReadWorkspaceFile(env, path, &full));
    AVO_RETURN_IF_ERROR(CheckWritable(env, path));
    const std::vector<std::size_t> at = Occurrences(content, old_text);
    AVO_RETURN_IF_ERROR(CheckMatches(at, all, content, old_text, path));
    std::string out;
    std::size_t prev = 0;
    for (std::size_t p : at) {
      out += content.substr(prev, p - prev) + new_text;
      prev = p + old_text.size();
    }
    out += content.substr(prev);
    AVO_RETURN_IF_ERROR(WriteFile(full, out));
    return ToolOutput::Ok(fmt::format("replaced {} occurrence(s) in {} (first at line {})",
                                      at.size(), Workspace::Normal(path), LineAt(out, at.front())));
  }
};

class ListFilesTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {
        "list_files", std::string(text::kListFilesTool),
        ObjectSchema({{"path",
                       {{"type", "string"},
                        {"description", "directory relative to the workspace (default: all)"}}}},
                     {})};
  }
  Result<ToolOutput> Call(const json& j, ToolEnv& env) override {
    AVO_ASSIGN_OR_RETURN(std::string dir, Args(j).String("path", ""));
    std::string prefix = Workspace::Normal(dir);
    if (!prefix.empty()) AVO_RETURN_IF_ERROR(env.workspace->Resolve(prefix).status());
    std::string out;
    int n = 0;
    for (const auto& f : ListFiles(env.workspace->root())) {
      if (!prefix.empty() && f != prefix && f.rfind(prefix + "/", 0) != 0) continue;
      std::error_code ec;
      const auto size = fs::file_size(env.workspace->root() / f, ec);
      out += fmt::format("{} {} ({} bytes)\n", env.workspace->IsEditable(f) ? "*" : " ", f,
                         ec ? 0 : size);
      ++n;
    }
    if (n == 0) return Status::NotFound("no files under '" + prefix + "'");
    return ToolOutput::Ok(out);
  }
};

class SearchTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {
        "search", std::string(text::kSearchTool),
        ObjectSchema(
            {{"pattern", {{"type", "string"}}},
             {"path",
              {{"type", "string"}, {"description", "file or directory to search (default: all)"}}},
             {"max_results", {{"type", "integer"}, {"description", "default 100"}}}},
            {"pattern"})};
  }
  Result<ToolOutput> Call(const json& j, ToolEnv& env) override {
    Args a(j);
    AVO_ASSIGN_OR_RETURN(std::string pattern, a.String("pattern"));
    AVO_ASSIGN_OR_RETURN(std::string dir, a.String("path", ""));
    AVO_ASSIGN_OR_RETURN(std::int64_t max, a.Int("max_results", 100));
    std::regex re;
    try {
      re = std::regex(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      return Status::InvalidArgument("invalid regular expression '" + pattern + "': " + e.what());
    }
    const std::string prefix = Workspace::Normal(dir);
    if (!prefix.empty()) AVO_RETURN_IF_ERROR(env.workspace->Resolve(prefix).status());
    std::string out;
    std::int64_t hits = 0;
    for (const auto& f : ListFiles(env.workspace->root())) {
      if (!prefix.empty() && f != prefix && f.rfind(prefix + "/", 0) != 0) continue;
      auto text = ReadFile(env.workspace->root() / f);
      if (!text.ok() || text->find('\0') != std::string::npos || text->size() > (8u << 20))
        continue;
      const auto lines = SplitLines(*text);
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!std::regex_search(lines[i], re)) continue;
        if (++hits > max) break;
        out += fmt::format("{}:{}: {}\n", f, i + 1,
                           lines[i].size() > 300
                               ? lines[i].substr(0, Utf8CutPoint(lines[i], 300)) + "..."
                               : lines[i]);
      }
      if (hits > max) {
        out += fmt::format("[stopped after {} results]\n", max);
        break;
      }
    }
    if (hits == 0) return ToolOutput::Ok("no matches for /" + pattern + "/");
    return ToolOutput::Ok(out);
  }
};

}  // namespace

void AddFileTools(ToolBox& box) {
  box.Add(std::make_unique<ReadFileTool>());
  box.Add(std::make_unique<WriteFileTool>());
  box.Add(std::make_unique<EditFileTool>());
  box.Add(std::make_unique<ListFilesTool>());
  box.Add(std::make_unique<SearchTool>());
}

}  // namespace avo::agent
