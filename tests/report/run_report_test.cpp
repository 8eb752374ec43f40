#include "avo/report/run_report.h"

#include <gtest/gtest.h>

#include <fstream>

#include "avo/engine/engine.h"
#include "avo/eval/local_evaluator.h"
#include "avo/operators/mutate.h"
#include "avo/report/html_report.h"
#include "testing/evaluator.h"
#include "testing/fake_task.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

// The fake task's evaluator with a cudnn baseline per configuration (a: 20, b: 40).
std::string BaselineEvaluatorBody() {
  return R"sh(x=$(sed -n 's/^x = \([0-9]*\).*/\1/p' params.txt)
y=$(sed -n 's/^y = \([0-9]*\).*/\1/p' params.txt)
v=$((10 * x + y))
cat > "$AVO_RESULT" <<JSON
{"schema": "avo.evaluation.v1", "configs": [
  {"name": "a", "correct": true, "value": $v, "baselines": {"cudnn": 20}},
  {"name": "b", "correct": true, "value": $v, "baselines": {"cudnn": 40}}
]}
JSON
)sh";
}

class RunReportTest : public ::testing::Test {
 protected:
  // Evolves a fresh run of the task in task_ for `steps` steps and returns its report.
  RunReport Report(int steps) {
    const auto dir = runs_.path() / "r";
    auto run = Run::Create(task_.path(), dir);
    EXPECT_TRUE(run.ok()) << run.status().message();
    LocalEvaluator ev((*run)->task(), avo::testing::EvaluatorOptions((*run)->paths().scratch()));
    MutateOperator op;
    Engine engine(**run, ev, op, nullptr);
    EvolveOptions o;
    o.steps = steps;
    o.seed = 7;
    auto s = engine.Evolve(o);
    EXPECT_TRUE(s.ok()) << s.status().message();
    EXPECT_TRUE((*run)->archive().RecordEvent(2, "intervention", "try the other knob").ok());
    AttemptCost cost{100, 20, 0.5};
    EXPECT_TRUE(
        (*run)->archive().RecordEvent(3, "cost", "review", {{"cost", CostToJson(cost)}}).ok());
    auto r = BuildRunReport(dir.string(), (*run)->task(), (*run)->lineage(), (*run)->archive());
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : RunReport{};
  }

  testing::TempDir task_, runs_;
};

TEST_F(RunReportTest, GathersVersionsAttemptsSeriesAndCosts) {
  testing::WriteFakeTask(task_.path());
  const RunReport r = Report(6);
  EXPECT_EQ(r.task, "fake");
  EXPECT_EQ(r.unit, "ops/s");
  EXPECT_EQ(r.suite, "s");
  ASSERT_GE(r.versions.size(), 2u);
  EXPECT_EQ(r.versions.front().number, 0);
  EXPECT_DOUBLE_EQ(r.versions.front().values.at("a"), 11);
  EXPECT_NE(r.versions.front().diff.find("params.txt"), std::string::npos);  // the seed's files
  for (std::size_t i = 1; i < r.versions.size(); ++i) {
    EXPECT_GT(r.versions[i].step, r.versions[i - 1].step);
    EXPECT_FALSE(r.versions[i].message.empty());
    EXPECT_NE(r.versions[i].diff.find("avo:knob"), std::string::npos) << r.versions[i].diff;
  }
  // Every attempt, oldest first: the seed and one per step.
  ASSERT_EQ(r.attempts.size(), 7u);
  EXPECT_EQ(r.attempts.front().step, 0);
  EXPECT_EQ(r.attempts.back().step, 6);
  ASSERT_EQ(r.interventions.size(), 1u);
  EXPECT_EQ(r.interventions[0].message, "try the other knob");
  // One series (no `causal` parameter), one point per version, the best never falling.
  ASSERT_EQ(r.series.size(), 1u);
  EXPECT_EQ(r.series[0].name, "all");
  ASSERT_EQ(r.series[0].points.size(), r.versions.size());
  for (std::size_t i = 1; i < r.series[0].points.size(); ++i)
    EXPECT_GE(r.series[0].points[i].best, r.series[0].points[i - 1].best);
  EXPECT_DOUBLE_EQ(r.series[0].points.back().best, r.versions.back().scalar);
  EXPECT_TRUE(r.series[0].baselines.empty());
  // Costs per step: every attempt counted once, the review's cost in step 3.
  int attempts = 0;
  std::int64_t tokens = 0;
  for (const auto& s : r.steps) {
    attempts += s.attempts;
    tokens += s.cost.tokens_in + s.cost.tokens_out;
  }
  EXPECT_EQ(attempts, 7);
  EXPECT_EQ(tokens, r.spent.tokens_in + r.spent.tokens_out);
  EXPECT_EQ(r.spent.tokens_in, 100);
  EXPECT_DOUBLE_EQ(r.spent.cost_usd, 0.5);
  const auto j = RunReportJson(r);
  EXPECT_EQ(j["attempts"].size(), 7u);
  EXPECT_EQ(j["versions"].back()["number"], r.versions.back().number);
}

