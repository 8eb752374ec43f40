// Interleaved measurement (eval/evaluator.h ScoreInterleaved): builds measured round by round
// with aligned samples, by alternating evaluate runs or by one interleaved command, and builds
// reused for identical files.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include <fstream>

#include "avo/eval/interleave.h"
#include "avo/eval/local_evaluator.h"
#include "avo/util/fs.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

FileSet Params(int x, int y) {
  return {{"params.txt", fmt::format("x = {}  # avo:knob x\ny = {}  # avo:knob y\n", x, y)}};
}

// Records the order of Score calls: the default ScoreInterleaved alternates whole evaluations.
class RecordingEvaluator final : public Evaluator {
 public:
  Evaluation Score(const FileSet& files, const ScoreOptions& options) override {
    calls.push_back(files.begin()->second);
    Evaluation e;
    e.outcome = files.begin()->second == "broken" ? Outcome::kEvalFailed : Outcome::kScored;
    e.correct = e.outcome == Outcome::kScored;
    e.suite = options.suite;
    ConfigResult c;
    c.name = "a";
    c.correct = e.correct;
    c.value = e.correct ? 2.0 + static_cast<double>(calls.size()) : 0;
    e.configs.push_back(c);
    e.scalar = c.value;
    return e;
  }
  [[nodiscard]] std::string Describe() const override { return "recording"; }
  std::vector<std::string> calls;
};

