// Held-out suites on the shipped CPU task (tasks/matmul `[suites.held_out] held_out = true`):
// the judge measures each new version beside its predecessor on sizes the search never sees,
// the lineage records it (Avo-Held-Out), `avo log` and the report show the gap to the search
// suite's gain, `avo bench --held-out` scores a version there, and no operator path evaluates it
// (issue #28, held-out configurations).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "avo/lineage/trailers.h"
#include "testing/avo_cli.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

namespace fs = std::filesystem;
using testing::Avo;

class HeldOutTest : public ::testing::Test {
 protected:
  // One run for the suite: four mutate steps of tasks/matmul from seed 3 commit v1 (block
  // 256 -> 16, about twice as fast: far above the gate's threshold, however loaded the machine).
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    auto r = Avo({"evolve", (fs::path(AVO_SOURCE_DIR) / "tasks" / "matmul").string(), "--run",
                  Run(), "--steps", "4", "--seed", "3", "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::string Run() { return (dir_->path() / "run").string(); }
  static testing::TempDir* dir_;
};

testing::TempDir* HeldOutTest::dir_ = nullptr;

TEST_F(HeldOutTest, EveryCommitRecordsItsHeldOutRatioAndTheLogShowsTheGap) {
  auto trailers = testing::Run(
      {"git", "--git-dir", Run() + "/lineage.git", "log",
       std::string("--format=%(trailers:key=") + trailer::kHeldOut + ",valueonly)%x00"});
  ASSERT_EQ(trailers.exit_code, 0) << trailers.err;
  // Newest first; the seed (last) has no predecessor to be measured beside.
  const std::regex entry(R"(held_out (\d+\.\d{4}))");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(trailers.out, m, entry)) << trailers.out;
  EXPECT_GT(std::stod(m[1].str()), 0.0);

  auto log = Avo({"log", Run()});
  ASSERT_EQ(log.exit_code, 0) << log.err;
  const std::regex column(R"(v1 .*\[held out [+-]\d+\.\d+%, gap x\d+\.\d{3}\])");
  EXPECT_TRUE(std::regex_search(log.out, column)) << log.out;
  // The seed line carries none.
  EXPECT_EQ(log.out.substr(0, log.out.find('\n')).find("held out"), std::string::npos) << log.out;

  auto json = Avo({"log", Run(), "--json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto j = nlohmann::json::parse(json.out);
  const auto& v1 = j["versions"][1];
  ASSERT_TRUE(v1["held_out"].is_object()) << v1.dump();
  const double ratio = v1["held_out"]["ratio"].get<double>();
  const double gap = v1["held_out"]["gap"].get<double>();
  // The gap is the search gain (the gate's paired ratio) over the held-out ratio.
  const double paired = std::stod(v1["trailers"][trailer::kPairedRatio].get<std::string>());
  EXPECT_NEAR(gap, paired / ratio, 1e-9);
  EXPECT_TRUE(j["versions"][0]["held_out"].is_null());

  auto show = Avo({"show", Run(), "v1"});
  EXPECT_NE(show.out.find("Held out (configurations the search never saw"), std::string::npos)
      << show.out;
}

TEST_F(HeldOutTest, TheReportShowsTheHeldOutRatioAndGap) {
  const std::string page = (dir_->path() / "report.html").string();
  auto r = Avo({"report", Run(), "-o", page});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = testing::ReadFile(page);
  EXPECT_TRUE(std::regex_search(
      html, std::regex(R"(<span class="held-out">held out x\d\.\d{4}, gap x\d+\.\d{3}</span>)")))
      << "no held-out figure in the versions of the report";
  EXPECT_NE(html.find("\"held_out_gap\""), std::string::npos);
}

TEST_F(HeldOutTest, BenchScoresAVersionOnTheHeldOutSuites) {
  auto r = Avo({"bench", Run(), "--held-out", "--version", "v1"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("suite held_out: correct"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("n97"), std::string::npos) << r.out;
  auto both = Avo({"bench", Run(), "--held-out", "--suite", "small"});
  EXPECT_EQ(both.exit_code, 1);
  EXPECT_NE(both.err.find("--held-out: give it or --suite, not both"), std::string::npos)
      << both.err;
}

// No operator path reaches the held-out suite: the gate's suite, `avo step begin/eval --suite`
// and `avo eval` of a workspace refuse it, and say nothing of its configurations.
TEST_F(HeldOutTest, NoOperatorPathEvaluatesAHeldOutSuite) {
  auto begin = Avo({"step", "begin", Run(), "--suite", "held_out"});
  EXPECT_EQ(begin.exit_code, 1);
  EXPECT_NE(begin.err.find("no suite 'held_out' the search may use"), std::string::npos)
      << begin.err;
  auto ws = Avo({"step", "begin", Run()});
  ASSERT_EQ(ws.exit_code, 0) << ws.err;
  const std::string workspace = ws.out.substr(0, ws.out.find('\n'));
  auto eval = Avo({"step", "eval", Run(), "--suite", "held_out"});
  EXPECT_EQ(eval.exit_code, 1);
  EXPECT_EQ(eval.err.find("n97"), std::string::npos) << eval.err;
  auto direct = Avo({"eval", workspace, "--task", Run() + "/task", "--suite", "held_out"});
  EXPECT_EQ(direct.exit_code, 1);
  EXPECT_NE(direct.err.find("'held_out' is held out"), std::string::npos) << direct.err;
  EXPECT_EQ(Avo({"step", "abort", Run(), "-m", "test"}).exit_code, 0);
  auto evolve = Avo({"evolve", Run(), "--suite", "held_out", "--steps", "1"});
  EXPECT_EQ(evolve.exit_code, 1);
  EXPECT_NE(evolve.err.find("the search may use"), std::string::npos) << evolve.err;
}

}  // namespace
}  // namespace avo
