#include "avo/eval/local_evaluator.h"

#include <gtest/gtest.h>

#include "avo/util/process.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

// The evaluator must turn every misbehaviour of a candidate into a failed Evaluation, within the
// task's timeout plus a few seconds, and never hang or crash the engine.
class LocalEvaluatorTest : public ::testing::Test {
 protected:
  Evaluation ScoreWith(const std::string& body, int timeout_s = 3) {
    testing::WriteFakeTask(task_dir_.path(), body, timeout_s);
    auto task = LoadTask(task_dir_.path());
    EXPECT_TRUE(task.ok()) << task.status().message();
    LocalEvaluator ev(*task, avo::testing::EvaluatorOptions(scratch_.path()));
    auto files = ReadFileSet(task->dir, task->editable);
    return ev.Score(*files, {});
  }
  testing::TempDir task_dir_, scratch_;
};

TEST_F(LocalEvaluatorTest, ScoresACorrectCandidate) {
  Evaluation e = ScoreWith("");
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason;
  EXPECT_TRUE(e.correct);
  EXPECT_DOUBLE_EQ(e.scalar, 11);
  // No seed unless the task asks for one ([evaluate] pass_seed; isolation_test.cpp).
  EXPECT_EQ(e.diagnostics.value("seed", "x"), "");
  // The workspace is gone afterwards.
  EXPECT_TRUE(ListFiles(scratch_.path()).empty());
}

TEST_F(LocalEvaluatorTest, HangIsATimeout) {
  Evaluation e = ScoreWith("sleep 600\n", 1);
  EXPECT_EQ(e.outcome, Outcome::kTimeout);
  EXPECT_LT(e.eval_s, 1 + 5.0);
  EXPECT_FALSE(e.correct);
}

// An evaluator that writes its result as it goes and then hangs (or crashes) keeps what it
// measured on the record; the evaluation is still the failure, never scored.
TEST_F(LocalEvaluatorTest, AKilledEvaluatorKeepsTheConfigurationsItMeasured) {
  const std::string partial = R"sh(cat > "$AVO_RESULT" <<JSON
{"schema": "avo.evaluation.v1", "configs": [
  {"name": "a", "correct": true, "value": 11, "unit": "ops/s", "samples": [11]},
  {"name": "b", "correct": false, "value": 0, "message": "not measured: the harness stopped before this configuration"}
]}
JSON
)sh";
  for (const auto& [stop, outcome] : std::vector<std::pair<std::string, Outcome>>{
           {"sleep 600\n", Outcome::kTimeout}, {"kill -SEGV $$\n", Outcome::kEvalFailed}}) {
    Evaluation e = ScoreWith(partial + stop, 1);
    EXPECT_EQ(e.outcome, outcome) << e.reason;
    EXPECT_FALSE(e.correct);
    ASSERT_EQ(e.configs.size(), 2u) << e.reason;
    EXPECT_TRUE(e.configs[0].correct);
    EXPECT_FALSE(e.configs[1].correct);
    EXPECT_EQ(e.configs[1].message.rfind("not measured", 0), 0u) << e.configs[1].message;
    EXPECT_NE(e.reason.find("it had measured 1 of 2 configurations, the last a"), std::string::npos)
        << e.reason;
  }
  // Nothing measured yet: nothing kept, the reason as before.
  Evaluation none = ScoreWith("sleep 600\n", 1);
  EXPECT_EQ(none.outcome, Outcome::kTimeout);
  EXPECT_TRUE(none.configs.empty());
  EXPECT_EQ(none.reason.find("it had measured"), std::string::npos) << none.reason;
}

TEST_F(LocalEvaluatorTest, SegfaultIsAFailedEvaluation) {
  Evaluation e = ScoreWith("kill -SEGV $$\n");
  EXPECT_EQ(e.outcome, Outcome::kEvalFailed);
  EXPECT_NE(e.reason.find("SIGSEGV"), std::string::npos) << e.reason;
}

