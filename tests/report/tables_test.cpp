// The tables avo eval, bench, show and log print (src/avo/report/tables.h).
#include "avo/report/tables.h"

#include <gtest/gtest.h>

#include "avo/lineage/trailers.h"

namespace avo {
namespace {

Evaluation Flagged() {
  Evaluation e;
  e.outcome = Outcome::kScored;
  e.suite = "mha";
  e.correct = true;
  e.unit = "TFLOPS";
  ConfigResult a;
  a.name = "mha_s4096_nc";
  a.correct = true;
  a.value = 800;
  a.baselines["cudnn"] = 600;
  a.flags.push_back("1.33x the same-process cuDNN (above 1.25x): check this figure by hand");
  ConfigResult b;
  b.name = "mha_s8192_nc";
  b.correct = true;
  b.value = 500;
  e.configs = {a, b};
  e.scalar = Geomean({800, 500});
  return e;
}

TEST(FormatEvaluationTest, ShowsEveryFlagWithItsConfiguration) {
  const std::string out = FormatEvaluation(Flagged(), true);
  EXPECT_NE(out.find("FLAG mha_s4096_nc: 1.33x the same-process cuDNN"), std::string::npos) << out;
  EXPECT_EQ(out.find("FLAG mha_s8192_nc"), std::string::npos) << out;
}

TEST(FormatEvaluationTest, NoFlagNoFlagLine) {
  Evaluation e = Flagged();
  e.configs[0].flags.clear();
  EXPECT_EQ(FormatEvaluation(e, true).find("FLAG"), std::string::npos);
}

TEST(FormatEvaluationTest, SaysWhatTheMachineRanAtWhileTimed) {
  Evaluation e = Flagged();
  EXPECT_EQ(FormatEvaluation(e, true).find("while timed"), std::string::npos);
  e.configs[0].conditions = {{"sm_clock_mhz", 1600}, {"power_capped", 1}};
  e.configs[1].conditions = {{"sm_clock_mhz", 1700}, {"power_capped", 0.5}};
  const std::string out = FormatEvaluation(e, true);
  EXPECT_NE(out.find("while timed (mean over 2 configurations): power_capped 0.75, "
                     "sm_clock_mhz 1650\n"),
            std::string::npos)
      << out;
}

// A large relative error beside "correct yes" is explained: the tolerance ratio is the worst
// error over the allowed one, and the header says that at most 1 passes.
TEST(FormatEvaluationTest, ToleranceRatiosAreExplained) {
  Evaluation e = Flagged();
  EXPECT_EQ(FormatEvaluation(e, false).find("tol_ratio:"), std::string::npos);
  e.configs[0].errors = {{"max_rel", 1.7}, {"tol_ratio", 0.42}};
  const std::string out = FormatEvaluation(e, false);
  EXPECT_NE(out.find("errors (tol_ratio: the worst error over the allowed one; <= 1 passes)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("max_rel=1.7 tol_ratio=0.42"), std::string::npos) << out;
}

TEST(FormatLogTest, MarksAVersionWhoseScoreCarriesFlags) {
  Version v0;
  v0.number = 0;
  v0.commit = "0123456789abcdef";
  v0.summary = "seed";
  v0.scalar = 300;
  v0.score = {{"unit", "TFLOPS"}, {"configs", nlohmann::json::array()}};
  Version v1 = v0;
  v1.number = 1;
  v1.summary = "wgmma";
  v1.scalar = 632;
  v1.score = Flagged().ToJson();
  const std::string out = FormatLog({v0, v1}, {});
  const auto line1 = out.substr(out.find("v1 "));
  EXPECT_NE(line1.find("FLAGGED: 1 figure(s)"), std::string::npos) << out;
  EXPECT_EQ(out.substr(0, out.find("v1 ")).find("FLAGGED"), std::string::npos) << out;
}

// Two configurations, both with a cuDNN figure: candidate/baseline is 800/400 = 2 and 500/1000 =
// 0.5, so the geomean ratio is exactly 1; an inverted ratio would print 0.500 and 2.000.
Evaluation AgainstCudnn() {
  Evaluation e = Flagged();
  e.configs[0].flags.clear();
  e.configs[0].baselines["cudnn"] = 400;
  e.configs[1].baselines["cudnn"] = 1000;
  return e;
}

TEST(FormatEvaluationTest, RatioIsCandidateOverBaseline) {
  const std::string out = FormatEvaluation(AgainstCudnn(), true);
  const auto row = [&](const std::string& name) {
    const auto at = out.find(name);
    return at == std::string::npos ? std::string() : out.substr(at, out.find('\n', at) - at);
  };
  EXPECT_NE(row("mha_s4096_nc").find("400  "), std::string::npos) << out;
  EXPECT_NE(row("mha_s4096_nc").find("2.000"), std::string::npos) << out;
  EXPECT_NE(row("mha_s8192_nc").find("0.500"), std::string::npos) << out;
  // The geomean row: candidate sqrt(800*500) = 632.5, cuDNN sqrt(400*1000) = 632.5, ratio 1.
  EXPECT_NE(row("geomean").find("632.5"), std::string::npos) << out;
  EXPECT_NE(row("geomean").find("1.000"), std::string::npos) << out;
  EXPECT_NE(row("geomean").find("(TFLOPS)"), std::string::npos) << out;
}

TEST(FormatEvaluationTest, BaselinesOnlyWhenAsked) {
  const std::string out = FormatEvaluation(AgainstCudnn(), false);
  EXPECT_EQ(out.find("cudnn"), std::string::npos) << out;
  EXPECT_EQ(out.find(" ratio"), std::string::npos) << out;  // "configuration" holds "ratio"
}

TEST(FormatEvaluationTest, NoGeomeanRatioWhenABaselineIsMissing) {
  Evaluation e = AgainstCudnn();
  e.configs[1].baselines.clear();
  const std::string out = FormatEvaluation(e, true);
  const std::string geomean = out.substr(out.find("geomean"));
  EXPECT_EQ(geomean.find("1.000"), std::string::npos) << out;
  EXPECT_FALSE(EvaluationJson(e).contains("geomean_ratio"));
}

TEST(EvaluationJsonTest, GeomeanRatioIsCandidateOverBaseline) {
  Evaluation e = AgainstCudnn();
  e.configs[1].baselines["cudnn"] = 250;  // ratios 2 and 2
  EXPECT_NEAR(EvaluationJson(e)["geomean_ratio"]["cudnn"].get<double>(), 2.0, 1e-12);
}

TEST(FormatLogTest, GainIsOverThePreviousVersion) {
  Version v0;
  v0.number = 0;
  v0.commit = "0123456789abcdef";
  v0.summary = "seed";
  v0.scalar = 400;
  v0.score = {{"unit", "TFLOPS"}};
  Version v1 = v0;
  v1.number = 1;
  v1.summary = "faster";
  v1.scalar = 500;
  Version v2 = v1;
  v2.number = 2;
  v2.summary = "slower";
  v2.scalar = 450;
  const std::string out = FormatLog({v0, v1, v2}, {});
  EXPECT_NE(out.find("+25.00%"), std::string::npos) << out;
  EXPECT_NE(out.find("-10.00%"), std::string::npos) << out;
  EXPECT_EQ(out.substr(0, out.find('\n')).find('%'), std::string::npos) << out;  // v0: no gain
}

// A step trailer that is not a number (an edited import) neither throws nor places the
// supervisor's interventions; numeric ones still do.
TEST(FormatLogTest, AStepTrailerThatIsNoNumberIsIgnored) {
  Version v0;
  v0.commit = "0123456789abcdef";
  v0.scalar = 1;
  v0.score = {{"unit", "TFLOPS"}};
  Version v1 = v0;
  v1.number = 1;
  v1.trailers[trailer::kStep] = "x";
  Version v2 = v0;
  v2.number = 2;
  v2.trailers[trailer::kStep] = "9";
  EventRecord iv;
  iv.step = 4;
  iv.message = "redirected";
  iv.data = nlohmann::json::object();
  const std::string out = FormatLog({v0, v1, v2}, {iv});
  const auto at = out.find("supervisor @ step 4");
  ASSERT_NE(at, std::string::npos) << out;
  EXPECT_LT(out.find("v1"), at) << out;  // not placed before v1, whose step is unknown
}

// Scalars of two suites do not compare: a version judged on another suite than the one before it
// shows the gate's paired ratio against it as its gain (seen: "+3.48%" between an mha and a gqa
// figure).
TEST(FormatLogTest, AcrossSuitesTheGainIsThePairedRatio) {
  Version v0;
  v0.commit = "0123456789abcdef";
  v0.scalar = 677.7;
  v0.score = {{"unit", "TFLOPS"}, {"suite", "mha"}};
  Version v1 = v0;
  v1.number = 1;
  v1.scalar = 701.3;
  v1.score = {{"unit", "TFLOPS"}, {"suite", "gqa"}};
  v1.trailers[trailer::kPairedRatio] = "1.0131 [1.0128, 1.0134]";
  Version v2 = v1;
  v2.number = 2;
  v2.score = {{"unit", "TFLOPS"}, {"suite", "small"}};
  v2.trailers.clear();
  const std::string out = FormatLog({v0, v1, v2}, {});
  EXPECT_EQ(out.find("+3.48%"), std::string::npos) << out;
  EXPECT_NE(out.find("+1.31%"), std::string::npos) << out;
  EXPECT_NE(out.find("(small)"), std::string::npos) << out;
}

// One definition of a version's gain (score/gain.h): on one suite too, the gate's paired ratio
// (what it committed on) rather than the scalars of two separate measurements.
TEST(FormatLogTest, TheGainIsTheGatesPairedRatioWhereThereIsOne) {
  Version v0;
  v0.commit = "0123456789abcdef";
  v0.scalar = 10;
  v0.score = {{"unit", "ops/s"}, {"suite", "s"}};
  Version v1 = v0;
  v1.number = 1;
  v1.scalar = 13.887;  // +38.87% by the stored scalars
  v1.trailers[trailer::kPairedRatio] = "1.2559 [1.2, 1.3]";
  const std::string out = FormatLog({v0, v1}, {});
  EXPECT_NE(out.find("+25.59%"), std::string::npos) << out;
  EXPECT_EQ(out.find("+38.87%"), std::string::npos) << out;
}

}  // namespace
}  // namespace avo
