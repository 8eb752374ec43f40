// run: a shell command in the workspace (compile, test, profile), confined by sandbox.h, with a
// timeout and its output cut to head and tail.
#include <fmt/format.h>

#include <algorithm>

#include "avo/agent/prompt_text.h"
#include "avo/agent/sandbox.h"
#include "avo/agent/tool.h"
#include "avo/eval/task_env.h"
#include "avo/util/process.h"

namespace avo::agent {
namespace {

class RunTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"run", std::string(text::kRunTool),
            ObjectSchema(
                {{"command", {{"type", "string"}}},
                 {"timeout_s",
                  {{"type", "integer"}, {"description", "seconds (default from the run config)"}}}},
                {"command"})};
  }
  Result<ToolOutput> Call(const nlohmann::json& j, ToolEnv& env) override {
    Args a(j);
    AVO_ASSIGN_OR_RETURN(std::string command, a.String("command"));
    const double default_s = env.settings.run_timeout_s;
    AVO_ASSIGN_OR_RETURN(std::int64_t timeout,
                         a.Int("timeout_s", static_cast<std::int64_t>(default_s)));
    const double limit = std::clamp(static_cast<double>(timeout), 1.0, std::max(default_s, 3600.0));

    ProcessOptions o;
    o.argv = SandboxedShell(command, env.workspace->root(), env.settings.sandbox);
    o.cwd = env.workspace->root();
    o.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(limit * 1000));
    o.output_cap_bytes = std::max<std::size_t>(env.settings.tool_output_chars, 4096);
    // The model's shell gets the task commands' allow-listed environment, never avo's own: avo
    // holds the LLM key, and whatever the shell prints goes back to the model and the transcript.
    CommandEnv c;
    c.home = "/tmp";  // private under the sandbox
    c.avo = {{"AVO_WORKSPACE", env.workspace->root().string()}};
    o.env = env.ctx != nullptr && env.ctx->task != nullptr ? TaskEnvironment(*env.ctx->task, c)
                                                           : TaskEnvironment(TaskSpec{}, c);
    o.inherit_env = false;
    if (env.ctx != nullptr) o.cancelled = env.ctx->cancelled;  // Ctrl-C stops it at once
    auto r = RunProcess(o);
    if (!r.ok()) return r.status().WithContext("could not start the command");
    std::string note;
    if (env.settings.sandbox && !SandboxAvailable())
      note = " [not sandboxed: bwrap is unavailable here]";
    std::string out =
        fmt::format("$ {}\n{} in {:.1f} s{}\n", command, r->Describe(), r->wall_s, note);
    if (!r->out.empty())
      out += "--- stdout ---\n" + CutMiddle(r->out, env.settings.tool_output_chars / 2) + "\n";
    if (!r->err.empty())
      out += "--- stderr ---\n" + CutMiddle(r->err, env.settings.tool_output_chars / 2) + "\n";
    return ToolOutput{out, !r->ok(), false};
  }
};

}  // namespace

void AddRunTool(ToolBox& box) { box.Add(std::make_unique<RunTool>()); }

}  // namespace avo::agent