TEST(RoundOrderTest, EvenRoundsGoForwardOddRoundsBack) {
  EXPECT_EQ(RoundOrder(3, 0), (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(RoundOrder(3, 1), (std::vector<int>{2, 1, 0}));
  EXPECT_EQ(RoundOrder(2, 4), (std::vector<int>{0, 1}));
}

TEST(DefaultInterleaveTest, AlternatesWholeEvaluationsAndStopsAFailedBuild) {
  RecordingEvaluator ev;
  const FileSet a = {{"f", "a"}}, b = {{"f", "b"}}, broken = {{"f", "broken"}};
  InterleavedEvaluation r = ev.ScoreInterleaved({&a, &b, &broken}, {}, 3);
  // ABBA over three builds; the broken one is not run again after its first failure.
  EXPECT_EQ(ev.calls, (std::vector<std::string>{"a", "b", "broken", "b", "a", "a", "b"}));
  ASSERT_EQ(r.evaluations.size(), 3u);
  EXPECT_EQ(r.rounds, 3);
  // Samples are the per-round values, the value their median.
  EXPECT_EQ(r.evaluations[0].configs[0].samples, (std::vector<double>{3, 7, 8}));
  EXPECT_DOUBLE_EQ(r.evaluations[0].configs[0].value, 7);
  EXPECT_EQ(r.evaluations[1].configs[0].samples, (std::vector<double>{4, 6, 9}));
  EXPECT_EQ(r.evaluations[2].outcome, Outcome::kEvalFailed);
}

class LocalInterleaveTest : public ::testing::Test {
 protected:
  TaskSpec Task(const std::string& body = "", const std::string& extra = "") {
    testing::WriteFakeTask(dir_.path(), body, 20, extra);
    auto t = LoadTask(dir_.path());
    EXPECT_TRUE(t.ok()) << t.status().message();
    return *t;
  }
  // Adds a key to the fake task's [evaluate] table.
  void AddToEvaluate(const std::string& line) {
    auto toml = ReadFile(dir_.path() / "task.toml");
    std::string s = *toml;
    const std::string anchor = "command = \"sh evaluate.sh\"\n";
    s.replace(s.find(anchor), anchor.size(), anchor + line + "\n");
    ASSERT_TRUE(WriteFile(dir_.path() / "task.toml", s).ok());
  }
  testing::TempDir dir_, scratch_;
};

TEST_F(LocalInterleaveTest, AlternatingRunsGiveEveryBuildOneSamplePerRound) {
  // x = 3 makes the evaluate command fail: that build fails alone.
  Task("x=$(sed -n 's/^x = \\([0-9]*\\).*/\\1/p' params.txt)\n[ \"$x\" != 3 ]\n" +
       testing::GoodEvaluatorBody());
  auto task = LoadTask(dir_.path());
  LocalEvaluator ev(*task, testing::EvaluatorOptions(scratch_.path()));
  const FileSet a = Params(1, 2), b = Params(2, 1), c = Params(3, 1);
  InterleavedEvaluation r = ev.ScoreInterleaved({&a, &b, &c}, {}, 4);
  ASSERT_EQ(r.evaluations.size(), 3u);
  EXPECT_EQ(r.rounds, 4);
  for (const auto& cfg : r.evaluations[0].configs)
    EXPECT_EQ(cfg.samples, (std::vector<double>(4, 12)));
  EXPECT_DOUBLE_EQ(r.evaluations[1].scalar, 21);
  EXPECT_EQ(r.evaluations[1].configs[1].samples.size(), 4u);
  EXPECT_EQ(r.evaluations[2].outcome, Outcome::kEvalFailed);
}

TEST_F(LocalInterleaveTest, AnInterleavedCommandMeasuresEveryBuildInOneRun) {
  Task();
  // Lists the workspaces it was given and reports each build's value, three rounds, with the
  // runs of all builds in one record per configuration.
  ASSERT_TRUE(WriteFile(dir_.path() / "interleaved.sh", R"sh(
python3 - "$AVO_CONFIGS" "$AVO_RESULT" "${ROUNDS_OF_SECOND:-3}" <<'PY'
import json, re, sys
conf = json.load(open(sys.argv[1]))
entries = []
for i, ws in enumerate(conf["workspaces"]):
    p = open(ws + "/params.txt").read()
    v = 10 * int(re.search(r"x = (\d+)", p).group(1)) + int(re.search(r"y = (\d+)", p).group(1))
    n = int(sys.argv[3]) if i == 1 else 3
    entries.append({"correct": True, "value": v, "samples": [v + r for r in range(n)]})
configs = [dict(name=c["name"], correct=True, value=entries[0]["value"], unit="ops/s",
                samples=entries[0]["samples"], interleaved=entries) for c in conf["configs"]]
json.dump({"schema": "avo.evaluation.v1", "configs": configs}, open(sys.argv[2], "w"))
PY
)sh")
                  .ok());
  AddToEvaluate("interleaved_command = \"sh interleaved.sh\"");
  auto task = LoadTask(dir_.path());
  ASSERT_TRUE(task.ok()) << task.status().message();
  LocalEvaluator ev(*task, testing::EvaluatorOptions(scratch_.path()));
  const FileSet a = Params(1, 1), b = Params(4, 2);
  InterleavedEvaluation r = ev.ScoreInterleaved({&a, &b}, {}, 10);
  ASSERT_EQ(r.evaluations.size(), 2u);
  ASSERT_EQ(r.evaluations[0].outcome, Outcome::kScored) << r.evaluations[0].reason;
  EXPECT_EQ(r.rounds, 3);
  EXPECT_EQ(r.evaluations[0].configs[0].samples, (std::vector<double>{11, 12, 13}));
  EXPECT_EQ(r.evaluations[1].configs[1].samples, (std::vector<double>{42, 43, 44}));
  EXPECT_DOUBLE_EQ(r.evaluations[1].scalar, 42);
}

TEST_F(LocalInterleaveTest, UnalignedRoundsAreAnInvalidResult) {
  Task();
  ASSERT_TRUE(WriteFile(dir_.path() / "interleaved.sh", R"sh(
python3 - "$AVO_CONFIGS" "$AVO_RESULT" <<'PY'
import json, sys
conf = json.load(open(sys.argv[1]))
entries = [{"correct": True, "value": 5, "samples": [5] * (3 + i)}
           for i, _ in enumerate(conf["workspaces"])]
configs = [dict(name=c["name"], correct=True, value=5, unit="ops/s", samples=[5, 5, 5],
                interleaved=entries) for c in conf["configs"]]
json.dump({"schema": "avo.evaluation.v1", "configs": configs}, open(sys.argv[2], "w"))
PY
)sh")
                  .ok());
  AddToEvaluate("interleaved_command = \"sh interleaved.sh\"");
  auto task = LoadTask(dir_.path());
  LocalEvaluator ev(*task, testing::EvaluatorOptions(scratch_.path()));
  const FileSet a = Params(1, 1), b = Params(2, 2);
  InterleavedEvaluation r = ev.ScoreInterleaved({&a, &b}, {}, 10);
  ASSERT_EQ(r.evaluations.size(), 2u);
  for (const auto& e : r.evaluations) {
    EXPECT_EQ(e.outcome, Outcome::kInvalidResult);
    EXPECT_NE(e.reason.find("rounds"), std::string::npos) << e.reason;
  }
}

TEST_F(LocalInterleaveTest, IdenticalFilesAreBuiltOnceAndEachRunGetsAPristineCopy) {
  // The build stamps the workspace; the evaluate command refuses a workspace an earlier
  // evaluation wrote into, and leaves a mark of its own.
  Task("[ -f built ] && [ ! -f dirty ]\ntouch dirty\n" + testing::GoodEvaluatorBody(),
       "[build]\ncommand = \"touch built\"\n");
  auto task = LoadTask(dir_.path());
  ASSERT_TRUE(task.ok()) << task.status().message();
  {
    LocalEvaluator ev(*task, testing::EvaluatorOptions(scratch_.path()));
    const FileSet a = Params(2, 2);
    Evaluation first = ev.Score(a, {});
    Evaluation second = ev.Score(a, {});
    ASSERT_TRUE(first.correct) << first.reason;
    ASSERT_TRUE(second.correct) << second.reason;
    EXPECT_EQ(first.build_log.find("made earlier"), std::string::npos);
    EXPECT_NE(second.build_log.find("made earlier"), std::string::npos) << second.build_log;
    Evaluation other = ev.Score(Params(3, 3), {});
    EXPECT_EQ(other.build_log.find("made earlier"), std::string::npos);
  }
  // The kept builds go with the evaluator.
  EXPECT_TRUE(ListFiles(scratch_.path()).empty())
      << fmt::format("{}", fmt::join(ListFiles(scratch_.path()), " "));
}

}  // namespace
}  // namespace avo
