// The agent's tools on a real workspace: confinement, editable-only writes, exact edits with
// helpful misses, bad arguments and unknown tools as error results, cut output, the commit tool.
#include <gtest/gtest.h>
#include <unistd.h>

#include "avo/agent/sandbox.h"
#include "avo/agent/tool.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo::agent {
namespace {
namespace fs = std::filesystem;

class ToolsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::WriteFakeTask(dirs_.path() / "task");
    task_ = *LoadTask(dirs_.path() / "task");
    auto ws = Workspace::Create(dirs_.path() / "ws", task_,
                                {{"params.txt", "x = 2  # avo:knob x\ny = 1  # avo:knob y\n"}});
    ASSERT_TRUE(ws.ok()) << ws.status().message();
    ws_ = std::move(ws).value();
    ctx_.task = &task_;
    ctx_.step = 3;
    ctx_.budget.max_submissions = 2;
    env_.ctx = &ctx_;
    env_.workspace = &ws_;
    env_.notes_path = dirs_.path() / "notes.md";
    env_.settings.tool_output_chars = 2000;
    env_.parent_version = 0;
    env_.parent_files = *ws_.EditableFiles();
  }

  ToolOutput Call(const std::string& name, const nlohmann::json& args) {
    llm::ToolCall c;
    c.id = "call_1";
    c.name = name;
    c.arguments = args;
    return box_.Call(c, env_);
  }

  testing::TempDir dirs_;
  TaskSpec task_;
  Workspace ws_;
  StepContext ctx_;
  ToolEnv env_;
  ToolBox box_ = StandardTools();
};

