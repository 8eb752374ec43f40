#include "mcp_tools.h"

#include <stdexcept>

namespace avo::cli {
namespace {

using nlohmann::json;

json Prop(const std::string& type, const std::string& description) {
  return {{"type", type}, {"description", description}};
}

json Schema(json properties, std::vector<std::string> required) {
  return {{"type", "object"},
          {"properties", std::move(properties)},
          {"required", std::move(required)},
          {"additionalProperties", false}};
}

// Reads the tool's arguments as the schema says, refusing what does not fit in one sentence.
class Args {
 public:
  explicit Args(const json& args) : a_(args.is_object() ? args : json::object()) {}
  [[nodiscard]] std::string Required(const char* key) const {
    if (!a_.contains(key))
      throw std::invalid_argument(std::string("missing argument '") + key + "'");
    return Text(key);
  }
  [[nodiscard]] std::string Text(const char* key) const {
    if (!a_.contains(key)) return "";
    if (!a_[key].is_string())
      throw std::invalid_argument(std::string("argument '") + key + "' must be a string");
    return a_[key].get<std::string>();
  }
  [[nodiscard]] bool Flag(const char* key) const {
    if (!a_.contains(key)) return false;
    if (!a_[key].is_boolean())
      throw std::invalid_argument(std::string("argument '") + key + "' must be true or false");
    return a_[key].get<bool>();
  }
  [[nodiscard]] std::string Count(const char* key) const {
    if (!a_.contains(key)) return "";
    if (!a_[key].is_number_integer() || a_[key].get<long long>() < 1)
      throw std::invalid_argument(std::string("argument '") + key +
                                  "' must be a whole number >= 1");
    return std::to_string(a_[key].get<long long>());
  }
  // Adds "--flag value" when the argument is given.
  void Option(std::vector<std::string>& argv, const char* key, const char* flag) const {
    if (const std::string v = Text(key); !v.empty()) argv.insert(argv.end(), {flag, v});
  }

