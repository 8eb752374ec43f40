// The exec operator with a shell script standing in for a coding agent (Claude Code, Codex...).
#include "avo/operators/exec_operator.h"

#include <gtest/gtest.h>

#include "avo/engine/engine.h"
#include "avo/eval/local_evaluator.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

class ExecOperatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::WriteFakeTask(dirs_.path() / "task");
    run_ = std::move(avo::Run::Create(dirs_.path() / "task", dirs_.path() / "run")).value();
    evaluator_ = std::make_unique<LocalEvaluator>(
        run_->task(), avo::testing::EvaluatorOptions(run_->paths().scratch()));
  }
  EvolveSummary Evolve(const std::string& command, double timeout_s = 30) {
    ExecOperator op(command, timeout_s, "/opt/avo/bin/avo");
    Engine engine(*run_, *evaluator_, op, nullptr);
    EvolveOptions o;
    o.steps = 1;
    auto s = engine.Evolve(o);
    EXPECT_TRUE(s.ok()) << s.status().message();
    return s.ok() ? *s : EvolveSummary{};
  }
  testing::TempDir dirs_;
  std::unique_ptr<avo::Run> run_;
  std::unique_ptr<LocalEvaluator> evaluator_;
};

TEST_F(ExecOperatorTest, TheAgentsEditIsSubmittedAndCommitted) {
  // The stand-in checks its brief (file, env, stdin), edits the file and leaves a message.
  const std::string agent =
      "test -f BRIEF.md && test \"$AVO_BRIEF\" = \"$PWD/BRIEF.md\" && grep -q 'avo eval --task' "
      "BRIEF.md && "
      "grep -q 'params.txt' - && sed -i 's/^x = 1/x = 3/' params.txt && printf 'x to 3\\n\\nbrief "
      "read' > \"$AVO_MESSAGE\"";
  auto s = Evolve(agent);
  EXPECT_EQ(s.commits, 1);
  auto head = *run_->lineage().Head();
  EXPECT_DOUBLE_EQ(head->scalar, 31);
  EXPECT_EQ(head->summary.find("x to 3") != std::string::npos, true) << head->summary;
  auto brief = testing::ReadFile(run_->dir() / "steps/1/workspace/BRIEF.md");
  EXPECT_NE(brief.find("/opt/avo/bin/avo eval --task " + (run_->dir() / "task").string()),
            std::string::npos)
      << brief;
  EXPECT_NE(brief.find("v0"), std::string::npos);
  auto attempts = *run_->archive().Attempts(1);
  EXPECT_EQ(attempts[0].op, "exec");
  EXPECT_TRUE(std::filesystem::exists(run_->dir() / "steps/1/exec.log"));
}

TEST_F(ExecOperatorTest, NoChangeMeansNoSubmission) {
  auto s = Evolve("cat > /dev/null; echo thinking");
  EXPECT_EQ(s.commits, 0);
  EXPECT_EQ(run_->archive().Attempts()->size(), 1u);  // the seed only
}

TEST_F(ExecOperatorTest, AHangingAgentIsKilledAndItsEditsStillJudged) {
  auto s = Evolve("sed -i 's/^y = 1/y = 2/' params.txt; sleep 60", 1);
  EXPECT_EQ(s.commits, 1);
  EXPECT_NE(testing::ReadFile(run_->dir() / "steps/1/exec.log").find("timed out"),
            std::string::npos);
}

}  // namespace
}  // namespace avo