TEST_F(ToolsTest, TheWorkspaceHoldsTheTaskWithTheParentsFiles) {
  EXPECT_TRUE(fs::exists(ws_.root() / "evaluate.sh"));
  auto r = Call("read_file", {{"path", "params.txt"}});
  EXPECT_FALSE(r.is_error) << r.text;
  EXPECT_NE(r.text.find("    1| x = 2  # avo:knob x"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("editable"), std::string::npos);
  r = Call("read_file", {{"path", "task.toml"}, {"start_line", 2}, {"end_line", 3}});
  EXPECT_NE(r.text.find("    2| name = \"fake\""), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("    4|"), std::string::npos) << r.text;
  EXPECT_NE(Call("list_files", nlohmann::json::object()).text.find("* params.txt"),
            std::string::npos);
}

TEST_F(ToolsTest, PathsOutsideTheWorkspaceAreRefused) {
  fs::create_symlink("/etc", ws_.root() / "out");
  for (const std::string p : {"../task/params.txt", "/etc/passwd", "out/passwd", "a/../../x"}) {
    auto r = Call("read_file", {{"path", p}});
    EXPECT_TRUE(r.is_error) << p;
    EXPECT_TRUE(r.text.find("workspace") != std::string::npos ||
                r.text.find("absolute") != std::string::npos)
        << r.text;
    auto w = Call("write_file", {{"path", p}, {"content", "x"}});
    EXPECT_TRUE(w.is_error) << p;
  }
  EXPECT_FALSE(fs::exists(dirs_.path() / "x"));
}

TEST_F(ToolsTest, OnlyEditableFilesMayBeWritten) {
  auto w = Call("write_file", {{"path", "evaluate.sh"}, {"content", "echo cheat"}});
  EXPECT_TRUE(w.is_error);
  EXPECT_NE(w.text.find("not an editable file"), std::string::npos) << w.text;
  EXPECT_EQ(testing::ReadFile(ws_.root() / "evaluate.sh").find("cheat"), std::string::npos);
  auto e = Call("edit_file", {{"path", "task.toml"}, {"old_text", "fake"}, {"new_text", "x"}});
  EXPECT_TRUE(e.is_error);
  w = Call("write_file",
           {{"path", "params.txt"}, {"content", "x = 3  # avo:knob x\ny = 1  # avo:knob y\n"}});
  EXPECT_FALSE(w.is_error) << w.text;
  EXPECT_EQ(ws_.EditableFiles()->at("params.txt").substr(0, 5), "x = 3");
}

TEST_F(ToolsTest, EditFileSaysWhyItMissed) {
  auto ok =
      Call("edit_file", {{"path", "params.txt"}, {"old_text", "x = 2"}, {"new_text", "x = 4"}});
  EXPECT_FALSE(ok.is_error) << ok.text;
  EXPECT_NE(testing::ReadFile(ws_.root() / "params.txt").find("x = 4"), std::string::npos);

  auto miss =
      Call("edit_file",
           {{"path", "params.txt"}, {"old_text", "y = 9  # avo:knob y"}, {"new_text", "y = 2"}});
  EXPECT_TRUE(miss.is_error);
  EXPECT_NE(miss.text.find("not found"), std::string::npos) << miss.text;
  EXPECT_NE(miss.text.find("lines 2-2"), std::string::npos) << miss.text;
  EXPECT_NE(miss.text.find("    2| y = 1  # avo:knob y"), std::string::npos) << miss.text;

  auto many =
      Call("edit_file", {{"path", "params.txt"}, {"old_text", "# avo:knob"}, {"new_text", "#"}});
  EXPECT_TRUE(many.is_error);
  EXPECT_NE(many.text.find("occurs 2 times"), std::string::npos) << many.text;
}

// The agent's evaluate tool refuses a held-out suite as it refuses a missing one (task.h), before
// anything is built or measured.
TEST_F(ToolsTest, TheEvaluateToolRefusesAHeldOutSuite) {
  task_.suites["h"] = Suite{"h", "", {{"c", nlohmann::json::object()}}, true};
  auto r = Call("evaluate", {{"suite", "h"}});
  EXPECT_TRUE(r.is_error);
  EXPECT_NE(r.text.find("no suite 'h' the search may use (suites: s)"), std::string::npos)
      << r.text;
}

TEST_F(ToolsTest, BadCallsBecomeErrorResults) {
  auto unknown = Call("frobnicate", nlohmann::json::object());
  EXPECT_TRUE(unknown.is_error);
  EXPECT_NE(unknown.text.find("unknown tool 'frobnicate'"), std::string::npos);
  EXPECT_NE(unknown.text.find("read_file"), std::string::npos);
  EXPECT_TRUE(Call("read_file", nlohmann::json::object()).is_error);
  EXPECT_TRUE(Call("read_file", {{"path", 7}}).is_error);
  EXPECT_TRUE(Call("search", {{"pattern", "(unclosed"}}).is_error);
  llm::ToolCall bad;
  bad.name = "write_file";
  bad.raw_arguments = "{\"path\": ";
  bad.arguments_error = "unexpected end of input";
  auto r = box_.Call(bad, env_);
  EXPECT_TRUE(r.is_error);
  EXPECT_NE(r.text.find("not a JSON object"), std::string::npos) << r.text;
}

TEST_F(ToolsTest, SearchFindsLinesWithNumbers) {
  auto r = Call("search", {{"pattern", "knob [xy]$"}});
  EXPECT_NE(r.text.find("params.txt:1: x = 2  # avo:knob x"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("params.txt:2:"), std::string::npos) << r.text;
}

TEST_F(ToolsTest, RunIsConfinedAndItsOutputCut) {
  auto r = Call("run", {{"command", "head -c 100000 /dev/zero | tr '\\0' a; echo; echo done"}});
  EXPECT_FALSE(r.is_error) << r.text;
  EXPECT_LE(r.text.size(), 2000u + 200u);
  EXPECT_NE(r.text.find("characters cut"), std::string::npos);
  EXPECT_NE(r.text.find("done"), std::string::npos);
  auto fail = Call("run", {{"command", "exit 3"}});
  EXPECT_TRUE(fail.is_error);
  EXPECT_NE(fail.text.find("exit 3"), std::string::npos) << fail.text;
  if (SandboxAvailable()) {
    // The workspace is writable; the rest of the file system is read-only, /tmp is private.
    const fs::path outside = fs::path("/var/tmp") / ("avo-escape-" + std::to_string(getpid()));
    auto w = Call(
        "run", {{"command", "echo hi > built.txt && touch " + (dirs_.path() / "escaped").string() +
                                " && touch " + outside.string()}});
    EXPECT_TRUE(w.is_error) << w.text;
    EXPECT_TRUE(fs::exists(ws_.root() / "built.txt"));
    EXPECT_FALSE(fs::exists(dirs_.path() / "escaped"));
    EXPECT_FALSE(fs::exists(outside));
    fs::remove(outside);
  }
}

// Whatever the model's shell prints reaches the model and the transcript: avo's secrets must not
// be in its environment, whatever their name.
TEST_F(ToolsTest, RunSeesNoneOfAvosSecrets) {
  setenv("OPENAI_API_KEY", "sk-test-run-tool-0123456789", 1);
  setenv("ANTHROPIC_API_KEY", "sk-ant-test-0123456789", 1);
  setenv("AVO_TEST_OTHER_TOKEN", "tok-0123456789", 1);
  auto r = Call("run", {{"command", "env; echo workspace=$AVO_WORKSPACE"}});
  unsetenv("OPENAI_API_KEY");
  unsetenv("ANTHROPIC_API_KEY");
  unsetenv("AVO_TEST_OTHER_TOKEN");
  EXPECT_FALSE(r.is_error) << r.text;
  EXPECT_EQ(r.text.find("sk-test-run-tool"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("sk-ant-test"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("tok-0123456789"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("workspace=" + ws_.root().string()), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("PATH="), std::string::npos) << r.text;
}

TEST_F(ToolsTest, NotesPersistAcrossCalls) {
  EXPECT_NE(Call("notes", {{"action", "read"}}).text.find("empty"), std::string::npos);
  EXPECT_FALSE(Call("notes", {{"action", "append"}, {"text", "x=4 is faster"}}).is_error);
  auto r = Call("notes", {{"action", "read"}});
  EXPECT_NE(r.text.find("## step 3\nx=4 is faster"), std::string::npos) << r.text;
  EXPECT_TRUE(Call("notes", {{"action", "delete"}}).is_error);
}

TEST_F(ToolsTest, CommitSubmitsTheEditableFilesAndReportsTheVerdict) {
  std::vector<Submission> seen;
  ctx_.submit = [&](const Submission& s) {
    seen.push_back(s);
    Verdict v;
    v.committed = seen.size() == 2;
    v.version = 1;
    v.commit = "0123456789abcdef0123";
    v.reason = v.committed ? "committed as v1: 41 >= 21" : "rejected: 11 vs best 21";
    return v;
  };
  env_.transcript = "steps/3/transcript.jsonl";
  auto same = Call("commit", {{"message", "nothing"}});
  EXPECT_TRUE(same.is_error);
  EXPECT_NE(same.text.find("identical to the parent v0"), std::string::npos);
  EXPECT_TRUE(seen.empty());

  Call("edit_file", {{"path", "params.txt"}, {"old_text", "x = 2"}, {"new_text", "x = 1"}});
  auto rejected = Call("commit", {{"message", "x to 1"}});
  EXPECT_TRUE(rejected.is_error);
  EXPECT_FALSE(rejected.end_step);
  EXPECT_NE(rejected.text.find("NOT committed: rejected"), std::string::npos) << rejected.text;

  Call("edit_file", {{"path", "params.txt"}, {"old_text", "x = 1"}, {"new_text", "x = 4"}});
  auto ok = Call("commit", {{"message", "x to 4"}});
  EXPECT_TRUE(ok.end_step);
  EXPECT_NE(ok.text.find("COMMITTED as v1"), std::string::npos);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[1].files.at("params.txt").substr(0, 5), "x = 4");
  EXPECT_EQ(seen[1].transcript, "steps/3/transcript.jsonl");
  EXPECT_EQ(seen[1].parent_version, 0);
  EXPECT_EQ(seen[1].files.size(), 1u);                           // only editable files travel
  EXPECT_TRUE(Call("commit", {{"message", "third"}}).is_error);  // max_submissions = 2
}

}  // namespace
}  // namespace avo::agent
