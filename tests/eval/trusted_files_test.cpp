// The run's trusted files: what is hashed, and that any change to them turns the next evaluation
// into an infra error naming the file.
#include "avo/eval/trusted_files.h"

#include <gtest/gtest.h>

#include <fstream>

#include "avo/eval/local_evaluator.h"
#include "avo/util/sha256.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {
namespace fs = std::filesystem;

class TrustedFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // The evaluate command runs a helper by name, found in the tool directory.
    testing::WriteFakeTask(task_dir_.path(), "avo-fake-harness\n" + testing::GoodEvaluatorBody());
    tools_.Write("avo-fake-harness", "#!/bin/sh\necho harness ran\n");
    tools_.Write("avo-unused-tool", "#!/bin/sh\n");
    for (const char* t : {"avo-fake-harness", "avo-unused-tool"})
      fs::permissions(tools_.path() / t, fs::perms::owner_all);
    std::string toml = testing::ReadFile(task_dir_.path() / "task.toml");
    const std::string cmd = "command = \"sh evaluate.sh\"";
    toml.replace(toml.find(cmd), cmd.size(), "command = \"avo-fake-harness && sh evaluate.sh\"");
    task_dir_.Write("task.toml", toml);
    auto t = LoadTask(task_dir_.path());
    ASSERT_TRUE(t.ok()) << t.status().message();
    task_ = *t;
  }

  Evaluation Score(const TrustedFiles& trusted) {
    auto options = testing::EvaluatorOptions(scratch_.path());
    options.tool_dirs = {tools_.path()};
    options.trusted = trusted;
    LocalEvaluator ev(task_, options);
    return ev.Score(*ReadFileSet(task_.dir, task_.editable), {});
  }

  testing::TempDir task_dir_, tools_, scratch_;
  TaskSpec task_;
};

TEST_F(TrustedFilesTest, HashesTheNonEditableFilesAndTheToolsTheCommandsName) {
  auto files = HashTrustedFiles(task_, {tools_.path()});
  ASSERT_TRUE(files.ok()) << files.status().message();
  EXPECT_EQ(files->count("task/task.toml"), 1u);
  EXPECT_EQ(files->count("task/evaluate.sh"), 1u);
  EXPECT_EQ(files->count("task/params.txt"), 0u);  // editable: the candidate's
  ASSERT_EQ(files->count("tool/avo-fake-harness"), 1u);
  EXPECT_EQ(files->count("tool/avo-unused-tool"), 0u);  // not named by any command
  EXPECT_EQ(files->at("tool/avo-fake-harness").path, (tools_.path() / "avo-fake-harness").string());
  EXPECT_EQ(files->at("task/task.toml").sha256,
            Sha256Hex(testing::ReadFile(task_dir_.path() / "task.toml")));
}

TEST_F(TrustedFilesTest, Sha256IsTheStandardOne) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const fs::path p = tools_.Write("x", "abc");
  EXPECT_EQ(*Sha256File(p), Sha256Hex("abc"));
  EXPECT_FALSE(Sha256File(tools_.path() / "missing").ok());
}

TEST_F(TrustedFilesTest, RoundTripsThroughTrustedJson) {
  auto files = HashTrustedFiles(task_, {tools_.path()});
  ASSERT_TRUE(files.ok());
  const fs::path json = scratch_.path() / "trusted.json";
  ASSERT_TRUE(WriteTrustedFiles(json, *files).ok());
  auto back = ReadTrustedFiles(json);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_TRUE(CompareTrustedFiles(*files, *back).ok());
  std::ofstream(json) << "{\"format\": 7}";
  EXPECT_FALSE(ReadTrustedFiles(json).ok());
}

TEST_F(TrustedFilesTest, UnchangedFilesLetTheEvaluationRun) {
  auto trusted = HashTrustedFiles(task_, {tools_.path()});
  ASSERT_TRUE(trusted.ok());
  Evaluation e = Score(*trusted);
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason;
}

TEST_F(TrustedFilesTest, AChangedTaskFileIsAnInfraErrorNamingIt) {
  auto trusted = HashTrustedFiles(task_, {tools_.path()});
  ASSERT_TRUE(trusted.ok());
  const std::string before = trusted->at("task/task.toml").sha256;
  std::ofstream(task_dir_.path() / "task.toml", std::ios::app) << "# atol = 1\n";
  Evaluation e = Score(*trusted);
  EXPECT_EQ(e.outcome, Outcome::kInfraError);
  EXPECT_EQ(e.reason, "trusted file changed since the run was created: " +
                          (task_dir_.path() / "task.toml").string() + " (sha256 was " + before +
                          ", now " + Sha256Hex(testing::ReadFile(task_dir_.path() / "task.toml")) +
                          ")");
  EXPECT_FALSE(e.correct);
}

TEST_F(TrustedFilesTest, AChangedToolIsAnInfraErrorNamingIt) {
  auto trusted = HashTrustedFiles(task_, {tools_.path()});
  ASSERT_TRUE(trusted.ok());
  std::ofstream(tools_.path() / "avo-fake-harness", std::ios::app) << "echo forged\n";
  Evaluation e = Score(*trusted);
  EXPECT_EQ(e.outcome, Outcome::kInfraError);
  EXPECT_NE(e.reason.find("trusted file changed since the run was created: " +
                          (tools_.path() / "avo-fake-harness").string() + " (sha256 was "),
            std::string::npos)
      << e.reason;
}

TEST_F(TrustedFilesTest, AnAddedOrRemovedTaskFileIsAnInfraError) {
  auto trusted = HashTrustedFiles(task_, {tools_.path()});
  ASSERT_TRUE(trusted.ok());
  task_dir_.Write("planted.sh", "echo hi\n");
  Evaluation added = Score(*trusted);
  EXPECT_EQ(added.outcome, Outcome::kInfraError);
  EXPECT_NE(added.reason.find("planted.sh (sha256 was none"), std::string::npos) << added.reason;
  fs::remove(task_dir_.path() / "planted.sh");
  fs::remove(task_dir_.path() / "evaluate.sh");
  Evaluation removed = Score(*trusted);
  EXPECT_EQ(removed.outcome, Outcome::kInfraError);
  EXPECT_NE(removed.reason.find("evaluate.sh (sha256 was"), std::string::npos) << removed.reason;
  EXPECT_NE(removed.reason.find("now missing)"), std::string::npos) << removed.reason;
}

TEST_F(TrustedFilesTest, EditableFilesMayChange) {
  auto trusted = HashTrustedFiles(task_, {tools_.path()});
  ASSERT_TRUE(trusted.ok());
  task_dir_.Write("params.txt", "x = 2  # avo:knob x\ny = 1  # avo:knob y\n");
  EXPECT_TRUE(VerifyTrustedFiles(*trusted, task_, {tools_.path()}).ok());
}

}  // namespace
}  // namespace avo