 private:
  json a_;
};

const json kRun = Prop("string", "the run directory (as `avo evolve` or `avo step begin` made it)");

// Appends the evaluating flags (--no-sandbox) to a command that builds and evaluates.
using Evaluating = std::function<std::vector<std::string>(std::vector<std::string>)>;

McpTool StepBegin(const Evaluating& evaluating) {
  return McpTool{
      "step_begin",
      "Open a variation step on a run: a workspace holding the best version's files and "
      "BRIEF.md (the task, the lineage with its scores, what was tried, how to proceed). Edit "
      "the workspace's files, then call step_eval for advice and step_commit to be judged. "
      "Returns JSON with the workspace path. One step is open at a time; with reuse=true an "
      "open step is continued instead of being an error.",
      Schema({{"run", kRun},
              {"parent", Prop("string", "start from this version (v3, seed; default: the best)")},
              {"suite", Prop("string", "the suite the gate judges on (default: the task's)")},
              {"by", Prop("string", "your name, kept in the archive and the commit trailer")},
              {"reuse", Prop("boolean", "continue a step that is open already")}},
             {"run"}),
      [evaluating](const json& j) {
        const Args a(j);
        std::vector<std::string> argv = {"step", "begin", a.Required("run"), "--json"};
        a.Option(argv, "parent", "--parent");
        a.Option(argv, "suite", "--suite");
        a.Option(argv, "by", "--by");
        if (a.Flag("reuse")) argv.emplace_back("--reuse");
        return evaluating(argv);
      }};
}

McpTool StepEval(const Evaluating& evaluating) {
  return McpTool{
      "step_eval",
      "Build and evaluate the open step's workspace: correctness and the score of every "
      "configuration, beside the best version's. Advice only: it commits nothing and is not "
      "the gate's judgement. Returns JSON.",
      Schema({{"run", kRun},
              {"suite", Prop("string", "the suite (default: the step's)")},
              {"baselines", Prop("boolean", "also measure the task's baselines (e.g. cuDNN)")}},
             {"run"}),
      [evaluating](const json& j) {
        const Args a(j);
        std::vector<std::string> argv = {"step", "eval", a.Required("run"), "--json"};
        a.Option(argv, "suite", "--suite");
        if (a.Flag("baselines")) argv.emplace_back("--baselines");
        return evaluating(argv);
      }};
}

McpTool StepCommit(const Evaluating& evaluating) {
  return McpTool{
      "step_commit",
      "Submit the open step's workspace to avo's gate: it is built, checked and measured beside "
      "the best version, and committed as a new version only when it is correct and faster by "
      "the gate's measure. The message is the version's rationale: what changed and why it "
      "should be faster. A rejection keeps the step open (edit and commit again, or "
      "step_abort); the result says which and why.",
      Schema({{"run", kRun},
              {"message", Prop("string", "the rationale: what changed and why it is faster")}},
             {"run", "message"}),
      [evaluating](const json& j) {
        const Args a(j);
        return evaluating({"step", "commit", a.Required("run"), "-m", a.Required("message")});
      }};
}

McpTool StepAbort() {
  return McpTool{"step_abort", "Close the open step without committing it.",
                 Schema({{"run", kRun}, {"message", Prop("string", "why")}}, {"run"}),
                 [](const json& j) {
                   const Args a(j);
                   std::vector<std::string> argv = {"step", "abort", a.Required("run")};
                   a.Option(argv, "message", "-m");
                   return argv;
                 }};
}

McpTool StepStatus() {
  return McpTool{
      "step_status",
      "Whether a step is open on the run, its workspace, evaluations and commits "
      "so far. Returns JSON.",
      Schema({{"run", kRun}}, {"run"}), [](const json& j) {
        return std::vector<std::string>{"step", "status", Args(j).Required("run"), "--json"};
      }};
}

McpTool Status() {
  return McpTool{"status",
                 "The run at a glance: its best version and score, versions, attempts, "
                 "spending and what each slot is doing. Returns JSON.",
                 Schema({{"run", kRun}}, {"run"}), [](const json& j) {
                   return std::vector<std::string>{"status", Args(j).Required("run"), "--json"};
                 }};
}

McpTool Log() {
  return McpTool{"log",
                 "The lineage: every committed version with its score and rationale; with "
                 "attempts=true the recent attempts, committed or not, with the gate's reasons.",
                 Schema({{"run", kRun},
                         {"attempts", Prop("boolean", "list attempts instead of versions")},
                         {"limit", Prop("integer", "attempts to list")}},
                        {"run"}),
                 [](const json& j) {
                   const Args a(j);
                   std::vector<std::string> argv = {"log", a.Required("run")};
                   if (a.Flag("attempts")) argv.emplace_back("--attempts");
                   if (const std::string n = a.Count("limit"); !n.empty())
                     argv.insert(argv.end(), {"--limit", n});
                   return argv;
                 }};
}

McpTool Show() {
  return McpTool{"show",
                 "One version: its rationale, scores per configuration, and with files=true "
                 "its files' contents.",
                 Schema({{"run", kRun},
                         {"version", Prop("string", "v3, 3, head, seed or a commit id")},
                         {"files", Prop("boolean", "include the files' contents")}},
                        {"run"}),
                 [](const json& j) {
                   const Args a(j);
                   std::vector<std::string> argv = {"show", a.Required("run")};
                   if (const std::string v = a.Text("version"); !v.empty()) argv.push_back(v);
                   if (a.Flag("files")) argv.emplace_back("--files");
                   return argv;
                 }};
}

McpTool Diff() {
  return McpTool{"diff", "The patch between two versions' files.",
                 Schema({{"run", kRun},
                         {"from", Prop("string", "the older version (v2, seed, ...)")},
                         {"to", Prop("string", "the newer version (default: head)")}},
                        {"run", "from"}),
                 [](const json& j) {
                   const Args a(j);
                   std::vector<std::string> argv = {"diff", a.Required("run"), a.Required("from")};
                   if (const std::string v = a.Text("to"); !v.empty()) argv.push_back(v);
                   return argv;
                 }};
}

McpTool KbSearch() {
  return McpTool{"kb_search",
                 "Search the run's knowledge base (the task's notes, papers and code excerpts "
                 "indexed for it) for passages on a technique.",
                 Schema({{"run", kRun},
                         {"query", Prop("string", "what to look for, in a few words")},
                         {"k", Prop("integer", "results (default 8)")}},
                        {"run", "query"}),
                 [](const json& j) {
                   const Args a(j);
                   std::vector<std::string> argv = {"kb", "search", a.Required("query"), "--run",
                                                    a.Required("run")};
                   if (const std::string k = a.Count("k"); !k.empty())
                     argv.insert(argv.end(), {"-k", k});
                   return argv;
                 }};
}

}  // namespace

std::vector<McpTool> AvoMcpTools(const std::vector<std::string>& evaluating_flags) {
  const Evaluating evaluating = [evaluating_flags](std::vector<std::string> argv) {
    argv.insert(argv.end(), evaluating_flags.begin(), evaluating_flags.end());
    return argv;
  };
  return {StepBegin(evaluating),
          StepEval(evaluating),
          StepCommit(evaluating),
          StepAbort(),
          StepStatus(),
          Status(),
          Log(),
          Show(),
          Diff(),
          KbSearch()};
}

}  // namespace avo::cli
