// One view of a run (report/run_status.h) names the best over every island: a two-island run
// whose best is on island 1 says so in `avo status --json` and in `avo report`, not island 0's
// head.
#include "avo/report/run_status.h"

#include <gtest/gtest.h>

#include "avo/engine/engine.h"
#include "avo/eval/local_evaluator.h"
#include "avo/operators/mutate.h"
#include "avo/report/run_report.h"
#include "avo/util/fs.h"
#include "testing/avo_cli.h"
#include "testing/fake_task.h"

namespace avo {
namespace {

class RunStatusTest : public ::testing::Test {
 protected:
  // A two-island run: the seed, then on island 1 alone a version better than anything on
  // island 0. Returns island 1's head commit.
  std::string TwoIslandsBestOnOne() {
    testing::WriteFakeTask(task_.path());
    auto run = Run::Create(task_.path(), dir());
    EXPECT_TRUE(run.ok()) << run.status().message();
    LocalEvaluator ev((*run)->task(), testing::EvaluatorOptions((*run)->paths().scratch()));
    MutateOperator op;
    Engine engine(**run, ev, op, nullptr);
    engine.SetIslands(2, 0, {});
    const Status opened = engine.Open("", 5);
    EXPECT_TRUE(opened.ok()) << opened.message();
    auto seed = (*run)->lineage(0).Head();
    const Version& v0 = **seed;
    auto files = (*run)->lineage(0).Files(v0.commit);
    (*files)["params.txt"] = "x = 4  # avo:knob x\ny = 4  # avo:knob y\n";
    nlohmann::json score = v0.score;
    score["scalar"] = v0.scalar * 2;
    auto commit = (*run)->lineage(1).Commit(*files, score, "v1: twice the seed\n\nbetter", {});
    EXPECT_TRUE(commit.ok()) << commit.status().message();
    return *commit;
  }
  std::filesystem::path dir() const { return runs_.path() / "r"; }
  testing::TempDir task_, runs_;
};

TEST_F(RunStatusTest, StatusAndReportNameTheBestOverEveryIsland) {
  const std::string best_commit = TwoIslandsBestOnOne();
  auto run = Run::Open(dir(), false);
  ASSERT_TRUE(run.ok()) << run.status().message();
  ASSERT_EQ((*run)->islands(), 2);
  auto st = ReadRunStatus(dir().string(), (*run)->task(), (*run)->lineages(), (*run)->archive());
  ASSERT_TRUE(st.ok()) << st.status().message();
  ASSERT_TRUE(st->best);
  EXPECT_EQ(st->best_island, 1);
  EXPECT_EQ(st->best->commit, best_commit);
  ASSERT_EQ(st->islands.size(), 2u);
  EXPECT_EQ(st->islands[0].head->number, 0);
  EXPECT_EQ(st->islands[1].head->number, 1);

  const auto status = testing::Avo({"status", dir().string(), "--json"});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  const auto j = nlohmann::json::parse(status.out);
  EXPECT_EQ(j["best"]["commit"], best_commit);
  EXPECT_EQ(j["best"]["island"], 1);
  EXPECT_EQ(j["best"]["version"], 1);
  EXPECT_EQ(j["islands"][1]["best"]["version"], 1);
  EXPECT_EQ(j["versions"], 1);  // the run's lineage (island 0) holds the seed alone

  auto report =
      BuildRunReport(dir().string(), (*run)->task(), (*run)->lineages(), (*run)->archive());
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->island, 1);
  ASSERT_FALSE(report->versions.empty());
  EXPECT_EQ(report->versions.back().commit, best_commit);
  const auto page = dir() / "page.html";
  const auto html = testing::Avo({"report", dir().string(), "-o", page.string()});
  ASSERT_EQ(html.exit_code, 0) << html.err;
  auto text = ReadFile(page);
  ASSERT_TRUE(text.ok());
  EXPECT_NE(text->find(best_commit), std::string::npos) << "the page shows island 0's versions";
}

// The attempt JSON of `avo log --json` is the report's: the keys it had, and the report's.
TEST(AttemptJsonTest, OneFormForEveryCommand) {
  AttemptRecord a;
  a.id = 3;
  a.island = 1;
  const auto j = AttemptJson(a);
  for (const char* key :
       {"id", "step", "operator", "status", "outcome", "scalar", "reason", "version", "duration_s",
        "parent_version", "correct", "message", "cost", "started_at", "island"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["island"], 1);
}

}  // namespace
}  // namespace avo
