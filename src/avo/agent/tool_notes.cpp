// notes: RUN/notes.md, the memory carried from step to step (what was tried, what was learned).
// It is shown in every step's system prompt and to the supervisor's reviewer.
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include "avo/agent/prompt_text.h"
#include "avo/agent/tool.h"

namespace avo::agent {
namespace {

// Held while the notes are read, changed and written back: agents of steps in parallel
// (`avo evolve --jobs N`) append to one file, and neither may lose the other's note.
class NotesLock {
 public:
  explicit NotesLock(const std::filesystem::path& notes)
      : fd_(open((notes.string() + ".lock").c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644)) {
    if (fd_ >= 0) flock(fd_, LOCK_EX);  // best effort: without it, the old read-then-write
  }
  ~NotesLock() {
    if (fd_ >= 0) close(fd_);
  }
  NotesLock(const NotesLock&) = delete;
  NotesLock& operator=(const NotesLock&) = delete;

 private:
  int fd_;
};

class NotesTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {
        "notes", std::string(text::kNotesTool),
        ObjectSchema({{"action", {{"type", "string"}, {"enum", {"read", "append", "replace"}}}},
                      {"text", {{"type", "string"}, {"description", "for append and replace"}}}},
                     {"action"})};
  }
  Result<ToolOutput> Call(const nlohmann::json& j, ToolEnv& env) override {
    Args a(j);
    AVO_ASSIGN_OR_RETURN(std::string action, a.String("action"));
    const NotesLock lock(env.notes_path);
    std::error_code ec;
    std::string current;
    if (std::filesystem::exists(env.notes_path, ec)) {
      AVO_ASSIGN_OR_RETURN(current, ReadFile(env.notes_path));
    }
    if (action == "read")
      return ToolOutput::Ok(current.empty() ? "(the notes are empty)" : current);
    if (action != "append" && action != "replace") {
      return Status::InvalidArgument("action must be read, append or replace, got '" + action +
                                     "'");
    }
    AVO_ASSIGN_OR_RETURN(std::string text, a.String("text"));
    std::string next = action == "replace" ? text : current;
    if (action == "append") {
      if (!next.empty() && next.back() != '\n') next += '\n';
      next += fmt::format("\n## step {}\n{}\n", env.ctx->step, text);
    }
    AVO_RETURN_IF_ERROR(WriteFileAtomic(env.notes_path, next));
    return ToolOutput::Ok(fmt::format("notes {} ({} bytes)",
                                      action == "append" ? "appended" : "replaced", next.size()));
  }
};

}  // namespace

void AddNotesTool(ToolBox& box) { box.Add(std::make_unique<NotesTool>()); }

}  // namespace avo::agent