TEST_F(LocalEvaluatorTest, MalformedJsonIsAnInvalidResult) {
  Evaluation e =
      ScoreWith("echo '{\"schema\": \"avo.evaluation.v1\", \"configs\": [' > \"$AVO_RESULT\"\n");
  EXPECT_EQ(e.outcome, Outcome::kInvalidResult);
  EXPECT_NE(e.reason.find("not JSON"), std::string::npos) << e.reason;
}

TEST_F(LocalEvaluatorTest, NoResultFileIsAnInvalidResult) {
  Evaluation e = ScoreWith("true\n");
  EXPECT_EQ(e.outcome, Outcome::kInvalidResult);
  EXPECT_NE(e.reason.find("AVO_RESULT"), std::string::npos);
}

TEST_F(LocalEvaluatorTest, AGigabyteOnStdoutIsBoundedAndTheResultStillCounts) {
  Evaluation e = ScoreWith("head -c 1073741824 /dev/zero\n" + testing::GoodEvaluatorBody(), 60);
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason;
  EXPECT_LT(e.eval_log.size(), 64u * 1024u);
}

TEST_F(LocalEvaluatorTest, ForkedChildLeftBehindIsKilled) {
  EnableOrphanReaping();
  const auto pidfile =
      scratch_.path().parent_path() / ("avo-test-child-" + std::to_string(getpid()));
  Evaluation e = ScoreWith("setsid sleep 300 > /dev/null 2>&1 &\n(sleep 300 &) \necho $! > " +
                           pidfile.string() + "\n" + testing::GoodEvaluatorBody());
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason;
  EXPECT_LT(e.eval_s, 5.0);
  // No `sleep 300` of ours survives.
  auto r = testing::Sh("pgrep -f '^sleep 300$' -P 1," + std::to_string(getpid()) + " || true");
  EXPECT_EQ(r.out, "");
  std::filesystem::remove(pidfile);
}

TEST_F(LocalEvaluatorTest, CandidateSeesNoApiKeys) {
  setenv("OPENAI_API_KEY", "sk-secret", 1);
  Evaluation e =
      ScoreWith("test -z \"$OPENAI_API_KEY\" || exit 9\n" + testing::GoodEvaluatorBody());
  unsetenv("OPENAI_API_KEY");
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason;
}

TEST_F(LocalEvaluatorTest, GpuIsPinned) {
  testing::WriteFakeTask(task_dir_.path(), "test \"$CUDA_VISIBLE_DEVICES\" = 3 || exit 9\n" +
                                               testing::GoodEvaluatorBody());
  auto task = LoadTask(task_dir_.path());
  auto options = testing::EvaluatorOptions(scratch_.path());
  options.gpu = "3";
  LocalEvaluator ev(*task, options);
  auto files = ReadFileSet(task->dir, task->editable);
  Evaluation e = ev.Score(*files, {});
  EXPECT_EQ(e.outcome, Outcome::kScored) << e.reason;
  EXPECT_EQ(ev.Describe(), "local:gpu3");
}

TEST_F(LocalEvaluatorTest, CandidateFilesReplaceTheTasksOwn) {
  testing::WriteFakeTask(task_dir_.path());
  auto task = LoadTask(task_dir_.path());
  LocalEvaluator ev(*task, avo::testing::EvaluatorOptions(scratch_.path()));
  Evaluation e = ev.Score({{"params.txt", "x = 4  # avo:knob x\ny = 2  # avo:knob y\n"}}, {});
  EXPECT_DOUBLE_EQ(e.scalar, 42);
}

TEST_F(LocalEvaluatorTest, UnknownSuiteIsInvalid) {
  testing::WriteFakeTask(task_dir_.path());
  auto task = LoadTask(task_dir_.path());
  LocalEvaluator ev(*task, avo::testing::EvaluatorOptions(scratch_.path()));
  Evaluation e = ev.Score({}, {"nope", false, ""});
  EXPECT_EQ(e.outcome, Outcome::kInvalidResult);
}

}  // namespace
}  // namespace avo