TEST_F(RunReportTest, SplitsCausalFromNonCausalWithTheirBaselines) {
  testing::WriteFakeTask(task_.path(), BaselineEvaluatorBody());
  // The suite's configuration a is non-causal, b causal (the attention task's parameter).
  const auto toml = task_.path() / "task.toml";
  std::string text = testing::ReadFile(toml);
  const std::string from = R"(configs = [{ name = "a" }, { name = "b" }])";
  ASSERT_NE(text.find(from), std::string::npos);
  text.replace(text.find(from), from.size(),
               R"(configs = [{ name = "a", causal = false }, { name = "b", causal = true }])");
  std::ofstream(toml) << text;
  const RunReport r = Report(3);
  ASSERT_EQ(r.series.size(), 2u);
  EXPECT_EQ(r.series[0].name, "non-causal");
  EXPECT_EQ(r.series[0].configs, std::vector<std::string>{"a"});
  EXPECT_EQ(r.series[1].name, "causal");
  EXPECT_DOUBLE_EQ(r.series[0].baselines.at("cudnn"), 20);
  EXPECT_DOUBLE_EQ(r.series[1].baselines.at("cudnn"), 40);
  EXPECT_DOUBLE_EQ(r.versions.back().baselines.at("b").at("cudnn"), 40);
}

// What candidates and agents write (commit messages, the gate's reasons) reaches the page only
// as text.
TEST(HtmlReportTest, EscapesEverythingACandidateWrote) {
  const std::string evil = "</script><script>alert(1)</script><!-- & \"'";
  RunReport r;
  r.task = "t<b>";
  r.unit = "ops/s";
  ReportVersion v;
  v.message = evil + "\nmore";
  v.diff = evil;
  v.scalar = 1;
  v.values = {{"cfg" + evil, 1.0}};
  r.versions.push_back(v);
  AttemptRecord a;
  a.reason = evil;
  a.message = evil;
  a.status = "rejected\"><script>alert(2)</script>";
  r.attempts.push_back(a);
  EventRecord e;
  e.message = evil;
  e.data = {{"note", evil}};
  r.interventions.push_back(e);
  r.series.push_back(ReportSeries{"all", {"cfg" + evil}, {{0, 0, 1, 1}}, {}});
  const std::string html = RenderHtmlReport(r, {"/* chart.js */", 0, std::nullopt});
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("<!-- &"), std::string::npos);
  EXPECT_NE(html.find("&lt;/script&gt;&lt;script&gt;alert(1)"), std::string::npos);
  // Exactly the page's own three script elements, each closed once.
  std::size_t opens = 0, closes = 0;
  for (auto at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1))
    ++opens;
  for (auto at = html.find("</script"); at != std::string::npos; at = html.find("</script", at + 1))
    ++closes;
  EXPECT_EQ(opens, 3u);
  EXPECT_EQ(closes, 3u);
  EXPECT_EQ(html.find("http-equiv=\"refresh\""), std::string::npos);
  EXPECT_NE(RenderHtmlReport(r, {"", 30, std::nullopt}).find("content=\"30\""), std::string::npos);
}

TEST(HtmlReportTest, EscapingHelpers) {
  EXPECT_EQ(HtmlEscape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  const nlohmann::json j = {{"m", "</script><!--"}};
  const std::string s = ScriptJson(j);
  EXPECT_EQ(s.find('<'), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(s), j);  // still the same JSON
  EXPECT_NO_THROW(ScriptJson({{"bad", std::string("\xff\xfe")}}));
}

TEST(HtmlReportTest, MissingChartJsNamesThePackage) {
  testing::TempDir d;
  auto js = LoadChartJs({d.path() / "chart.umd.min.js"});
  ASSERT_FALSE(js.ok());
  EXPECT_NE(js.status().message().find("libjs-chart.js"), std::string::npos);
  auto bundle = LoadChartJs({d.Write("c.js", "var s = '</script>';")});
  ASSERT_TRUE(bundle.ok());
  EXPECT_EQ(bundle->find("</script"), std::string::npos);
  EXPECT_NE(bundle->find("<\\/script"), std::string::npos);
}

}  // namespace
}  // namespace avo
